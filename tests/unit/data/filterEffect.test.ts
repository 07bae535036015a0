import { describe, expect, it } from 'vitest';
import { emptyWording, filterEffect } from '../../../src/data/filterEffect';
import { filterSummary } from '../../../src/i18n/filterSummary';
import { formatList } from '../../../src/i18n/lists';
import { translator } from '../../../src/i18n/translate';
import { matches, noFilters, type ActivityFilters } from '../../../src/data/filters';
import { loadAppData } from '../../../src/data/appData';

const data = loadAppData();
const all = [...data.activities.values()];
const undated = all.filter((a) => !a.date);
const dated = all.filter((a) => a.date);
const someYear = dated[0]!.date!.year;
const someCategory = all[0]!.category;

describe('filterEffect on the bundled data', () => {
  it('the data has dated and undated records (else these rows prove nothing)', () => {
    expect(undated.length).toBeGreaterThan(0);
    expect(dated.length).toBeGreaterThan(0);
  });

  it.each<[string, ActivityFilters, () => { hidden: number; undated: number }]>([
    ['no filter hides nothing', noFilters, () => ({ hidden: 0, undated: 0 })],
    [
      'a year hides every undated record, and says so',
      { ...noFilters, years: [someYear] },
      () => ({
        hidden: all.filter((a) => !matches(a, { ...noFilters, years: [someYear] })).length,
        undated: undated.length,
      }),
    ],
    [
      'a category alone leaves out no record for want of a date',
      { ...noFilters, categories: [someCategory] },
      () => ({ hidden: all.filter((a) => a.category !== someCategory).length, undated: 0 }),
    ],
    [
      'a year and a category: only the undated records of that category count as left out for their date',
      { ...noFilters, years: [someYear], categories: [someCategory] },
      () => ({
        hidden: all.filter(
          (a) => !matches(a, { ...noFilters, years: [someYear], categories: [someCategory] }),
        ).length,
        undated: undated.filter((a) => a.category === someCategory).length,
      }),
    ],
  ])('%s', (_name, filters, expected) => {
    const effect = filterEffect(data, filters);
    expect({ hidden: effect.hidden, undated: effect.undated }).toEqual(expected());
    expect(effect.active).toBe(filters !== noFilters);
  });
});

describe('emptyWording: "no record" only where nothing is filtered', () => {
  it.each([
    [{ active: false, hidden: 0, undated: 0 }, { key: 'legend.noRecord' }],
    [{ active: true, hidden: 5, undated: 0 }, { key: 'filters.none' }],
    [
      { active: true, hidden: 42, undated: 38 },
      { key: 'filters.noneUndated', n: 38 },
    ],
  ])('%j → %j', (effect, wording) => {
    expect(emptyWording(effect)).toEqual(wording);
  });
});

describe('filterSummary: what a picture or a page says of the filters', () => {
  const t = translator('zh-CN');
  const text = {
    t,
    list: (items: readonly string[]) => formatList('zh-CN', items),
    actorName: (id: string) => `«${id}»`,
    sourceName: (id: string) => `‹${id}›`,
  };
  it.each<[string, ActivityFilters, string | null]>([
    ['none: nothing to say', noFilters, null],
    ['a year', { ...noFilters, years: [2018] }, t('filters.summaryYears', { years: '2018' })],
    [
      'a year and a category, in that order',
      { ...noFilters, years: [2018], categories: ['donation'] },
      [
        t('filters.summaryYears', { years: '2018' }),
        t('filters.summaryPart', { group: t('filters.category'), values: t('category.donation') }),
      ].join(t('sep.parts')),
    ],
    [
      'actors and sources by their names',
      { ...noFilters, actors: ['a', 'b'], sources: ['s'] },
      [
        t('filters.summaryPart', { group: t('filters.actor'), values: formatList('zh-CN', ['«a»', '«b»']) }),
        t('filters.summaryPart', { group: t('filters.source'), values: '‹s›' }),
      ].join(t('sep.parts')),
    ],
  ])('%s', (_name, filters, expected) => {
    expect(filterSummary(filters, text)).toBe(expected);
  });
});
