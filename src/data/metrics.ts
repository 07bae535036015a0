/**
 * Per-township metrics for the map (classify step). Pure.
 *
 * Rules: only figures the report places at a township count for it; a figure shared by several townships
 * counts in full in each of their panels (flagged in `shared`), but every total across townships counts it
 * once. `null` means "no record", which the map must show differently from 0.
 */
import type { Activity, Amount, Count, Pairing } from './schema';
import type { HuizeData } from './load';

export interface SharedFigure {
  activityId: string;
  value: number;
  /** all townships the figure belongs to together, this one included */
  townships: string[];
}

export interface TownshipMetrics {
  code: string;
  /** activities with a place in this township (shared ones included) */
  activityCount: number;
  activityIds: string[];
  /** 万元 of additive amounts at this township, shared ones in full; null if no amount is recorded here */
  aidWan: number | null;
  /** the shared amounts included in aidWan */
  aidShared: SharedFigure[];
  /** people reached (beneficiary counts in people; no "of which" parts, no projections); null if none */
  beneficiaries: number | null;
  beneficiariesShared: SharedFigure[];
  /** people seconded or stationed here; null if none */
  stationed: number | null;
  stationedShared: SharedFigure[];
  /** pairings whose Huize side is this township */
  pairings: Pairing[];
  /** Baoshan-side organisation ids of those pairings; null if the township is not paired */
  pairedWith: string[] | null;
}

const isBeneficiaryCount = (a: Activity) =>
  a.counts.filter(
    (c) => c.counted_as === 'beneficiaries' && c.unit === 'people' && c.part_of === null && !c.prospective,
  );
const isStationedCount = (a: Activity) =>
  a.counts.filter((c) => c.counted_as === 'stationed' && c.unit === 'people');
const additiveAmounts = (a: Activity) => a.amounts.filter((m) => m.additive);

/**
 * The figures of an activity that a township metric adds up, chosen as townshipMetrics chooses them: for
 * whoever must name the records behind a total (the brief's footnotes).
 */
export function metricFigures(a: Activity, metric: 'aid' | 'reached' | 'stationed'): (Amount | Count)[] {
  if (metric === 'aid') return additiveAmounts(a);
  return metric === 'reached' ? isBeneficiaryCount(a) : isStationedCount(a);
}

function sumInto(
  acts: readonly Activity[],
  data: HuizeData,
  pick: (a: Activity) => number | null,
): { total: number | null; shared: SharedFigure[] } {
  let total: number | null = null;
  const shared: SharedFigure[] = [];
  for (const a of acts) {
    const v = pick(a);
    if (v === null) continue;
    total = (total ?? 0) + v;
    const townships = data.townshipsOf(a);
    if (townships.length > 1) shared.push({ activityId: a.id, value: v, townships });
  }
  return { total, shared };
}

const sumOrNull = (values: number[]): number | null =>
  values.length === 0 ? null : values.reduce((s, v) => s + v, 0);

export function townshipMetrics(data: HuizeData): Map<string, TownshipMetrics> {
  const out = new Map<string, TownshipMetrics>();
  for (const t of data.townships) {
    const acts = data.activitiesByTownship.get(t.id) ?? [];
    const aid = sumInto(acts, data, (a) => sumOrNull(additiveAmounts(a).map((m) => m.value_wan)));
    const ben = sumInto(acts, data, (a) => sumOrNull(isBeneficiaryCount(a).map((c) => c.value)));
    const sta = sumInto(acts, data, (a) => sumOrNull(isStationedCount(a).map((c) => c.value)));
    const pairings = [...(data.pairingsByTownship.get(t.id) ?? [])];
    const partners = pairings.flatMap((p) => p.baoshan_side.organisations);
    out.set(t.id, {
      code: t.id,
      activityCount: acts.length,
      activityIds: acts.map((a) => a.id),
      aidWan: aid.total,
      aidShared: aid.shared,
      beneficiaries: ben.total,
      beneficiariesShared: ben.shared,
      stationed: sta.total,
      stationedShared: sta.shared,
      pairings,
      pairedWith: pairings.length > 0 ? [...new Set(partners)] : null,
    });
  }
  return out;
}

export interface AmountLedger {
  /** 万元 attributable to exactly one township, by code */
  singleTownship: Map<string, number>;
  /** amounts shared by several townships, each listed once */
  shared: SharedFigure[];
  /** county-wide additive amounts (never assigned to a township) */
  county: number;
  /** amounts at Huize sites whose township is not proven */
  unassigned: number;
  /** amounts outside Huize */
  outside: number;
  /** sum of every additive amount, each once */
  totalAdditive: number;
  /** stated totals that may contain other amounts: shown, never summed */
  nonAdditive: { activityId: string; key: string; value_wan: number }[];
}

/** Every additive amount lands in exactly one bucket, so the buckets add up to totalAdditive. */
export function amountLedger(data: HuizeData): AmountLedger {
  const ledger: AmountLedger = {
    singleTownship: new Map(),
    shared: [],
    county: 0,
    unassigned: 0,
    outside: 0,
    totalAdditive: 0,
    nonAdditive: [],
  };
  for (const a of data.activities.values()) {
    for (const m of a.amounts) {
      if (!m.additive) {
        ledger.nonAdditive.push({ activityId: a.id, key: m.key, value_wan: m.value_wan });
        continue;
      }
      ledger.totalAdditive += m.value_wan;
      if (a.scope === 'county') ledger.county += m.value_wan;
      else if (a.scope === 'unassigned') ledger.unassigned += m.value_wan;
      else if (a.scope === 'outside') ledger.outside += m.value_wan;
      else {
        const townships = data.townshipsOf(a);
        const [only] = townships;
        if (townships.length === 1 && only !== undefined) {
          ledger.singleTownship.set(only, (ledger.singleTownship.get(only) ?? 0) + m.value_wan);
        } else {
          ledger.shared.push({ activityId: a.id, value: m.value_wan, townships });
        }
      }
    }
  }
  return ledger;
}

/** 万元 attributable to townships, a shared amount counted once. */
export function totalAttributable(data: HuizeData): number {
  const l = amountLedger(data);
  let sum = 0;
  for (const v of l.singleTownship.values()) sum += v;
  for (const s of l.shared) sum += s.value;
  return sum;
}

/** Rounds 万元 sums for display and comparison (binary floats: 6.48 + 4.75 ≠ 11.23 exactly). */
export function roundWan(v: number): number {
  return Math.round(v * 10000) / 10000;
}
