/**
 * The join of the report's data with the map's geometry: where each site is drawn, each township's extent
 * and official area, the regions that can be picked by name, and the ids a link may name. Computed once at
 * start-up from data that never changes.
 */
import { ActivityCategory, isSiteKind, type KnownIds } from '../domain';
import { boundsOf, unionBounds, type Bounds } from '../geo/bounds';
import type { TownshipsFile } from '../geo/geoFiles';
import { actorsOf, sourcesOf, yearsOf } from './filters';
import type { HuizeData } from './join';
import { namedRegions, type NamedRegion } from './regions';
import { sitePoints, type SitePoint } from './sites';

export interface GeoJoin {
  sites: readonly SitePoint[];
  /** Township code → the bounding box of its cell. */
  townshipBounds: ReadonlyMap<string, Bounds>;
  /** Township code → the point inside its cell where its name is drawn. */
  labelPoints: ReadonlyMap<string, [number, number]>;
  /** Township code → its official area in km², where one is known. */
  areas: ReadonlyMap<string, number | null>;
  regions: readonly NamedRegion[];
  /** What the address bar may name; anything else in a link is dropped. */
  known: KnownIds;
  /** The box around the cells of these townships, or null for none. */
  boundsOfTownships(codes: readonly string[]): Bounds | null;
}

export function joinGeo(data: HuizeData, townships: TownshipsFile): GeoJoin {
  const places = [...data.places.values()];
  const townshipBounds = new Map(townships.features.map((f) => [f.properties.code, boundsOf(f.geometry)]));
  const withAny = (index: ReadonlyMap<string, readonly unknown[]>) =>
    [...index].filter(([, list]) => list.length > 0).map(([code]) => code);
  return {
    sites: sitePoints(places, townships),
    townshipBounds,
    labelPoints: new Map(
      townships.features.map((f) => [f.properties.code, [f.properties.label[0], f.properties.label[1]]]),
    ),
    areas: new Map(townships.features.map((f) => [f.properties.code, f.properties.area_official_km2])),
    regions: namedRegions({
      kinds: new Map(townships.features.map((f) => [f.properties.code, f.properties.kind])),
      withRecords: withAny(data.activitiesByTownship),
      paired: withAny(data.pairingsByTownship),
    }),
    known: {
      townships: new Set(data.townships.map((t) => t.id)),
      sites: new Set(places.filter((p) => p.in_huize && isSiteKind(p.kind)).map((p) => p.id)),
      categories: new Set(ActivityCategory.options),
      actors: new Set(actorsOf(data)),
      years: new Set(yearsOf(data)),
      sources: new Set(sourcesOf(data)),
      records: new Set([...data.activities.keys(), ...data.pairings.keys(), ...data.people.keys()]),
    },
    boundsOfTownships: (codes) =>
      unionBounds(codes.map((c) => townshipBounds.get(c)).filter((b): b is Bounds => b !== undefined)),
  };
}
