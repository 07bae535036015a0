import { describe, expect, it } from 'vitest';
import { loadData, type HuizeData } from '../../../src/data/load';
import { amountLedger, roundWan, totalAttributable, townshipMetrics } from '../../../src/data/metrics';
import { dataset } from './fixtures';
import { realRaw } from './real-data';

function sumLedger(data: HuizeData): number {
  const l = amountLedger(data);
  let s = l.county + l.unassigned + l.outside;
  for (const v of l.singleTownship.values()) s += v;
  for (const x of l.shared) s += x.value;
  return roundWan(s);
}

describe('metrics on the fixture', () => {
  const data = loadData(dataset());
  const m = townshipMetrics(data);

  it.each([
    // code, activities, aid 万元, shared aid, beneficiaries, stationed
    ['530326204', 2, 10, 0, null, null],
    ['530326107', 1, 22.4, 1, 20, null],
    ['530326102', 1, 22.4, 1, 20, null],
  ] as const)('township %s', (code, count, aid, sharedN, ben, sta) => {
    const t = m.get(code);
    expect(t?.activityCount).toBe(count);
    expect(t?.aidWan).toBe(aid);
    expect(t?.aidShared).toHaveLength(sharedN);
    expect(t?.beneficiaries).toBe(ben);
    expect(t?.stationed).toBe(sta);
  });

  it('counts a shared amount once across townships', () => {
    expect(roundWan(totalAttributable(data))).toBe(32.4);
  });

  it('ledger buckets add up to the sum of all amounts, nothing twice', () => {
    expect(sumLedger(data)).toBe(roundWan(amountLedger(data).totalAdditive));
    expect(amountLedger(data).totalAdditive).toBe(100 + 10 + 22.4);
  });

  it('a township with no record is null, not zero', () => {
    const d = structuredClone(dataset());
    d.activities = d.activities.filter((a) => a.id !== 'act-zhemi');
    const t = townshipMetrics(loadData(d)).get('530326204');
    expect(t?.aidWan).toBeNull();
    expect(t?.activityCount).toBe(1);
  });
});

describe('metrics on the committed data', () => {
  const data = loadData(realRaw());
  const m = townshipMetrics(data);

  it.each([
    // code, name, aid 万元, beneficiaries, stationed, paired with
    ['530326201', '大海乡', 18.85, 1140, null, null],
    ['530326204', '大桥乡', 10, null, null, ['org-wusong-subdistrict']],
    ['530326102', '娜姑镇', 22.4, 20, null, null],
    ['530326107', '大井镇', 22.4, 20, null, null],
    ['530326105', '矿山镇', 6.48, null, 2, null],
    ['530326206', '马路乡', 4.75, null, 2, null],
    ['530326108', '待补镇', null, null, 1, null],
    ['530326103', '迤车镇', null, null, null, ['org-yuepu-town']],
    ['530326001', '古城街道', null, null, null, ['org-baofang-group']],
    ['530326213', '田坝乡', null, null, null, null],
  ] as const)('%s %s', (code, _name, aid, ben, sta, paired) => {
    const t = m.get(code);
    expect(t).toBeDefined();
    expect(t?.aidWan === null ? null : roundWan(t?.aidWan ?? NaN)).toBe(aid);
    expect(t?.beneficiaries).toBe(ben);
    expect(t?.stationed).toBe(sta);
    expect(t?.pairedWith).toEqual(paired);
  });

  it('has all 25 townships; the empty ones have no activity', () => {
    expect(m.size).toBe(25);
    expect(m.get('530326213')?.activityCount).toBe(0);
  });

  it('flags the shared figures in each of their townships', () => {
    expect(m.get('530326105')?.stationedShared.map((s) => s.activityId)).toEqual([
      'act-secondment-sipg-village-cadres',
    ]);
    expect(m.get('530326102')?.aidShared.map((s) => s.townships.sort())).toEqual([
      ['530326102', '530326107'],
    ]);
  });

  it('per-township attributable + county-wide (+ unassigned, outside) = all additive amounts, once each', () => {
    const l = amountLedger(data);
    expect(sumLedger(data)).toBe(roundWan(l.totalAdditive));
    // 10 + 22.4 + 20 + 12.85 + 6 + 6 + 6.48 + 4.75: the donations, the only additive amounts
    expect(roundWan(l.totalAdditive)).toBe(88.48);
    expect(roundWan(totalAttributable(data))).toBe(62.48);
    expect(l.county).toBe(6);
    expect(l.unassigned).toBe(20);
    // summing the township panels would count the shared 22.4 twice; totalAttributable does not
    let panels = 0;
    for (const t of m.values()) panels += t.aidWan ?? 0;
    expect(roundWan(panels)).toBe(roundWan(totalAttributable(data) + 22.4));
  });

  it('keeps stated totals out of every sum', () => {
    const stated = amountLedger(data)
      .nonAdditive.map((x) => x.value_wan)
      .sort((a, b) => a - b);
    expect(stated).toEqual([1175, 1185, 10814]);
  });
});
