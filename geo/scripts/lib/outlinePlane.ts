/** Huize's outline (geo/counties.geojson, role county) in WGS84 and in the equal-area plane, with its area. */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { polygonArea, type Point } from '../../../src/geo/planar';
import { mapGeometry, polygonsOf } from './geometry';
import { toPlane } from './project';

export function huizeOutline(counties: FeatureCollection): Feature<Polygon | MultiPolygon> {
  const huize = counties.features.find((f) => f.properties?.role === 'county');
  if (!huize) throw new Error('geo/counties.geojson has no feature with role "county"');
  return huize as Feature<Polygon | MultiPolygon>;
}

export interface CountyOutline {
  lonLat: Feature<Polygon | MultiPolygon>;
  plane: Point[][][];
  m2: number;
}

export function countyOutline(counties: FeatureCollection): CountyOutline {
  const lonLat = huizeOutline(counties);
  const plane = mapGeometry(polygonsOf(lonLat.geometry), toPlane);
  return { lonLat, plane, m2: plane.reduce((s, p) => s + polygonArea(p), 0) };
}
