import { describe, expect, it } from 'vitest';
import { sheetTitle } from '../../../src/app/sheetTitle';
import { localName, type Locale } from '../../../src/domain';
import type { TownshipMetrics } from '../../../src/data/metrics';
import { translator } from '../../../src/i18n/translate';

const places = new Map([
  ['530326102', { name_zh: '娜姑镇', name_en: 'Nagu Town' }],
  ['530326103', { name_zh: '迤车镇', name_en: 'Yiche Town' }],
  ['place-buka-school', { name_zh: '布卡小学', name_en: 'Buka Primary School' }],
]);
const metrics = (code: string, activityCount: number, aidWan: number | null) =>
  [code, { code, activityCount, aidWan } as TownshipMetrics] as const;
const allMetrics = new Map([metrics('530326102', 3, 22.4), metrics('530326103', 1, null)]);
const text = (locale: Locale) => ({
  locale,
  t: translator(locale),
  name: (r: { name_zh: string; name_en: string }) => localName(r, locale),
});
const none = { selection: null, region: [], regionName: null };

describe('sheetTitle', () => {
  const [zh, en] = [translator('zh-CN'), translator('en')];
  it.each([
    {
      view: { ...none, selection: { kind: 'township', code: '530326102' } },
      locale: 'zh-CN',
      expected: ['娜姑镇', zh('sheet.activities', { n: 3 }), '22.4 万元'].join(zh('sep.parts')),
    },
    {
      view: { ...none, selection: { kind: 'township', code: '530326102' } },
      locale: 'en',
      expected: ['Nagu Town', en('sheet.activities', { n: 3 }), '224,000 yuan'].join(en('sep.parts')),
    },
    {
      view: { ...none, selection: { kind: 'township', code: '530326103' } },
      locale: 'en',
      expected: ['Yiche Town', en('sheet.oneActivity')].join(en('sep.parts')),
    },
    {
      view: { ...none, selection: { kind: 'site', id: 'place-buka-school' } },
      locale: 'zh-CN',
      expected: '布卡小学',
    },
    {
      view: { ...none, region: ['530326102', '530326103'], regionName: '北片' },
      locale: 'zh-CN',
      expected: ['北片', zh('region.custom', { n: 2 })].join(zh('sep.parts')),
    },
    { view: { ...none, region: ['530326102'] }, locale: 'en', expected: en('sheet.oneTownship') },
    { view: none, locale: 'zh-CN', expected: zh('panel.county') },
  ] as const)('$expected', ({ view, locale, expected }) => {
    expect(sheetTitle(view, places, allMetrics, text(locale))).toBe(expected);
  });
});
