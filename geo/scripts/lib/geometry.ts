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
