import { describe, expect, it } from 'vitest';
import { activeFiltersText } from '../../../src/app/printFilters';
import { translator } from '../../../src/i18n/translate';

const zh = translator('zh-CN');
const en = translator('en');
const names = {
  category: (id: string) => zh(`category.${id as 'donation'}`),
  actor: (id: string) => `actor:${id}`,
  source: (id: string) => `source:${id}`,
};
const none = { categories: [], actors: [], years: [], sources: [] };
const label = (t: typeof zh, key: 'filters.year' | 'filters.category', value: string) =>
  `${t(key)}${t('sep.label')}${value}`;

describe('activeFiltersText', () => {
  it.each([
    { chosen: none, expected: null },
    { chosen: { ...none, years: [2018] }, expected: label(zh, 'filters.year', '2018') },
    {
      chosen: { ...none, years: [2019, 2018], categories: ['donation'] },
      expected: [
        label(zh, 'filters.year', '2018、2019'),
        label(zh, 'filters.category', zh('category.donation')),
      ].join(zh('sep.parts')),
    },
  ])('names $chosen', ({ chosen, expected }) => {
    expect(activeFiltersText(chosen, names, zh, 'zh-CN')).toBe(expected);
  });

  it('names actors and sources by their names, in the reader’s language', () => {
    const text = activeFiltersText({ ...none, actors: ['a'], sources: ['s'] }, names, en, 'en');
    expect(text).toBe(`${en('filters.actor')}: actor:a · ${en('filters.source')}: source:s`);
  });
});
