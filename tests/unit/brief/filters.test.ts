import { describe, expect, it } from 'vitest';
import { briefPlainText, runsText, type BriefSubject } from '../../../src/brief';
import { localName } from '../../../src/domain';
import { filterEffect } from '../../../src/data/filterEffect';
import type { ActivityFilters } from '../../../src/data/filters';
import { filterSummary } from '../../../src/i18n/filterSummary';
import { formatList } from '../../../src/i18n/lists';
import { briefWords, type BriefKey } from '../../../src/brief/words';
import { bodyText, briefOf, data, expectFootnotesSound, locales, noteText } from './briefKit';

const none = { categories: [], actors: [], years: [], sources: [] };
const dahai = '530326201';
const nagu = '530326102';
const kuangshan = '530326105';

/** Filtered briefs: the words that say a filter hid the records, never those that say the report has none. */
const rows: {
  what: string;
  filters: ActivityFilters;
  subject: BriefSubject;
  says: BriefKey[];
  never: BriefKey[];
}[] = [
  {
    what: 'a year filter hides all of 大海乡’s (undated) donations',
    filters: { ...none, years: [2018] },
    subject: { kind: 'township', code: dahai },
    says: ['brief.tp.noneFiltered'],
    never: ['brief.tp.none'],
  },
  {
    what: 'an industry filter leaves 娜姑镇 its crayfish farm, which gives no amount or people',
    filters: { ...none, categories: ['industry'] },
    subject: { kind: 'township', code: nagu },
    says: ['brief.tp.noFiguresFiltered'],
    never: ['brief.tp.noFigures', 'brief.noAid', 'brief.noReached'],
  },
  {
    what: 'a secondment filter leaves 矿山镇 + 大海乡 one group of people stationed',
    filters: { ...none, categories: ['secondment'] },
    subject: { kind: 'region', codes: [kuangshan, dahai] },
    says: ['brief.noAidFiltered', 'brief.noReachedFiltered'],
    never: ['brief.noAid', 'brief.noReached', 'brief.rg.noFigures'],
  },
  {
    what: 'a meeting filter leaves the county no amount and no people',
    filters: { ...none, categories: ['meeting'] },
    subject: { kind: 'county' },
    says: ['brief.ct.noAmountsFiltered', 'brief.ct.noPeopleFiltered'],
    never: ['brief.ct.noAmounts', 'brief.ct.noPeople'],
  },
];

const cases = locales.flatMap((locale) => rows.map((row) => ({ ...row, locale })));

describe.each(cases)('$what ($locale)', ({ locale, filters, subject, says, never }) => {
  const t = briefWords.in(locale);
  const { brief, shown } = briefOf(subject, locale, filters);
  const text = bodyText(brief);
  // Messages without holes, or with the township's name: filled as the brief fills them.
  const name = subject.kind === 'township' ? data.places.get(subject.code)! : null;
  const fill = (key: BriefKey) =>
    briefWords.in(locale)(key as 'brief.tp.none', {
      name: name ? (locale === 'zh-CN' ? name.name_zh : name.name_en) : '',
    });

  it('says what the filters left, in words that do not blame the report', () => {
    for (const key of says) expect(text, key).toContain(fill(key));
    for (const key of never) expect(text, key).not.toContain(fill(key));
  });

  it('names the filters and how many records they hide, in a note after the brief', () => {
    const effect = filterEffect(data, filters);
    const named = filterSummary(filters, {
      t,
      list: (items) => formatList(locale, items),
      actorName: (id) => id,
      sourceName: (id) => id,
    })!;
    const expected =
      effect.undated > 0
        ? t('brief.filterUndated', { filters: named, n: effect.hidden, undated: effect.undated })
        : t('brief.filter', { filters: named, n: effect.hidden });
    expect(noteText(brief)).toBe(expected);
    expect(brief.paragraphs.at(-1)!.kind).toBe('note');
  });

  it('cites only records the filters leave', () => {
    for (const note of brief.footnotes) {
      for (const id of note.recordIds)
        expect(shown.activities.has(id) || shown.pairings.has(id), id).toBe(true);
    }
    expectFootnotesSound(brief);
  });
});

describe('a filter that hides nothing', () => {
  it.each(locales)('says so (%s)', (locale) => {
    const filters = { ...none, sources: [...data.sources.keys()] };
    const { brief } = briefOf({ kind: 'county' }, locale, filters);
    const named = filterSummary(filters, {
      t: briefWords.in(locale),
      list: (items) => formatList(locale, items),
      actorName: (id) => id,
      sourceName: (id) => localName(data.sources.get(id)!, locale),
    })!;
    expect(noteText(brief)).toBe(briefWords.in(locale)('brief.filterNothing', { filters: named }));
  });
});

describe('briefPlainText', () => {
  it.each(locales)('is the title, the paragraphs with [n], then the notes one a line (%s)', (locale) => {
    const t = briefWords.in(locale);
    const { brief } = briefOf({ kind: 'township', code: nagu }, locale);
    const lines = briefPlainText(brief).split('\n');
    const paragraphs = brief.paragraphs.map((p) => runsText(p.runs));
    expect(lines.slice(0, 1 + paragraphs.length)).toEqual([brief.title, ...paragraphs]);
    expect(lines.slice(1 + paragraphs.length, 3 + paragraphs.length)).toEqual(['', t('brief.notes')]);
    const notes = brief.footnotes.map((f) =>
      t('brief.noteLine', { n: f.n, source: f.sourceTitle, section: f.section, phrase: f.phrase }),
    );
    expect(lines.slice(3 + paragraphs.length)).toEqual(notes);
    expect(notes.length).toBeGreaterThan(0);
    for (const f of brief.footnotes) expect(paragraphs.join('')).toContain(`[${f.n}]`);
  });
});
