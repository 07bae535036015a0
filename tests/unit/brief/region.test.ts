import { describe, expect, it } from 'vitest';
import { roundWan } from '../../../src/data/metrics';
import { notAttributable, regionActivities, regionTotals } from '../../../src/data/regionTotals';
import { namedRegions } from '../../../src/data/regions';
import type { Activity } from '../../../src/data/schema';
import { formatList } from '../../../src/i18n/lists';
import { briefWords } from '../../../src/brief/words';
import {
  adds,
  bodyText,
  briefOf,
  data,
  expectFootnotesSound,
  figureAt,
  locales,
  metrics,
  notesAfter,
  opening,
  panelFigure,
  recordsOf,
} from './briefKit';

const field = { aid: 'aidWan', reached: 'beneficiaries', stationed: 'stationed' } as const;
const nonEmpty = (byTownship: ReadonlyMap<string, readonly unknown[]>) =>
  [...byTownship].filter(([, list]) => list.length > 0).map(([code]) => code);

/** The named regions (as the region bar offers them), the whole county, and regions that share figures. */
const regions = [
  ...namedRegions({
    kinds: new Map(data.townships.map((t) => [t.id, t.township_type ?? ''])),
    withRecords: nonEmpty(data.activitiesByTownship),
    paired: nonEmpty(data.pairingsByTownship),
  }).map((r) => ({ label: r.id, codes: r.codes })),
  { label: 'every township', codes: data.townships.map((t) => t.id) },
  { label: '大海乡 + 矿山镇 (shares with 马路乡 outside)', codes: ['530326201', '530326105'] },
  { label: '娜姑镇 + 大井镇 (share inside)', codes: ['530326102', '530326107'] },
  { label: '娜姑镇 alone (shares with 大井镇 outside)', codes: ['530326102'] },
  { label: '宝云街道 (no record)', codes: ['530326002'] },
];
const rows = locales.flatMap((locale) => regions.map((r) => ({ ...r, locale })));

describe.each(rows)('the brief of the region $label ($locale)', ({ locale, codes }) => {
  const t = briefWords.in(locale);
  const { brief } = briefOf({ kind: 'region', codes, name: null }, locale);
  const text = bodyText(brief);
  const totals = regionTotals(data, metrics, codes);
  const acts = regionActivities(data, codes);
  const names = (ids: readonly string[]) =>
    formatList(
      locale,
      ids.map((id) => {
        const p = data.places.get(id)!;
        return locale === 'zh-CN' ? p.name_zh : p.name_en;
      }),
    );

  it('names its townships and counts its activities as regionTotals does (a shared one once)', () => {
    expect(text.startsWith(t('brief.rg.unnamed'))).toBe(true);
    for (const code of totals.codes) expect(text).toContain(names([code]));
    const n = totals.activities.value;
    if (acts.length === 0) expect(text).toContain(t('brief.rg.none'));
    else {
      const template = briefWords.counted(locale, 'brief.rg.activities', n);
      expect(text).toContain(opening(template, { n: n! }, 'categories'));
    }
    if (locale === 'zh-CN') {
      const sentences = text.split('。').length - 1;
      expect(sentences).toBeGreaterThanOrEqual(2);
      expect(sentences).toBeLessThanOrEqual(5);
    }
  });

  it.each(['aid', 'reached', 'stationed'] as const)(
    'writes regionTotals’ %s, each record cited once',
    (metric) => {
      const any = totals.codes.some((c) => metrics.get(c)![field[metric]] !== null);
      if (!any) {
        expect(text).not.toMatch(/(?<![\d.,])0 (万元|yuan|人|people)/);
        if (metric === 'stationed' || acts.length === 0) return;
        const none = [t(metric === 'aid' ? 'brief.noAid' : 'brief.noReached'), t('brief.rg.noFigures')];
        expect(
          none.some((words) => text.includes(words)),
          none.join(' | '),
        ).toBe(true);
        return;
      }
      const value = totals[metric].value!;
      const figure = panelFigure(metric, value, locale);
      const [at] = figureAt(text, figure);
      expect(at, `${figure} in ${text}`).toBeDefined();
      const records = new Set(notesAfter(text, at!, figure).flatMap((n) => recordsOf(brief, n)));
      for (const r of records) {
        expect(acts).toContain(r);
        expect(adds[metric](r as Activity)).toBeGreaterThan(0);
      }
      // Each record once: the notes add up to the total, so a shared figure is not counted twice.
      const sum = [...records].reduce((s, r) => s + adds[metric](r as Activity), 0);
      expect(roundWan(sum)).toBe(roundWan(value));
    },
  );

  it('says which figures are shared, inside the region once and with townships outside in full', () => {
    for (const metric of ['aid', 'reached', 'stationed'] as const) {
      for (const share of totals[metric].shared) {
        if (share.outside.length === 0 && share.inside.length < 2) continue;
        expect(figureAt(text, panelFigure(metric, share.value, locale)).length).toBeGreaterThan(0);
        expect(figureAt(text, panelFigure(metric, share.value, locale)).length).toBeLessThanOrEqual(1);
        expect(text).toContain(names(share.outside.length ? share.outside : share.inside));
      }
    }
  });

  it('keeps county-wide and unproven-township records out of its totals, and says so', () => {
    const apart = notAttributable(data);
    const words = apart.unassigned.activities
      ? t('brief.rg.apart', { county: apart.county.activities, unassigned: apart.unassigned.activities })
      : t('brief.rg.apartCounty', { county: apart.county.activities });
    expect(text).toContain(words);
    for (const note of brief.footnotes) {
      for (const r of recordsOf(brief, note.n)) expect(acts).toContain(r);
    }
  });

  it('has sound footnotes', () => {
    expectFootnotesSound(brief);
  });
});
