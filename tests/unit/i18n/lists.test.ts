import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/domain';
import { formatList, joinParts } from '../../../src/i18n/lists';
import { translator, type Translate } from '../../../src/i18n/translate';

describe('formatList', () => {
  const rows: { locale: Locale; items: string[]; expected: string }[] = [
    { locale: 'zh-CN', items: [], expected: '' },
    { locale: 'zh-CN', items: ['娜姑镇'], expected: '娜姑镇' },
    { locale: 'zh-CN', items: ['娜姑镇', '迤车镇'], expected: '娜姑镇、迤车镇' },
    { locale: 'zh-CN', items: ['娜姑镇', '迤车镇', '矿山镇'], expected: '娜姑镇、迤车镇、矿山镇' },
    { locale: 'en', items: ['Nagu Town'], expected: 'Nagu Town' },
    { locale: 'en', items: ['Nagu Town', 'Yiche Town'], expected: 'Nagu Town, Yiche Town' },
    { locale: 'en', items: ['A', 'B', 'C'], expected: 'A, B, C' },
  ];
  it.each(rows)('$locale $items', ({ locale, items, expected }) => {
    expect(formatList(locale, items)).toBe(expected);
  });
});

describe('joinParts', () => {
  const rows: { locale: Locale; parts: (string | null | undefined | false)[]; expected: string }[] = [
    { locale: 'zh-CN', parts: [], expected: '' },
    { locale: 'zh-CN', parts: ['娜姑镇'], expected: '娜姑镇' },
    { locale: 'zh-CN', parts: ['会泽县', '派驻人员', '娜姑镇'], expected: '会泽县 · 派驻人员 · 娜姑镇' },
    {
      locale: 'en',
      parts: ['Huize', null, 'Nagu Town', undefined, false, ''],
      expected: 'Huize · Nagu Town',
    },
  ];
  it.each(rows)('$locale $parts', ({ locale, parts, expected }) => {
    expect(joinParts(translator(locale), parts)).toBe(expected);
  });

  it('takes its separator from the dictionary', () => {
    const t = ((key: string) => (key === 'sep.parts' ? ' | ' : key)) as Translate;
    expect(joinParts(t, ['a', 'b'])).toBe('a | b');
  });
});
