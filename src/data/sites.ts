import { isSiteKind, type SiteKind } from '../domain';
import type { Place } from './schema';
import type { TownshipsFile } from '../geo/geoFiles';

/** A site as the map draws it: where, how sure, and where that position came from. */
export interface SitePoint {
  id: string;
  kind: SiteKind;
  lon: number;
  lat: number;
  uncertaintyKm: number;
  /** own: the place's own point; within: the village it lies in; township: only its township is known. */
  positionFrom: 'own' | 'within' | 'township';
}

/** Positions finer than this count as known; coarser ones are drawn hollow. */
export const roughPositionKm = 3;

/**
 * Positions for every Huize site that has one: its own point, else the point of the village it lies in,
 * else its township's label point with the township's equivalent radius as uncertainty. A site with none
 * of these is not drawn on the map (its panel and the table still list it).
 */
export function sitePoints(places: readonly Place[], townships: TownshipsFile): SitePoint[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  const cells = new Map(townships.features.map((f) => [f.properties.code, f.properties]));
  const points: SitePoint[] = [];
  for (const place of places) {
    if (!place.in_huize || !isSiteKind(place.kind)) continue;
    const within = place.within ? byId.get(place.within) : undefined;
    const cell = place.township ? cells.get(place.township) : undefined;
    if (place.location) {
      points.push({ id: place.id, kind: place.kind, ...lonLat(place.location), positionFrom: 'own' });
    } else if (within?.location) {
      points.push({ id: place.id, kind: place.kind, ...lonLat(within.location), positionFrom: 'within' });
    } else if (cell) {
      points.push({
        id: place.id,
        kind: place.kind,
        lon: cell.label[0],
        lat: cell.label[1],
        uncertaintyKm: Math.round(Math.sqrt(cell.area_km2 / Math.PI) * 10) / 10,
        positionFrom: 'township',
      });
    }
  }
  return points;
}

function lonLat(location: NonNullable<Place['location']>) {
  return { lon: location.lon, lat: location.lat, uncertaintyKm: location.uncertainty_km };
}
