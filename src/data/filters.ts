import type { HuizeData } from './load';
import type { Activity } from './schema';

/** What the user filters by; an empty list means "all". */
export interface ActivityFilters {
  categories: readonly string[];
  actors: readonly string[];
  years: readonly number[];
}

export const noFilters: ActivityFilters = { categories: [], actors: [], years: [] };

export function isFiltered(f: ActivityFilters): boolean {
  return f.categories.length > 0 || f.actors.length > 0 || f.years.length > 0;
}

/**
 * Whether an activity passes. A year filter keeps records dated in a chosen year, and records dated
 * "since Y" (以来) when a chosen year is Y or later, since they cover it; undated records drop out.
 */
export function matches(activity: Activity, f: ActivityFilters): boolean {
  if (f.categories.length && !f.categories.includes(activity.category)) return false;
  if (f.actors.length && !activity.actors.some((a) => f.actors.includes(a))) return false;
  if (f.years.length) {
    const date = activity.date;
    if (!date) return false;
    const covered =
      date.relation === 'since' ? f.years.some((y) => y >= date.year) : f.years.includes(date.year);
    if (!covered) return false;
  }
  return true;
}

/**
 * The same dataset with only the activities that pass, so metrics, legend, panels and table all follow the
 * filters. Pairings follow the category filter (they are the "pairing" category).
 */
export function applyFilters(data: HuizeData, f: ActivityFilters): HuizeData {
  if (!isFiltered(f)) return data;
  const keep = (a: Activity) => matches(a, f);
  const activities = new Map([...data.activities].filter(([, a]) => keep(a)));
  const pairingsShown = f.categories.length === 0 || f.categories.includes('pairing');
  const activitiesByTownship = new Map(
    [...data.activitiesByTownship].map(([code, list]) => [code, list.filter(keep)] as const),
  );
  const pairingsByTownship = new Map(
    [...data.pairingsByTownship].map(([code, list]) => [code, pairingsShown ? list : []] as const),
  );
  return {
    ...data,
    activities,
    pairings: pairingsShown ? data.pairings : new Map(),
    activitiesByTownship,
    countyActivities: data.countyActivities.filter(keep),
    unassignedActivities: data.unassignedActivities.filter(keep),
    outsideActivities: data.outsideActivities.filter(keep),
    pairingsByTownship,
  };
}

/** The years any activity is dated in, for the year filter's choices. */
export function yearsOf(data: HuizeData): number[] {
  const years = new Set<number>();
  for (const a of data.activities.values()) if (a.date) years.add(a.date.year);
  return [...years].sort((a, b) => a - b);
}

/** Organisations that act in at least one activity, for the actor filter's choices. */
export function actorsOf(data: HuizeData): string[] {
  const ids = new Set<string>();
  for (const a of data.activities.values()) for (const id of a.actors) ids.add(id);
  return [...ids].sort();
}
