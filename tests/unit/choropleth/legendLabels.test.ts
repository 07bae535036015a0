import { type Locale, type MetricId } from '../../../src/domain';
import { describe, expect, it } from 'vitest';

import type { LegendEntry } from '../../../src/choropleth/choropleth';
import { legendRowLabel, rangeLabel } from '../../../src/choropleth/legendLabels';
import type { Translate } from '../../../src/i18n/translate';

describe('rangeLabel', () => {
  const rows: { lower: number; upper: number; metric: MetricId; locale: Locale; expected: string }[] = [
    { lower: 1, upper: 4, metric: 'activities', locale: 'zh-CN', expected: '1 – 4' },
    { lower: 3, upper: 3, metric: 'activities', locale: 'en', expected: '3' },
    { lower: 1000, upper: 1140, metric: 'reached', locale: 'en', expected: '1,000 – 1,140' },
    { lower: 6.48, upper: 22.4, metric: 'aid', locale: 'zh-CN', expected: '6.48 – 22.4 万元' },
    { lower: 6.48, upper: 22.4, metric: 'aid', locale: 'en', expected: '64,800 – 224,000 yuan' },
    // A class holding one value reads as that value, money too.
    { lower: 4.75, upper: 4.75, metric: 'aid', locale: 'zh-CN', expected: '4.75 万元' },
    { lower: 10, upper: 10, metric: 'aid', locale: 'zh-CN', expected: '10 万元' },
    { lower: 4.75, upper: 4.75, metric: 'aid', locale: 'en', expected: '47,500 yuan' },
    { lower: 2, upper: 2, metric: 'stationed', locale: 'zh-CN', expected: '2' },
    // Millions keep their word on both ends; the unit is written once.
    { lower: 150, upper: 200, metric: 'aid', locale: 'en', expected: '1.5 million – 2 million yuan' },
  ];
  for (const { lower, upper, metric, locale, expected } of rows) {
    it(expected, () =>
      expect(rangeLabel({ kind: 'class', colour: '#000', lower, upper, count: 1 }, metric, locale)).toBe(
        expected,
      ),
    );
  }
});

describe('legendRowLabel', () => {
  const t: Translate = (key, ..._vars) => `«${key}»`;
  const orgName = (id: string) => id.toUpperCase();
  const rows: { entry: LegendEntry; metric: MetricId; expected: string }[] = [
    {
      entry: { kind: 'class', colour: '#000', lower: 1, upper: 4, count: 3 },
      metric: 'activities',
      expected: '1 – 4',
    },
    { entry: { kind: 'zero', colour: '#000', count: 2 }, metric: 'aid', expected: '«legend.zero»' },
    {
      entry: { kind: 'category', colour: '#000', category: 'org-a+org-b', count: 1 },
      metric: 'paired',
      expected: 'ORG-A + ORG-B',
    },
    { entry: { kind: 'none', colour: '#000', count: 9 }, metric: 'paired', expected: '«legend.notPaired»' },
    { entry: { kind: 'none', colour: '#000', count: 9 }, metric: 'stationed', expected: '«legend.noRecord»' },
  ];
  for (const { entry, metric, expected } of rows) {
    it(`${entry.kind} / ${metric}`, () =>
      expect(legendRowLabel(entry, metric, 'zh-CN', t, orgName)).toBe(expected));
  }

  // Under a filter an empty class is "none after filtering": the report may well hold records there.
  const none: LegendEntry = { kind: 'none', colour: '#000', count: 9 };
  const tv: Translate = (key, ...vars) => `«${key}${vars[0] ? JSON.stringify(vars[0]) : ''}»`;
  it.each([
    [{ key: 'legend.noRecord' } as const, 'aid', '«legend.noRecord»'],
    [{ key: 'filters.none' } as const, 'aid', '«filters.none»'],
    [{ key: 'filters.noneUndated', n: 38 } as const, 'activities', '«filters.noneUndated{"n":38}»'],
    [{ key: 'filters.none' } as const, 'paired', '«legend.notPaired»'],
  ] as const)('none under %j, %s: %s', (empty, metric, expected) => {
    expect(legendRowLabel(none, metric, 'zh-CN', tv, orgName, empty)).toBe(expected);
  });
});
