import { describe, expect, it } from 'vitest';
import { loadAppData } from '../../../src/data/appData';
import {
  applyFilters,
  matches,
  noFilters,
  sourcesOf,
  sourcesUsed,
  yearsOf,
  type ActivityFilters,
} from '../../../src/data/filters';
import { townshipMetrics } from '../../../src/data/metrics';
import type { Activity } from '../../../src/data/schema';

const data = loadAppData();
const activity = (id: string): Activity => data.activities.get(id)!;

describe('matches', () => {
  const rows: { id: string; f: Partial<ActivityFilters>; expected: boolean }[] = [
    { id: 'act-donation-summer-camp', f: {}, expected: true },
    { id: 'act-donation-summer-camp', f: { categories: ['donation'] }, expected: true },
    { id: 'act-donation-summer-camp', f: { categories: ['industry'] }, expected: false },
    { id: 'act-industry-crayfish-jiayan', f: { years: [2018] }, expected: true },
    { id: 'act-industry-crayfish-jiayan', f: { years: [2017] }, expected: false },
    // "2017年以来" covers 2018 too
    { id: 'act-funding-cumulative', f: { years: [2018] }, expected: true },
    // "2018年以来" does not cover 2017
    { id: 'act-secondment-doctor-daibu', f: { years: [2017] }, expected: false },
    // undated records drop out of a year filter
    { id: 'act-donation-summer-camp', f: { years: [2018] }, expected: false },
  ];
  for (const { id, f, expected } of rows) {
    it(`${id} with ${JSON.stringify(f)} → ${expected}`, () =>
      expect(matches(activity(id), { ...noFilters, ...f })).toBe(expected));
  }

  it('an actor filter keeps the activities that actor did', () => {
    const actor = activity('act-donation-zhemi-computers').actors[0]!;
    expect(matches(activity('act-donation-zhemi-computers'), { ...noFilters, actors: [actor] })).toBe(true);
    expect(matches(activity('act-industry-crayfish-jiayan'), { ...noFilters, actors: [actor] })).toBe(
      activity('act-industry-crayfish-jiayan').actors.includes(actor),
    );
  });
});

describe('applyFilters', () => {
  it('returns the same data when nothing is filtered', () =>
    expect(applyFilters(data, noFilters)).toBe(data));

  it('metrics follow the filter: only donations leave donation counts per township', () => {
    const filtered = applyFilters(data, { ...noFilters, categories: ['donation'] });
    const metrics = townshipMetrics(filtered);
    for (const [code, m] of metrics) {
      const expected = (data.activitiesByTownship.get(code) ?? []).filter((a) => a.category === 'donation');
      expect(m.activityIds.sort()).toEqual(expected.map((a) => a.id).sort());
      expect(m.pairedWith).toBeNull();
    }
    expect([...filtered.activities.values()].every((a) => a.category === 'donation')).toBe(true);
    expect(filtered.countyActivities.every((a) => a.category === 'donation')).toBe(true);
  });

  it('filters combine (category and year narrow each other)', () => {
    const both = applyFilters(data, { ...noFilters, categories: ['industry'], years: [2018] });
    const ids = [...both.activities.keys()];
    expect(ids).toContain('act-industry-crayfish-jiayan');
    expect(ids.every((id) => activity(id).category === 'industry')).toBe(true);
    expect(ids.length).toBeLessThan(
      applyFilters(data, { ...noFilters, categories: ['industry'] }).activities.size,
    );
  });
});

describe('the source filter', () => {
  const [only] = sourcesOf(data);
  it('offers each source some record cites', () =>
    expect(sourcesOf(data)).toEqual(['src-zhujiang-baoshan-huize']));
  it('keeps the records citing a chosen source, activities and pairings alike', () => {
    const kept = applyFilters(data, { ...noFilters, sources: [only!] });
    expect(kept.activities.size).toBe(data.activities.size);
    expect(kept.pairings.size).toBe(data.pairings.size);
  });
  it('drops the records of the other sources', () => {
    const none = applyFilters(data, { ...noFilters, sources: ['src-other'] });
    expect(none.activities.size).toBe(0);
    expect(none.pairings.size).toBe(0);
    expect([...none.pairingsByTownship.values()].every((l) => l.length === 0)).toBe(true);
  });
  it('names each source used once, with the years of its activities', () => {
    const used = sourcesUsed(data);
    expect(used.map((u) => u.source.id)).toEqual([only]);
    expect(used[0]!.years).toEqual(yearsOf(data));
  });
});
