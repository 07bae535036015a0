import { type Locale } from '../../../src/domain';
import { describe, expect, it } from 'vitest';
import type { Count, ReportDate } from '../../../src/data/schema';
import { countBeside, formatCount, formatDate } from '../../../src/i18n/figures';

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

describe('countBeside: no word twice when the description starts with the unit', () => {
  const rows: { c: Partial<Count>; what: string; locale: Locale; expected: string }[] = [
    {
      c: { value: 8, unit: 'townships' },
      what: 'townships (乡, 镇, 街道) reached',
      locale: 'en',
      expected: '8',
    },
    {
      c: { value: 2415, unit: 'people' },
      what: 'people employed in other provinces',
      locale: 'en',
      expected: '2,415',
    },
    { c: { value: 190, unit: 'person-times' }, what: '人次', locale: 'zh-CN', expected: '190' },
    { c: { value: 600, unit: 'pairs' }, what: '双鞋子', locale: 'zh-CN', expected: '600' },
    {
      c: { value: 1500, unit: 'mu', qualifier: 'more-than' },
      what: 'mu of land',
      locale: 'en',
      expected: 'over 1,500',
    },
    // Unit kept where the description does not repeat it; a longer word that merely starts alike keeps it too.
    { c: { value: 20, unit: 'people' }, what: '小学生', locale: 'zh-CN', expected: '20 人' },
    { c: { value: 20, unit: 'people' }, what: 'pupils', locale: 'en', expected: '20 people' },
    { c: { value: 3, unit: 'sets' }, what: 'settlements', locale: 'en', expected: '3 sets' },
  ];
  for (const { c, what, locale, expected } of rows) {
    it(`${expected} ${what}`, () => expect(countBeside(count(c), what, locale)).toBe(expected));
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
