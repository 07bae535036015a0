import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/domain';
import type { TownshipMetrics } from '../../../src/data/metrics';
import { roundWan } from '../../../src/data/metrics';
import type { Activity } from '../../../src/data/schema';
import { formatAmountWan, formatNumber } from '../../../src/i18n/format';
import { briefWords } from '../../../src/brief/words';
import {
  adds,
  opening,
  panelFigure,
  type FigureMetric,
  bodyText,
  briefOf,
  data,
  expectFootnotesSound,
  figureAt,
  locales,
  metrics,
  notesAfter,
  recordsOf,
} from './briefKit';

const valueOf = (m: TownshipMetrics, metric: FigureMetric) =>
  metric === 'aid' ? m.aidWan : metric === 'reached' ? m.beneficiaries : m.stationed;
const sharesOf = (m: TownshipMetrics, metric: FigureMetric) =>
  metric === 'aid' ? m.aidShared : metric === 'reached' ? m.beneficiariesShared : m.stationedShared;

/** County-wide figures of 100 or more (a small one, "1 项", could meet a township's by chance). */
const countyFigures = (locale: Locale) =>
  data.countyActivities.flatMap((a) => [
    ...a.amounts.filter((m) => m.value_wan >= 100).map((m) => formatAmountWan(m.value_wan, locale)),
    ...a.counts.filter((c) => c.value >= 100).map((c) => formatNumber(c.value, locale)),
  ]);

const rows = locales.flatMap((locale) =>
  data.townships.map((t) => ({ locale, code: t.id, name: t.name_zh })),
);

describe.each(rows)('the brief of $name ($locale)', ({ locale, code }) => {
  const t = briefWords.in(locale);
  const { brief } = briefOf({ kind: 'township', code }, locale);
  const text = bodyText(brief);
  const m = metrics.get(code)!;
  const place = data.places.get(code)!;
  const name = locale === 'zh-CN' ? place.name_zh : place.name_en;
  const acts = data.activitiesByTownship.get(code) ?? [];

  it('is titled with the township and says what the report records there', () => {
    expect(brief.title).toBe(name);
    if (acts.length === 0) expect(text).toContain(t('brief.tp.none', { name }));
    else {
      const template = briefWords.counted(locale, 'brief.tp.activities', m.activityCount);
      expect(text).toContain(opening(template, { name, n: m.activityCount }, 'categories'));
    }
    if (locale === 'zh-CN') {
      const sentences = text.split('。').length - 1;
      expect(sentences).toBeGreaterThanOrEqual(2);
      expect(sentences).toBeLessThanOrEqual(5);
    }
  });

  it.each(['aid', 'reached', 'stationed'] as const)(
    'writes the panel’s %s, cited by the records it adds up',
    (metric) => {
      const value = valueOf(m, metric);
      if (value === null) {
        expect(text).not.toMatch(/(?<![\d.,])0(?![\d.,])/);
        if (metric === 'stationed' || acts.length === 0) return;
        const none = [
          t(metric === 'aid' ? 'brief.noAid' : 'brief.noReached'),
          t('brief.tp.noFigures', { name }),
        ];
        expect(
          none.some((words) => text.includes(words)),
          none.join(' | '),
        ).toBe(true);
        return;
      }
      const figure = panelFigure(metric, value, locale);
      const [at] = figureAt(text, figure);
      expect(at, `${figure} in ${text}`).toBeDefined();
      const notes = notesAfter(text, at!, figure);
      expect(notes.length).toBeGreaterThan(0);
      const records = new Set(notes.flatMap((n) => recordsOf(brief, n)));
      for (const r of records) {
        expect(acts).toContain(r);
        expect(adds[metric](r as Activity), `${r.id} adds to ${metric}`).toBeGreaterThan(0);
      }
      const sum = [...records].reduce((s, r) => s + adds[metric](r as Activity), 0);
      expect(roundWan(sum)).toBe(roundWan(value));
    },
  );

  it('says a shared figure is shared, with whom, and writes its value once', () => {
    for (const metric of ['aid', 'reached', 'stationed'] as const) {
      for (const share of sharesOf(m, metric)) {
        for (const other of share.townships.filter((c) => c !== code)) {
          const p = data.places.get(other)!;
          expect(text).toContain(locale === 'zh-CN' ? p.name_zh : p.name_en);
        }
        expect(figureAt(text, panelFigure(metric, share.value, locale))).toHaveLength(1);
        expect(text).toContain(t('brief.tp.sharedNote'));
      }
    }
  });

  it('attributes no county-wide figure to the township', () => {
    for (const note of brief.footnotes) {
      for (const r of recordsOf(brief, note.n)) {
        const own = acts.includes(r as Activity) || m.pairings.some((p) => p.id === r.id);
        expect(own, `${r.id} cited in the brief of ${code}`).toBe(true);
      }
    }
    for (const figure of countyFigures(locale)) expect(figureAt(text, figure), figure).toEqual([]);
    const countyNote = t(
      m.aidShared.length || m.beneficiariesShared.length || m.stationedShared.length
        ? 'brief.tp.sharedNote'
        : 'brief.tp.countyNote',
    );
    expect(text).toContain(countyNote);
  });

  it('has sound footnotes: each referred to, in order, its phrase in its source under its section', () => {
    expectFootnotesSound(brief);
  });
});
