import { describe, expect, it } from 'vitest';
import { localName, type Locale } from '../../../src/domain';
import { viewSubject } from '../../../src/app/subject';
import { translator } from '../../../src/i18n/translate';

const places = new Map([
  ['530326102', { name_zh: '娜姑镇', name_en: 'Nagu Town' }],
  ['530326103', { name_zh: '迤车镇', name_en: 'Yiche Town' }],
  ['place-buka-school', { name_zh: '布卡小学', name_en: 'Buka Primary School' }],
]);
const text = (locale: Locale) => ({
  locale,
  t: (key: 'region.custom', vars: { n: number }) => translator(locale)(key, vars),
  name: (record: { name_zh: string; name_en: string }) => localName(record, locale),
});
const none = { region: [], regionName: null, selection: null };

describe('viewSubject', () => {
  it.each([
    { name: 'the whole county', view: none, locale: 'zh-CN', expected: null },
    {
      name: 'a township',
      view: { ...none, selection: { kind: 'township', code: '530326102' } },
      locale: 'en',
      expected: 'Nagu Town',
    },
    {
      name: 'a site',
      view: { ...none, selection: { kind: 'site', id: 'place-buka-school' } },
      locale: 'zh-CN',
      expected: '布卡小学',
    },
    {
      name: 'a small region by its names',
      view: { ...none, region: ['530326102', '530326103'] },
      locale: 'zh-CN',
      expected: '娜姑镇、迤车镇',
    },
    {
      name: 'a small region in English',
      view: { ...none, region: ['530326102', '530326103'] },
      locale: 'en',
      expected: 'Nagu Town, Yiche Town',
    },
    {
      name: 'a named region over a selection',
      view: { region: ['530326102'], regionName: '北片', selection: { kind: 'township', code: '530326103' } },
      locale: 'zh-CN',
      expected: '北片',
    },
    {
      name: 'a larger region by its count',
      view: { ...none, region: ['1', '2', '3', '4'] },
      locale: 'zh-CN',
      expected: translator('zh-CN')('region.custom', { n: 4 }),
    },
  ] as const)('$name', ({ view, locale, expected }) => {
    expect(viewSubject(view, places, text(locale))).toBe(expected);
  });
});
