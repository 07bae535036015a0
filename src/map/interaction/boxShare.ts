import { area, bbox, featureCollection, intersect, polygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/** A box drawn on the map, as its four corners in lng/lat (in drawing order; the map may be rotated). */
export type BoxCorners = readonly [Position, Position, Position, Position];

/** Share of a feature's area that must lie inside a box for the box to take it (issue 22, item 2). */
const mostlyInside = 0.5;

/**
 * The share (0–1) of a polygon's area that lies inside the box. Computed on the full geometry, not on the
 * rendered features: MapLibre's are clipped to tiles, so their area would be a tile's piece of the whole.
 */
export function shareInside(feature: Feature<Polygon | MultiPolygon>, box: BoxCorners): number {
  const whole = area(feature);
  if (whole === 0) return 0;
  const boxPolygon = polygon([[...box, box[0]].map((p) => [...p])]);
  // A cheap test first: most townships lie wholly outside a box, and the clipper is the costly part.
  if (!extentsOverlap(bbox(feature), bbox(boxPolygon))) return 0;
  const common = intersect(featureCollection([boxPolygon, feature]));
  return common ? Math.min(1, area(common) / whole) : 0;
}

/**
 * The ids of the features that lie mostly (≥ `threshold` of their area) inside the box, in input order.
 * The GIS "intersects" rule took every feature the box touched: a box from one township to its
 * neighbour took 16 of them.
 */
export function featuresMostlyInside<F extends Feature<Polygon | MultiPolygon>>(
  features: readonly F[],
  box: BoxCorners,
  idOf: (feature: F) => string,
  threshold: number = mostlyInside,
): string[] {
  return features.filter((f) => shareInside(f, box) >= threshold).map(idOf);
}

function extentsOverlap(a: number[], b: number[]): boolean {
  const [aw, as, ae, an] = a as [number, number, number, number];
  const [bw, bs, be, bn] = b as [number, number, number, number];
  return aw <= be && bw <= ae && as <= bn && bs <= an;
}
