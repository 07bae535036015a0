import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/messages';
import { rangeLabel } from '../../src/panels/legendLabels';
import type { MetricId } from '../../src/state/urlState';

describe('rangeLabel', () => {
  const rows: { lower: number; upper: number; metric: MetricId; locale: Locale; expected: string }[] = [
    { lower: 1, upper: 4, metric: 'activities', locale: 'zh-CN', expected: '1 – 4' },
    { lower: 3, upper: 3, metric: 'activities', locale: 'en', expected: '3' },
    { lower: 1000, upper: 1140, metric: 'reached', locale: 'en', expected: '1,000 – 1,140' },
    { lower: 6.48, upper: 22.4, metric: 'aid', locale: 'zh-CN', expected: '6.48 – 22.4 万元' },
    { lower: 6.48, upper: 22.4, metric: 'aid', locale: 'en', expected: '64,800 – 224,000 yuan' },
  ];
  for (const { lower, upper, metric, locale, expected } of rows) {
    it(expected, () =>
      expect(rangeLabel({ kind: 'class', colour: '#000', lower, upper, count: 1 }, metric, locale)).toBe(
        expected,
      ),
    );
  }
});
