import { describe, expect, it } from 'vitest';
import { loadAppData } from '../../src/data/appData';
import { ActivityCategory } from '../../src/data/schema';
import {
  activitiesAtPlace,
  groupByCategory,
  placesIn,
  sharedWith,
  sitesOfTownship,
} from '../../src/panels/panelModel';

const data = loadAppData();
const activity = (id: string) => data.activities.get(id)!;

describe('groupByCategory', () => {
  it('keeps every activity once, groups in schema order, and drops empty groups', () => {
    const all = [...data.activities.values()];
    const groups = groupByCategory(all);
    expect(groups.flatMap((g) => g.activities)).toHaveLength(all.length);
    const order = groups.map((g) => ActivityCategory.options.indexOf(g.category));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const g of groups) expect(g.activities.every((a) => a.category === g.category)).toBe(true);
  });
});

describe('sharedWith', () => {
  const rows = [
    { id: 'act-donation-summer-camp', code: '530326107', expected: ['530326102'] },
    { id: 'act-donation-summer-camp', code: '530326102', expected: ['530326107'] },
    { id: 'act-donation-xiangyi-dahai', code: '530326201', expected: [] },
    { id: 'act-funding-cumulative', code: '530326201', expected: [] },
  ];
  for (const { id, code, expected } of rows) {
    it(`${id} at ${code}`, () => expect(sharedWith(data, activity(id), code)).toEqual(expected));
  }
});

describe('sitesOfTownship', () => {
  it('lists exactly the site places whose proven township is the code', () => {
    for (const t of data.townships) {
      const sites = sitesOfTownship(data, t.id);
      for (const s of sites) expect(s.township).toBe(t.id);
      expect(sites.every((s) => s.kind !== 'township')).toBe(true);
    }
    expect(sitesOfTownship(data, '530326102').map((p) => p.id)).toEqual(
      expect.arrayContaining(['place-baiwu-village', 'place-baiwu-crayfish-base']),
    );
  });
});

describe('activitiesAtPlace', () => {
  it('includes activities at places inside it (the crayfish base inside 白务村)', () => {
    const ids = activitiesAtPlace(data, 'place-baiwu-village').map((a) => a.id);
    expect(ids).toContain('act-industry-crayfish-jiayan');
  });
  it('a school has its own donations only', () => {
    expect(activitiesAtPlace(data, 'place-buka-school').map((a) => a.id)).toEqual([
      'act-donation-sipg-buka-clothes',
    ]);
  });
});

describe('placesIn', () => {
  it('names only the places of an activity in the given township', () => {
    const wens = activity('act-industry-wens-bases');
    expect(placesIn(data, wens, '530326104').map((p) => p.id)).toEqual(['place-wens-base-leye']);
  });
});
