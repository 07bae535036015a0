import { describe, expect, it } from 'vitest';
import { loadAppData } from '../../../../src/data/appData';
import { townshipMetrics } from '../../../../src/data/metrics';
import { ActivityCategory, type Activity } from '../../../../src/data/schema';
import type { SitePoint } from '../../../../src/data/sites';
import {
  activitiesAtPlace,
  countyCategoryOrder,
  countySections,
  directionKey,
  enclosingPlace,
  figureRows,
  groupByCategory,
  keyFigures,
  placesIn,
  placesInside,
  positionBasis,
  positionKey,
  sharedWith,
  sitesOfTownship,
} from '../../../../src/panels/detail/panelModel';

const data = loadAppData();
const metrics = townshipMetrics(data);
const activity = (id: string): Activity => {
  const a = data.activities.get(id);
  if (!a) throw new Error(`no activity ${id}`);
  return a;
};
const place = (id: string) => {
  const p = data.places.get(id);
  if (!p) throw new Error(`no place ${id}`);
  return p;
};
const metricsOf = (code: string) => {
  const m = metrics.get(code);
  if (!m) throw new Error(`no metrics for ${code}`);
  return m;
};

describe('groupByCategory', () => {
  it('keeps every activity exactly once, in groups of one category, in the schema order', () => {
    const all = [...data.activities.values()];
    const groups = groupByCategory(all);
    expect(groups.flatMap((g) => g.activities.map((a) => a.id)).sort()).toEqual(all.map((a) => a.id).sort());
    const order = groups.map((g) => ActivityCategory.options.indexOf(g.category));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const g of groups) {
      expect(g.activities.length).toBeGreaterThan(0);
      expect(g.activities.every((a) => a.category === g.category)).toBe(true);
    }
  });

  it('follows a given order and keeps the order of the records inside a group', () => {
    const groups = groupByCategory(data.countyActivities, countyCategoryOrder);
    expect(groups[0]?.category).toBe('funding');
    const funding = groups[0]?.activities.map((a) => a.id) ?? [];
    expect(funding).toEqual(data.countyActivities.filter((a) => a.category === 'funding').map((a) => a.id));
  });

  it('the county order lists every category once', () => {
    expect([...countyCategoryOrder].sort()).toEqual([...ActivityCategory.options].sort());
  });
});

describe('sharedWith', () => {
  const rows: { id: string; code: string; expected: string[] }[] = [
    { id: 'act-donation-summer-camp', code: '530326107', expected: ['530326102'] },
    { id: 'act-donation-summer-camp', code: '530326102', expected: ['530326107'] },
    { id: 'act-secondment-sipg-village-cadres', code: '530326105', expected: ['530326206'] },
    { id: 'act-donation-xiangyi-dahai', code: '530326201', expected: [] },
    { id: 'act-donation-lianquan-tencent', code: '530326201', expected: [] },
    { id: 'act-funding-cumulative', code: '530326201', expected: [] },
  ];
  for (const { id, code, expected } of rows) {
    it(`${id} at ${code} → [${expected.join(', ')}]`, () => {
      expect(sharedWith(data, activity(id), code)).toEqual(expected);
      expect(sharedWith(data, activity(id), code, metricsOf(code))).toEqual(expected);
    });
  }

  it('marks every figure the metrics count as shared', () => {
    for (const m of metrics.values()) {
      for (const f of [...m.aidShared, ...m.beneficiariesShared, ...m.stationedShared]) {
        const others = f.townships.filter((t) => t !== m.code).sort();
        expect(sharedWith(data, activity(f.activityId), m.code, m)).toEqual(others);
      }
    }
  });
});

describe('sitesOfTownship', () => {
  const rows: { code: string; contains: string[] }[] = [
    { code: '530326102', contains: ['place-baiwu-village', 'place-baiwu-crayfish-base'] },
    { code: '530326201', contains: ['place-dumidu-school', 'place-dapingzi-school'] },
    { code: '530326108', contains: ['place-daibu-health-centre'] },
  ];
  for (const { code, contains } of rows) {
    it(`${code} has ${contains.join(', ')}`, () => {
      expect(sitesOfTownship(data, code).map((p) => p.id)).toEqual(expect.arrayContaining(contains));
    });
  }

  it('lists exactly the site places whose proven township is the code', () => {
    for (const t of data.townships) {
      const expected = [...data.places.values()]
        .filter((p) => p.township === t.id && p.kind !== 'township')
        .map((p) => p.id)
        .sort();
      expect(
        sitesOfTownship(data, t.id)
          .map((p) => p.id)
          .sort(),
      ).toEqual(expected);
    }
  });

  it('never lists an unassigned place', () => {
    const all = data.townships.flatMap((t) => sitesOfTownship(data, t.id).map((p) => p.id));
    expect(all).not.toContain('place-zhongping-middle-school');
    expect(all).not.toContain('place-huize-old-town');
  });
});

describe('placesInside and activitiesAtPlace', () => {
  it('a village contains the base within it', () => {
    expect([...placesInside(data, 'place-baiwu-village')].sort()).toEqual([
      'place-baiwu-crayfish-base',
      'place-baiwu-village',
    ]);
  });

  const rows: { placeId: string; expected: string[] }[] = [
    {
      placeId: 'place-baiwu-village',
      expected: ['act-industry-crayfish-jiayan', 'act-publicity-crayfish'],
    },
    {
      placeId: 'place-baiwu-crayfish-base',
      expected: ['act-industry-crayfish-jiayan', 'act-publicity-crayfish'],
    },
    { placeId: 'place-buka-school', expected: ['act-donation-sipg-buka-clothes'] },
    { placeId: 'place-zhongping-middle-school', expected: ['act-secondment-teacher-zhongping'] },
    { placeId: 'place-dapingzi-school', expected: ['act-donation-lianquan-tencent'] },
  ];
  for (const { placeId, expected } of rows) {
    it(`${placeId} → ${expected.join(', ')}`, () => {
      expect(activitiesAtPlace(data, placeId).map((a) => a.id)).toEqual(expected);
    });
  }
});

describe('placesIn', () => {
  const rows: { id: string; code: string; expected: string[] }[] = [
    { id: 'act-industry-wens-bases', code: '530326104', expected: ['place-wens-base-leye'] },
    { id: 'act-industry-wens-bases', code: '530326103', expected: ['place-wens-base-yiche'] },
    { id: 'act-donation-summer-camp', code: '530326102', expected: ['530326102'] },
    { id: 'act-secondment-sipg-village-cadres', code: '530326206', expected: ['place-banpo-village'] },
  ];
  for (const { id, code, expected } of rows) {
    it(`${id} in ${code}`, () => {
      expect(placesIn(data, activity(id), code).map((p) => p.id)).toEqual(expected);
    });
  }
});

describe('figureRows', () => {
  it('nests "of which" parts under their whole and never lists them as rows of their own', () => {
    const rows = figureRows(activity('act-labour-to-other-provinces'));
    expect(rows).toHaveLength(1);
    const [workers] = rows;
    expect(workers?.type).toBe('count');
    if (workers?.type !== 'count') return;
    expect(workers.count.value).toBe(2415);
    expect(workers.parts.map((p) => p.value)).toEqual([1049]);
  });

  it('nests both parts of the reach figures under households and people', () => {
    const rows = figureRows(activity('act-funding-reach'));
    const parts = Object.fromEntries(
      rows.flatMap((r) => (r.type === 'count' ? [[r.count.key, r.parts.map((p) => p.as_written)]] : [])),
    );
    expect(parts).toEqual({
      townships: [],
      villages: [],
      households: ['1万余户'],
      people: ['3.4万余人'],
    });
  });

  it('lists amounts first, then counts, each figure of the record once', () => {
    for (const a of data.activities.values()) {
      const rows = figureRows(a);
      const shown = rows.flatMap((r) =>
        r.type === 'amount' ? [r.amount.key] : [r.count.key, ...r.parts.map((p) => p.key)],
      );
      expect(shown.sort()).toEqual([...a.amounts.map((m) => m.key), ...a.counts.map((c) => c.key)].sort());
      const types = rows.map((r) => r.type);
      expect(types, a.id).toEqual([
        ...types.filter((t) => t === 'amount'),
        ...types.filter((t) => t === 'count'),
      ]);
    }
  });

  it('keeps a part whose whole is in another record as its own row, naming that record', () => {
    const base = activity('act-labour-to-shanghai');
    const [c] = base.counts;
    if (!c) throw new Error('fixture has no count');
    const crossRecord: Activity = {
      ...base,
      counts: [{ ...c, part_of: 'act-labour-to-other-provinces#workers' }],
    };
    const rows = figureRows(crossRecord);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.type === 'count' && rows[0].partOfRecord).toBe('act-labour-to-other-provinces');
  });
});

describe('countySections', () => {
  const sections = countySections(data);
  it('holds every county-wide record once and no township-scoped record', () => {
    const ids = sections.county.flatMap((g) => g.activities.map((a) => a.id));
    expect(ids.sort()).toEqual(data.countyActivities.map((a) => a.id).sort());
    expect(sections.county.flatMap((g) => g.activities).every((a) => a.scope === 'county')).toBe(true);
  });
  it('lists the unassigned records separately and counts those outside Huize', () => {
    expect(sections.unassigned.flatMap((g) => g.activities.map((a) => a.id)).sort()).toEqual([
      'act-donation-cuiping-computers',
      'act-industry-old-town-inns',
      'act-secondment-teacher-zhongping',
    ]);
    expect(sections.outsideCount).toBe(data.outsideActivities.length);
    expect(sections.outsideCount).toBeGreaterThan(0);
  });
});

describe('directionKey and positionKey', () => {
  it.each([
    ['shanghai-to-yunnan', 'act.dir.toHuize'],
    ['yunnan-to-shanghai', 'act.dir.toShanghai'],
  ] as const)('%s → %s', (direction, key) => expect(directionKey(direction)).toBe(key));

  const point = (positionFrom: SitePoint['positionFrom']): SitePoint => ({
    id: 'x',
    kind: 'school',
    lon: 103,
    lat: 26,
    uncertaintyKm: 1,
    positionFrom,
  });
  it.each([
    [point('own'), 'panel.positionOwn'],
    [point('within'), 'panel.positionWithin'],
    [point('township'), 'panel.positionTownship'],
    [undefined, 'panel.positionNone'],
  ] as const)('%o → %s', (p, key) => expect(positionKey(p)).toBe(key));
});

describe('positionBasis and enclosingPlace', () => {
  const at = (positionFrom: SitePoint['positionFrom']): SitePoint => ({
    id: 'x',
    kind: 'base',
    lon: 103,
    lat: 26,
    uncertaintyKm: 1,
    positionFrom,
  });
  it('a base drawn at its village gives the village’s basis, as written for the reader', () => {
    const base = place('place-baiwu-crayfish-base');
    const village = place('place-baiwu-village');
    expect(village.location).not.toBeNull();
    expect(positionBasis(data, base, at('within'), 'zh-CN')).toBe(village.location?.basis_zh);
    expect(positionBasis(data, base, at('within'), 'en')).toBe(village.location?.basis_en);
    expect(enclosingPlace(data, base)?.id).toBe('place-baiwu-village');
  });
  it('a village drawn at its own point quotes its own basis; a township centre quotes none', () => {
    const village = place('place-baiwu-village');
    expect(positionBasis(data, village, at('own'), 'en')).toBe(village.location?.basis_en);
    expect(positionBasis(data, village, at('township'), 'en')).toBeNull();
    expect(positionBasis(data, village, undefined, 'zh-CN')).toBeNull();
    expect(enclosingPlace(data, village)).toBeNull();
  });
});

describe('keyFigures', () => {
  it('lists only the metrics with a record, flagging shared ones (大井镇 summer camp)', () => {
    const rows = keyFigures(metricsOf('530326107'));
    const aid = rows.find((r) => r.metric === 'aid');
    expect(aid).toEqual({ metric: 'aid', value: 22.4, includesShared: true });
  });
  it('is empty for a township without records', () => {
    const without = [...metrics.values()].filter(
      (m) => m.aidWan === null && m.beneficiaries === null && m.stationed === null,
    );
    expect(without.length).toBeGreaterThan(0);
    for (const m of without) expect(keyFigures(m)).toEqual([]);
  });
});
