import { describe, expect, it } from 'vitest';
import { localField, localName, type Locale } from '../../../src/domain';
import { i18n } from '../../../src/i18n/i18n.svelte';

const place = { name_zh: '娜姑镇', name_en: 'Nagu Town' };
const activity = { title_zh: '劳务输出', title_en: 'Labour export', role_zh: '书记', role_en: 'Secretary' };

describe('localName', () => {
  const rows: { locale: Locale; expected: string }[] = [
    { locale: 'zh-CN', expected: '娜姑镇' },
    { locale: 'en', expected: 'Nagu Town' },
  ];
  it.each(rows)('$locale → $expected', ({ locale, expected }) =>
    expect(localName(place, locale)).toBe(expected),
  );
});

describe('localField', () => {
  const rows: { field: 'title' | 'role'; locale: Locale; expected: string }[] = [
    { field: 'title', locale: 'zh-CN', expected: '劳务输出' },
    { field: 'title', locale: 'en', expected: 'Labour export' },
    { field: 'role', locale: 'zh-CN', expected: '书记' },
    { field: 'role', locale: 'en', expected: 'Secretary' },
  ];
  it.each(rows)('$field in $locale → $expected', ({ field, locale, expected }) =>
    expect(localField(activity, field, locale)).toBe(expected),
  );
});

describe('i18n.name and i18n.field', () => {
  it('read the current language', () => {
    const before = i18n.locale;
    try {
      i18n.locale = 'en';
      expect([i18n.name(place), i18n.field(activity, 'title')]).toEqual(['Nagu Town', 'Labour export']);
      i18n.locale = 'zh-CN';
      expect([i18n.name(place), i18n.field(activity, 'title')]).toEqual(['娜姑镇', '劳务输出']);
    } finally {
      i18n.locale = before;
    }
  });
});
