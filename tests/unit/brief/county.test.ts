import { describe, expect, it } from 'vitest';
import { metricFigures } from '../../../src/data/metrics';
import type { Count } from '../../../src/data/schema';
import { formatAmount, formatCount } from '../../../src/i18n/figures';
import { briefWords } from '../../../src/brief/words';
import {
  bodyText,
  briefOf,
  data,
  expectFootnotesSound,
  figureAt,
  locales,
  notesAfter,
  opening,
  recordsOf,
} from './briefKit';

/** How many amounts and groups of people the county brief names before "等" (the county summary lists all). */
const SHOWN = 3;

describe.each(locales)('the county brief (%s)', (locale) => {
  const t = briefWords.in(locale);
  const { brief } = briefOf({ kind: 'county' }, locale);
  const text = bodyText(brief);
  const county = data.places.get('place-huize-county')!;
  const countyName = locale === 'zh-CN' ? county.name_zh : county.name_en;

  it('counts the records as the map holds them, county-wide apart from those at townships', () => {
    expect(brief.title).toBe(countyName);
    const n = data.activities.size;
    const template = briefWords.counted(locale, 'brief.ct.intro', n);
    expect(text).toContain(opening(template, { county: countyName, n }, 'parts'));
    expect(text).toContain(t('brief.ct.partCounty', { n: data.countyActivities.length }));
    expect(text).toContain(t('brief.ct.partUnassigned', { n: data.unassignedActivities.length }));
    if (locale === 'zh-CN') {
      const sentences = text.split('。').length - 1;
      expect(sentences).toBeGreaterThanOrEqual(2);
      expect(sentences).toBeLessThanOrEqual(5);
    }
  });

  it('writes the largest county-wide amounts as the county summary does, each cited, stated totals not added', () => {
    const amounts = data.countyActivities
      .flatMap((a) => a.amounts.map((m) => ({ a, m })))
      .sort((x, y) => y.m.value_wan - x.m.value_wan)
      .slice(0, SHOWN);
    expect(amounts.length).toBeGreaterThan(0);
    for (const { a, m } of amounts) {
      const figure = formatAmount(m, locale);
      const [at] = figureAt(text, figure);
      expect(at, figure).toBeDefined();
      const notes = notesAfter(text, at!, figure);
      expect(notes.flatMap((n) => recordsOf(brief, n).map((r) => r.id))).toContain(a.id);
    }
    if (amounts.some(({ m }) => !m.additive)) expect(text).toContain(t('brief.ct.notSummed'));
    const sum = amounts.reduce((s, { m }) => s + m.value_wan, 0);
    expect(figureAt(text, formatAmount({ ...amounts[0]!.m, value_wan: sum }, locale))).toEqual([]);
  });

  it('writes the largest numbers of people reached with their 其中 parts as parts, never added', () => {
    const reached = data.countyActivities
      .flatMap((a) => metricFigures(a, 'reached').map((c) => ({ a, c: c as Count })))
      .sort((x, y) => y.c.value - x.c.value)
      .slice(0, SHOWN);
    for (const { a, c } of reached) {
      const figure = formatCount(c, locale);
      const [at] = figureAt(text, figure);
      expect(at, figure).toBeDefined();
      const parts = a.counts.filter((p) => p.part_of === `${a.id}#${c.key}`);
      let from = at! + figure.length;
      for (const part of parts) {
        const partAt = figureAt(text.slice(from), formatCount(part, locale))[0];
        expect(partAt, `${part.as_written} after ${c.as_written}`).toBeDefined();
        // The part comes before the whole's note: it is written inside the whole's sentence, as its part.
        expect(text.slice(from, from + partAt!)).not.toMatch(/\[\d+\]/);
        expect(text.slice(from, from + partAt!)).toContain(locale === 'zh-CN' ? '其中' : 'of which');
        from += partAt! + formatCount(part, locale).length;
        const sum = formatCount({ ...c, value: c.value + part.value }, locale);
        expect(figureAt(text, sum)).toEqual([]);
      }
      const notes = notesAfter(text, from, '');
      expect(notes.flatMap((n) => recordsOf(brief, n).map((r) => r.id))).toContain(a.id);
    }
  });

  it('cites only county-wide records and the county’s own pairings, and says no figure is a township’s', () => {
    const townships = new Set(data.townships.map((t) => t.id));
    for (const note of brief.footnotes) {
      for (const r of recordsOf(brief, note.n)) {
        if ('scope' in r) expect(r.scope, r.id).toBe('county');
        else
          expect(
            r.huize_side.places.some((id) => townships.has(id)),
            r.id,
          ).toBe(false);
      }
    }
    expect(text).toContain(t('brief.ct.end'));
  });

  it('has sound footnotes', () => {
    expectFootnotesSound(brief);
  });
});
