/**
 * Pure helpers of the detail panels (county summary, township panel, site panel, activity item): what to
 * list, in which order, and which figures nest under which. The components only render what these return.
 */
import { ActivityCategory, type Locale, type SiteKind } from '../../domain';
import type { HuizeData } from '../../data/load';
import type { SharedFigure, TownshipMetrics } from '../../data/metrics';

import type { Activity, Amount, Count, Direction, Place } from '../../data/schema';
import type { SitePoint } from '../../data/sites';
import type { MessageKey } from '../../i18n/messages';

/** Kinds of place drawn as sites on the map and listed under their township. */
const siteKindsInPanels: readonly SiteKind[] = ['village', 'school', 'health-centre', 'base', 'old-town'];

export interface CategoryGroup {
  category: ActivityCategory;
  activities: Activity[];
}

/**
 * The county summary's order: money first, then people and exchanges, as the officials who use the map
 * report the cooperation. Every category is listed, so nothing can drop out of the summary.
 */
export const countyCategoryOrder: readonly ActivityCategory[] = [
  'funding',
  'labour',
  'training',
  'secondment',
  'visit',
  'meeting',
  'industry',
  'pairing',
  'donation',
  'coordination',
  'publicity',
];

/**
 * Activities grouped by category, in the given order of categories (the schema's by default), keeping the
 * order of the activities inside each group; empty groups are dropped.
 */
export function groupByCategory(
  activities: readonly Activity[],
  order: readonly ActivityCategory[] = ActivityCategory.options,
): CategoryGroup[] {
  return order
    .map((category) => ({ category, activities: activities.filter((a) => a.category === category) }))
    .filter((g) => g.activities.length > 0);
}

/**
 * The other townships an activity belongs to together with `code`, in code order (empty when it is not
 * shared). The metrics' shared figures are merged in, so a figure counted in several townships on the map
 * is always marked as shared in the panel too.
 */
export function sharedWith(
  data: HuizeData,
  activity: Activity,
  code: string,
  metrics?: TownshipMetrics,
): string[] {
  const codes = new Set(data.townshipsOf(activity));
  if (metrics) {
    const figures: SharedFigure[] = [
      ...metrics.aidShared,
      ...metrics.beneficiariesShared,
      ...metrics.stationedShared,
    ];
    for (const f of figures) if (f.activityId === activity.id) for (const t of f.townships) codes.add(t);
  }
  if (codes.size < 2) return [];
  codes.delete(code);
  return [...codes].sort();
}

/** Sites the data proves lie in a township: by kind (the panel's order), then by Chinese name. */
export function sitesOfTownship(data: HuizeData, code: string): (Place & { kind: SiteKind })[] {
  const order = (p: Place) => (siteKindsInPanels as readonly string[]).indexOf(p.kind);
  return [...data.places.values()]
    .filter((p): p is Place & { kind: SiteKind } => p.township === code && order(p) >= 0)
    .sort((a, b) => order(a) - order(b) || a.name_zh.localeCompare(b.name_zh, 'zh-CN'));
}

/**
 * A place and every place inside it, however deep (a village, the base within it, …). Townships are not
 * followed: a site never contains a township, and a village's `within` is its township.
 */
export function placesInside(data: HuizeData, placeId: string): Set<string> {
  const inside = new Set([placeId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of data.places.values()) {
      if (p.within !== null && inside.has(p.within) && !inside.has(p.id) && p.kind !== 'township') {
        inside.add(p.id);
        grew = true;
      }
    }
  }
  return inside;
}

/** Activities at a site or at a place inside it (the crayfish base within 白务村), in file order. */
export function activitiesAtPlace(data: HuizeData, placeId: string): Activity[] {
  const inside = placesInside(data, placeId);
  return [...data.activities.values()].filter((a) => a.places.some((id) => inside.has(id)));
}

/** The places of an activity that lie in a township (what its panel names beside the activity). */
export function placesIn(data: HuizeData, activity: Activity, code: string): Place[] {
  return activity.places
    .map((id) => data.places.get(id))
    .filter((p): p is Place => p !== undefined && (p.township === code || p.id === code));
}

/** A figure line of an activity: an amount, or a count with its "of which" parts nested under it. */
export type FigureRow =
  | { type: 'amount'; key: string; amount: Amount }
  | {
      type: 'count';
      key: string;
      count: Count;
      /** counts of the same record that are "of which" parts of this one: shown nested, never added */
      parts: Count[];
      /** when this count is part of a figure in another record: that record's id */
      partOfRecord: string | null;
    };

/**
 * The figures of an activity in the order of the record, each "of which" part nested under its whole (a part
 * whose whole is in another record stays a row of its own and names that record).
 */
export function figureRows(activity: Activity): FigureRow[] {
  const own = (c: Count) => {
    if (c.part_of === null) return null;
    const [record, key] = c.part_of.split('#');
    return record === activity.id && activity.counts.some((w) => w.key === key) ? key : null;
  };
  const rows: FigureRow[] = activity.amounts.map((amount) => ({
    type: 'amount',
    key: `a-${amount.key}`,
    amount,
  }));
  for (const count of activity.counts) {
    if (own(count) !== null) continue;
    const record = count.part_of?.split('#')[0];
    rows.push({
      type: 'count',
      key: `c-${count.key}`,
      count,
      parts: activity.counts.filter((p) => own(p) === count.key),
      partOfRecord: record !== undefined && record !== activity.id ? record : null,
    });
  }
  return rows;
}

// Lives with the other figure wording (the brief writes parts too); kept importable from here.
export { partDescription } from '../../i18n/partOf';

/** What the county summary shows: county-wide records by category, unassigned ones, and a count outside. */
export interface CountySections {
  county: CategoryGroup[];
  unassigned: CategoryGroup[];
  outsideCount: number;
}

export function countySections(data: HuizeData): CountySections {
  return {
    county: groupByCategory(data.countyActivities, countyCategoryOrder),
    unassigned: groupByCategory(data.unassignedActivities, countyCategoryOrder),
    outsideCount: data.outsideActivities.length,
  };
}

/** The dictionary key of an activity's direction. */
export function directionKey(direction: Direction): 'act.dir.toHuize' | 'act.dir.toShanghai' {
  return direction === 'shanghai-to-yunnan' ? 'act.dir.toHuize' : 'act.dir.toShanghai';
}

const positionKeys = {
  own: 'panel.positionOwn',
  within: 'panel.positionWithin',
  township: 'panel.positionTownship',
} as const satisfies Record<SitePoint['positionFrom'], MessageKey>;

/**
 * The dictionary key that says where a site's point on the map comes from: with `{km}` to fill in, or
 * `panel.positionNone` when the site is not drawn.
 */
export function positionKey(
  point: SitePoint | undefined,
): (typeof positionKeys)[SitePoint['positionFrom']] | 'panel.positionNone' {
  return point ? positionKeys[point.positionFrom] : 'panel.positionNone';
}

/**
 * Why the point the map draws for a site is where it is, written for the reader in `locale`: its own
 * location's basis, or that of the place it lies in when it is drawn there; null when it is drawn at its
 * township's centre or not at all. (The technical `basis`, with file names, is for whoever checks the data.)
 */
export function positionBasis(
  data: HuizeData,
  place: Place,
  point: SitePoint | undefined,
  locale: Locale,
): string | null {
  if (!point) return null;
  const from =
    point.positionFrom === 'own'
      ? place
      : point.positionFrom === 'within' && place.within !== null
        ? data.places.get(place.within)
        : undefined;
  const location = from?.location;
  if (!location) return null;
  return locale === 'zh-CN' ? location.basis_zh : location.basis_en;
}

/** The place a site lies in, when that is finer than its township (the village of a base). */
export function enclosingPlace(data: HuizeData, place: Place): Place | null {
  if (place.within === null) return null;
  const within = data.places.get(place.within);
  return within && within.kind !== 'township' ? within : null;
}

/** A township's figures as the map colours it, with whether a shared figure is part of them. */
export interface KeyFigure {
  metric: 'aid' | 'reached' | 'stationed';
  value: number;
  includesShared: boolean;
}

export function keyFigures(metrics: TownshipMetrics): KeyFigure[] {
  const rows: (KeyFigure | null)[] = [
    metrics.aidWan === null
      ? null
      : { metric: 'aid', value: metrics.aidWan, includesShared: metrics.aidShared.length > 0 },
    metrics.beneficiaries === null
      ? null
      : {
          metric: 'reached',
          value: metrics.beneficiaries,
          includesShared: metrics.beneficiariesShared.length > 0,
        },
    metrics.stationed === null
      ? null
      : { metric: 'stationed', value: metrics.stationed, includesShared: metrics.stationedShared.length > 0 },
  ];
  return rows.filter((r): r is KeyFigure => r !== null);
}

/** Splits a citation phrase around the first occurrence of a figure as written, to highlight it. */
export function splitPhrase(phrase: string, highlight: string | undefined): [string, string, string] {
  const at = highlight ? phrase.indexOf(highlight) : -1;
  if (!highlight || at < 0) return [phrase, '', ''];
  return [phrase.slice(0, at), highlight, phrase.slice(at + highlight.length)];
}

/** The detail column's tabs: the selected township or site (or the county), pairings, beyond Huize. */
