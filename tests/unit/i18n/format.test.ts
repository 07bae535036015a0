import { type Locale } from '../../../src/domain';
import { describe, expect, it } from 'vitest';
import { formatAmountWan, formatNumber } from '../../../src/i18n/format';

describe('formatAmountWan', () => {
  const rows: { wan: number; locale: Locale; expected: string }[] = [
    { wan: 22.4, locale: 'zh-CN', expected: '22.4 万元' },
    { wan: 22.4, locale: 'en', expected: '224,000 yuan' },
    { wan: 6.48, locale: 'zh-CN', expected: '6.48 万元' },
    { wan: 6.48, locale: 'en', expected: '64,800 yuan' },
    { wan: 10814, locale: 'zh-CN', expected: '10814 万元（约 1.08 亿元）' },
    { wan: 10814, locale: 'en', expected: '108.14 million yuan' },
    { wan: 1175, locale: 'en', expected: '11.75 million yuan' },
    { wan: 100, locale: 'en', expected: '1 million yuan' },
    { wan: 0, locale: 'zh-CN', expected: '0 万元' },
  ];
  for (const { wan, locale, expected } of rows) {
    it(`${wan} 万元 in ${locale}`, () => expect(formatAmountWan(wan, locale)).toBe(expected));
  }
});

describe('formatNumber', () => {
  const rows: { value: number; locale: Locale; expected: string }[] = [
    { value: 5588, locale: 'zh-CN', expected: '5588' },
    { value: 5588, locale: 'en', expected: '5,588' },
    { value: 3.3, locale: 'en', expected: '3.3' },
    { value: 1.234, locale: 'zh-CN', expected: '1.23' },
  ];
  for (const { value, locale, expected } of rows) {
    it(`${value} in ${locale}`, () => expect(formatNumber(value, locale)).toBe(expected));
  }
});
