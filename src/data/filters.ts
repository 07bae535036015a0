import type { HuizeData } from './load';
import type { Activity, Citation, Source } from './schema';

/** What the user filters by; an empty list means "all". */
export interface ActivityFilters {
  categories: readonly string[];
  actors: readonly string[];
  years: readonly number[];
  /** source ids (sources.json): records citing one of them */
  sources?: readonly string[];
}

export const noFilters: ActivityFilters = { categories: [], actors: [], years: [], sources: [] };

export function isFiltered(f: ActivityFilters): boolean {
  return f.categories.length > 0 || f.actors.length > 0 || f.years.length > 0 || (f.sources?.length ?? 0) > 0;
}

/** Whether a record's citation passes the source filter. */
const fromSource = (r: { citation: Citation }, f: ActivityFilters): boolean =>
  !f.sources?.length || f.sources.includes(r.citation.source);

/**
 * Whether an activity passes. A year filter keeps records dated in a chosen year, and records dated
 * "since Y" (以来) when a chosen year is Y or later, since they cover it; undated records drop out.
 */
export function matches(activity: Activity, f: ActivityFilters): boolean {
  if (f.categories.length && !f.categories.includes(activity.category)) return false;
  if (f.actors.length && !activity.actors.some((a) => f.actors.includes(a))) return false;
  if (!fromSource(activity, f)) return false;
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
 * filters. Pairings follow the category filter (they are the "pairing" category) and the source filter.
 */
export function applyFilters(data: HuizeData, f: ActivityFilters): HuizeData {
  if (!isFiltered(f)) return data;
  const keep = (a: Activity) => matches(a, f);
  const activities = new Map([...data.activities].filter(([, a]) => keep(a)));
  const pairingsShown = f.categories.length === 0 || f.categories.includes('pairing');
  const activitiesByTownship = new Map(
    [...data.activitiesByTownship].map(([code, list]) => [code, list.filter(keep)] as const),
  );
  const keepPairing = (p: { citation: Citation }) => pairingsShown && fromSource(p, f);
  const pairingsByTownship = new Map(
    [...data.pairingsByTownship].map(([code, list]) => [code, list.filter(keepPairing)] as const),
  );
  return {
    ...data,
    activities,
    pairings: new Map([...data.pairings].filter(([, p]) => keepPairing(p))),
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

/** The sources some activity or pairing cites, in registry order, for the source filter's choices. */
export function sourcesOf(data: HuizeData): string[] {
  const cited = new Set(
    [...data.activities.values(), ...data.pairings.values()].map((r) => r.citation.source),
  );
  return [...data.sources.keys()].filter((id) => cited.has(id));
}

/**
 * The sources of what is shown, each with the years of its shown activities: one source line each in the
 * export (and wherever the map names its sources). People are not counted: they are shown with records.
 */
export function sourcesUsed(data: HuizeData): { source: Source; years: number[] }[] {
  return sourcesOf(data).map((id) => {
    const years = new Set<number>();
    for (const a of data.activities.values()) if (a.citation.source === id && a.date) years.add(a.date.year);
    return { source: data.sources.get(id)!, years: [...years].sort((a, b) => a - b) };
  });
}

/** Organisations that act in at least one activity, for the actor filter's choices. */
export function actorsOf(data: HuizeData): string[] {
  const ids = new Set<string>();
  for (const a of data.activities.values()) for (const id of a.actors) ids.add(id);
  return [...ids].sort();
}
