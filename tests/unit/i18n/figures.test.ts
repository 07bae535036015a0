import { type Locale } from '../../../src/domain';
import { describe, expect, it } from 'vitest';
import type { Count, ReportDate } from '../../../src/data/schema';
import { formatCount, formatDate } from '../../../src/i18n/figures';

const count = (over: Partial<Count>): Count => ({
  key: 'k',
  value: 1,
  unit: 'people',
  counted_as: 'beneficiaries',
  what_en: 'x',
  what_zh: 'x',
  qualifier: 'exact',
  prospective: false,
  as_written: '1人',
  part_of: null,
  ...over,
});

describe('formatCount', () => {
  const rows: { c: Partial<Count>; locale: Locale; expected: string }[] = [
    { c: { value: 183, unit: 'person-times' }, locale: 'zh-CN', expected: '183 人次' },
    { c: { value: 183, unit: 'person-times' }, locale: 'en', expected: '183 person-times' },
    { c: { value: 1500, unit: 'mu', qualifier: 'more-than' }, locale: 'zh-CN', expected: '1500 余亩' },
    { c: { value: 1500, unit: 'mu', qualifier: 'more-than' }, locale: 'en', expected: 'over 1,500 mu' },
    { c: { value: 28, unit: 'computers' }, locale: 'zh-CN', expected: '28 台' },
    { c: { value: 124, unit: 'sets' }, locale: 'en', expected: '124 sets' },
  ];
  for (const { c, locale, expected } of rows) {
    it(`${expected}`, () => expect(formatCount(count(c), locale)).toBe(expected));
  }
});

describe('formatDate', () => {
  const rows: { d: ReportDate; locale: Locale; expected: string }[] = [
    { d: { year: 2018, month: 3, relation: 'in' }, locale: 'zh-CN', expected: '2018年3月' },
    { d: { year: 2018, month: 3, relation: 'in' }, locale: 'en', expected: 'Mar 2018' },
    { d: { year: 2017, month: null, relation: 'since' }, locale: 'zh-CN', expected: '2017年以来' },
    { d: { year: 2017, month: null, relation: 'since' }, locale: 'en', expected: 'since 2017' },
    { d: { year: 2017, month: null, relation: 'in' }, locale: 'en', expected: '2017' },
  ];
  for (const { d, locale, expected } of rows) {
    it(`${expected}`, () => expect(formatDate(d, locale)).toBe(expected));
  }
});
