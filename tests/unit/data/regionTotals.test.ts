import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../../src/data/filters';
import { loadData } from '../../../src/data/load';
import { roundWan, totalAttributable, townshipMetrics } from '../../../src/data/metrics';
import { notAttributable, regionActivities, regionTotals } from '../../../src/data/regionTotals';
import { dataset } from './fixtures';
import { realRaw } from './real-data';

const NAGU = '530326102';
const DAJING = '530326107';
const DAQIAO = '530326204';

describe('regionTotals on the fixture (the summer camp: 22.4 万元 and 20 pupils shared by 大井镇 and 娜姑镇)', () => {
  const data = loadData(dataset());
  const metrics = townshipMetrics(data);
  const totals = (codes: string[]) => regionTotals(data, metrics, codes);

  it.each([
    // region, activities, aid 万元, reached, stationed
    [[NAGU, DAJING], 1, 22.4, 20, 0],
    [[NAGU], 1, 22.4, 20, 0],
    [[DAQIAO], 2, 10, 0, 0],
    [[NAGU, DAJING, DAQIAO], 3, 32.4, 20, 0],
    [[DAQIAO, NAGU], 3, 32.4, 20, 0],
  ] as const)('%j', (codes, activities, aid, reached, stationed) => {
    const t = totals([...codes]);
    expect(t.activities.value).toBe(activities);
    expect(t.aid.value).toBe(aid);
    expect(t.reached.value).toBe(reached);
    expect(t.stationed.value).toBe(stationed);
  });

  it('a figure shared inside the region counts once and names both townships inside', () => {
    const t = totals([DAJING, NAGU]);
    expect(t.aid.shared).toEqual([
      { activityId: 'act-camp', value: 22.4, inside: [NAGU, DAJING], outside: [] },
    ]);
    expect(t.reached.shared).toEqual([
      { activityId: 'act-camp', value: 20, inside: [NAGU, DAJING], outside: [] },
    ]);
    // The sum of the two townships' own values would count it twice.
    expect((metrics.get(NAGU)!.aidWan ?? 0) + (metrics.get(DAJING)!.aidWan ?? 0)).toBe(44.8);
  });

  it('a figure shared across the region boundary counts in full, once, and names the township outside', () => {
    const t = totals([NAGU, DAQIAO]);
    expect(t.aid.value).toBe(32.4);
    expect(t.aid.shared).toEqual([
      { activityId: 'act-camp', value: 22.4, inside: [NAGU], outside: [DAJING] },
    ]);
    expect(t.activities.shared.map((s) => [s.activityId, s.outside])).toEqual([['act-camp', [DAJING]]]);
  });

  it('every township together gives the county-wide attributable total, never the county-wide figures', () => {
    const all = totals(data.townships.map((p) => p.id));
    expect(all.aid.value).toBe(roundWan(totalAttributable(data)));
    // 100 万元 of county funds and the 2415 workers are county-wide: in no region.
    expect(all.aid.value).toBe(32.4);
    expect(all.reached.value).toBe(20);
    expect(notAttributable(data)).toEqual({
      county: { activities: 2, aidWan: 100 },
      unassigned: { activities: 0, aidWan: 0 },
    });
  });

  it('no township, or only unknown codes: no record (null), not 0', () => {
    for (const codes of [[], ['530326999']]) {
      const t = totals(codes);
      expect(t.codes).toEqual([]);
      expect(t.aid.value).toBeNull();
      expect(t.activities.value).toBeNull();
    }
  });

  it('lists the activities placed in the region once each, in file order', () => {
    expect(regionActivities(data, [NAGU, DAJING, DAQIAO]).map((a) => a.id)).toEqual([
      'act-zhemi',
      'act-camp',
      'act-road',
    ]);
    expect(regionActivities(data, [DAJING]).map((a) => a.id)).toEqual(['act-camp']);
  });

  it('follows the filters', () => {
    // Only 乙学院's records: the camp, shared by 娜姑镇 and 大井镇; 大桥乡's two records drop out.
    const filtered = applyFilters(data, { categories: [], actors: ['org-yi'], years: [] });
    const t = regionTotals(filtered, townshipMetrics(filtered), [NAGU, DAQIAO]);
    expect(t.activities.value).toBe(1);
    expect(t.aid.value).toBe(22.4);
    expect(t.aid.shared.map((s) => s.outside)).toEqual([[DAJING]]);
  });
});

describe('regionTotals on the committed data', () => {
  const data = loadData(realRaw());
  const metrics = townshipMetrics(data);

  it('the SIPG cadres (2 people at a village of 矿山镇 and one of 马路乡) count once in a region of both', () => {
    const t = regionTotals(data, metrics, ['530326105', '530326206']);
    expect(metrics.get('530326105')!.stationed).toBe(2);
    expect(metrics.get('530326206')!.stationed).toBe(2);
    expect(t.stationed.value).toBe(2);
    expect(t.stationed.shared).toEqual([
      {
        activityId: 'act-secondment-sipg-village-cadres',
        value: 2,
        inside: ['530326105', '530326206'],
        outside: [],
      },
    ]);
    expect(t.aid.value).toBe(roundWan(6.48 + 4.75));
  });

  it('all 25 townships: the attributable total, each shared figure once', () => {
    const all = regionTotals(
      data,
      metrics,
      data.townships.map((p) => p.id),
    );
    expect(all.codes).toHaveLength(25);
    expect(all.aid.value).toBe(roundWan(totalAttributable(data)));
    expect(all.aid.value).toBe(62.48);
    expect(all.activities.value).toBe(new Set([...metrics.values()].flatMap((m) => m.activityIds)).size);
    expect(all.aid.shared.every((s) => s.outside.length === 0)).toBe(true);
  });
});
