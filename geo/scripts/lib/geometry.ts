/** Polygon and MultiPolygon handled alike: as a list of polygons, and back. */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** The polygons of a Polygon (one) or a MultiPolygon (each). */
export function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** One polygon as a Polygon, several as a MultiPolygon. */
export function toGeometry(polygons: Position[][][]): Polygon | MultiPolygon {
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0]! }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/** Every position of a list of polygons passed through f. */
export function mapGeometry<T extends Position>(polygons: Position[][][], f: (p: Position) => T): T[][][] {
  return polygons.map((poly) => poly.map((ring) => ring.map(f)));
}

export type Box = [minX: number, minY: number, maxX: number, maxY: number];

/** The box around the outer rings of a list of polygons (a loop: rings may be long). */
export function boxOf(polygons: Position[][][]): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const poly of polygons) {
    for (const [x, y] of poly[0] ?? []) {
      box[0] = Math.min(box[0], x!);
      box[1] = Math.min(box[1], y!);
      box[2] = Math.max(box[2], x!);
      box[3] = Math.max(box[3], y!);
    }
  }
  return box;
}

export const boxesOverlap = (a: Box, b: Box, margin = 0): boolean =>
  a[0] - margin < b[2] && b[0] - margin < a[2] && a[1] - margin < b[3] && b[1] - margin < a[3];
