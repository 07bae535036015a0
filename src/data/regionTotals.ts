/**
 * The totals of a region (片区): a set of townships the user picked. Pure.
 *
 * The rules are the metrics' (metrics.ts): a township's value counts a figure shared with other townships in
 * full. A region's total counts each figure once, however many of its townships share it; a figure shared
 * with townships outside the region is still counted in full (the report does not split it), and is listed
 * with the townships inside and outside that share it, so a reader can see why two regions' totals overlap.
 * County-wide and unproven-township figures are never in a region's total: `notAttributable` keeps them.
 */
import type { Activity } from './schema';
import type { HuizeData } from './load';
import { amountLedger, roundWan, type SharedFigure, type TownshipMetrics } from './metrics';

export type RegionMetric = 'activities' | 'aid' | 'reached' | 'stationed';

/** A figure (or an activity) that belongs undivided to several townships, counted once in the region. */
export interface RegionShare {
  activityId: string;
  /** what it adds to the region's total, once (1 for an activity) */
  value: number;
  /** the region's townships that share it, in code order */
  inside: string[];
  /** townships outside the region that share it too, in code order */
  outside: string[];
}

export interface RegionTotal {
  /** null when none of the region's townships has any record, which reads differently from 0 */
  value: number | null;
  /** the figures in `value` that several townships share, each once */
  shared: RegionShare[];
}

export type RegionTotals = { codes: string[] } & Record<RegionMetric, RegionTotal>;

const hasRecord = (m: TownshipMetrics) => m.activityCount > 0 || m.pairings.length > 0;

function total(
  members: readonly TownshipMetrics[],
  inRegion: ReadonlySet<string>,
  value: (m: TownshipMetrics) => number | null,
  shared: (m: TownshipMetrics) => readonly SharedFigure[],
): RegionTotal {
  const figures = new Map<string, SharedFigure>();
  let sum = 0;
  for (const m of members) {
    sum += value(m) ?? 0;
    for (const f of shared(m)) figures.set(f.activityId, f);
  }
  const shares: RegionShare[] = [];
  for (const f of figures.values()) {
    const codes = [...f.townships].sort();
    const inside = codes.filter((c) => inRegion.has(c));
    // Each township of the region added it in full: take back all copies but one.
    sum -= f.value * (inside.length - 1);
    shares.push({
      activityId: f.activityId,
      value: f.value,
      inside,
      outside: codes.filter((c) => !inRegion.has(c)),
    });
  }
  shares.sort((a, b) => a.activityId.localeCompare(b.activityId));
  return { value: members.some(hasRecord) ? sum : null, shared: shares };
}

/** Activities that several townships share, as shared figures of 1 each, for counting them once. */
function sharedActivities(data: HuizeData, m: TownshipMetrics): SharedFigure[] {
  return m.activityIds
    .map((id) => data.activities.get(id))
    .filter((a): a is Activity => a !== undefined)
    .map((a) => ({ activityId: a.id, value: 1, townships: data.townshipsOf(a) }))
    .filter((f) => f.townships.length > 1);
}

/**
 * The totals of the townships `codes` (unknown codes are ignored). `metrics` is townshipMetrics of the same
 * (filtered) data, so the region's totals follow the filters like the map does.
 */
export function regionTotals(
  data: HuizeData,
  metrics: ReadonlyMap<string, TownshipMetrics>,
  codes: readonly string[],
): RegionTotals {
  const known = [...new Set(codes)].filter((c) => metrics.has(c)).sort();
  const inRegion = new Set(known);
  const members = known.map((c) => metrics.get(c)!);
  const aid = total(
    members,
    inRegion,
    (m) => m.aidWan,
    (m) => m.aidShared,
  );
  return {
    codes: known,
    activities: total(
      members,
      inRegion,
      (m) => m.activityCount,
      (m) => sharedActivities(data, m),
    ),
    aid: { ...aid, value: aid.value === null ? null : roundWan(aid.value) },
    reached: total(
      members,
      inRegion,
      (m) => m.beneficiaries,
      (m) => m.beneficiariesShared,
    ),
    stationed: total(
      members,
      inRegion,
      (m) => m.stationed,
      (m) => m.stationedShared,
    ),
  };
}

/** The activities placed at any of the region's townships (a shared one once), in file order. */
export function regionActivities(data: HuizeData, codes: readonly string[]): Activity[] {
  const inRegion = new Set(codes);
  return [...data.activities.values()].filter((a) => data.townshipsOf(a).some((c) => inRegion.has(c)));
}

/** What no region can hold: county-wide records, and those in Huize whose township is not proven. */
export interface NotAttributable {
  county: { activities: number; aidWan: number };
  unassigned: { activities: number; aidWan: number };
}

export function notAttributable(data: HuizeData): NotAttributable {
  const ledger = amountLedger(data);
  return {
    county: { activities: data.countyActivities.length, aidWan: roundWan(ledger.county) },
    unassigned: { activities: data.unassignedActivities.length, aidWan: roundWan(ledger.unassigned) },
  };
}
