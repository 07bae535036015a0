/**
 * The output: borders simplified once per shared arc (topojson-simplify), rounded to 5 decimals, in the
 * schema of the schematic cells with precision "official" and a provenance; written to a temporary file
 * and renamed, so that a failure leaves the old file as it was.
 */
import { renameSync, writeFileSync } from 'node:fs';
import * as topojsonSimplify from 'topojson-simplify';
import type { Feature, MultiPolygon, Position } from 'geojson';
import { polygonArea } from '../../../../src/geo/planar';
import { loadAnchors, serialise, townshipFeature } from '../../build-geo';
import { polygonsOf, toGeometry } from '../geometry';
import { toPlane } from '../project';
import { cleanRing, featuresFromTopology, orient, roundCoordinate, topologyOf } from '../topology';
import type { TownshipUnit } from '../units';
import type { Fit } from './fit';

/** Simplification threshold: planar area (deg², the topojson-simplify unit) of triangles that may go. */
const simplifyMinWeight = 1e-9;

/** Same properties as a schematic cell; the geometry stays multi-part where the official one is. */
function officialFeature(unit: TownshipUnit, polygons: Position[][][], official: number | null) {
  const largest = polygons.reduce((a, b) =>
    polygonArea(b.map((r) => r.map(toPlane))) > polygonArea(a.map((r) => r.map(toPlane))) ? b : a,
  );
  const feature = townshipFeature(unit, largest, 'official', official);
  const km2 = polygons.reduce((s, p) => s + polygonArea(p.map((r) => r.map(toPlane))), 0) / 1e6;
  feature.properties.area_km2 = Math.round(km2 * 100) / 100;
  return { ...feature, geometry: toGeometry(polygons) };
}

/** Each unit's feature, in the units' order, with shared borders simplified once and kept identical. */
export function officialFeatures(units: TownshipUnit[], lonLat: Map<string, Position[][][]>) {
  const draft: Feature<MultiPolygon>[] = units.map((u) => ({
    type: 'Feature',
    properties: { code: u.code },
    geometry: { type: 'MultiPolygon', coordinates: lonLat.get(u.code)! },
  }));
  const { topology } = topologyOf(draft);
  const simplified = topojsonSimplify.simplify(
    topojsonSimplify.presimplify(
      topology as Parameters<typeof topojsonSimplify.presimplify>[0],
      topojsonSimplify.planarTriangleArea,
    ),
    simplifyMinWeight,
  );
  const back = featuresFromTopology(simplified);
  const official = new Map(loadAnchors().map((a) => [a.code, a.area_km2]));
  return units.map((u, i) => {
    const polygons = polygonsOf(back[i]!.geometry)
      .map((poly) =>
        orient(
          poly
            .map((ring) => cleanRing(ring.map((p) => [roundCoordinate(p[0]!), roundCoordinate(p[1]!)])))
            .filter((r): r is Position[] => r !== null),
        ),
      )
      .filter((poly) => poly.length > 0);
    // 金钟's gazetteer figure is the former town's (see build-geo.ts): not compared with an official cell.
    const area = u.code === '530326003' ? null : (official.get(u.code) ?? null);
    return officialFeature(u, polygons, area);
  });
}

export interface Provenance {
  crs: string;
  crsNote: string;
  fit: Fit;
  matchedBy: Record<string, string>;
  coverage: number;
  overlap: number;
  repairs: Record<string, string[]>;
}

/** The collection as written: precision "official", the input's file name as its source. */
export function officialCollection(file: string, features: unknown[], p: Provenance) {
  return {
    type: 'FeatureCollection',
    precision: 'official',
    source: `Official township boundaries imported from ${file}`,
    provenance: {
      file,
      crs: p.crs,
      crs_chosen: p.crsNote,
      fit_to_county_outline: {
        coverage: Math.round(p.fit.coverage * 10000) / 10000,
        mean_offset_m: Math.round(p.fit.meanOffsetM),
        largest_offset_m: Math.round(p.fit.largestOffsetM),
      },
      matched_by: p.matchedBy,
      repairs: p.repairs,
      coverage_of_county_outline: Math.round(p.coverage * 10000) / 10000,
      overlap_share: Math.round(p.overlap * 1e6) / 1e6,
      simplification: `topojson-simplify, planar triangle area ≥ ${simplifyMinWeight} deg², shared borders kept identical; 5 decimals`,
      script: 'geo/scripts/import-boundaries.ts',
    },
    features,
  };
}

/** Written whole or not at all: a temporary file next to the output, renamed over it. */
export function writeAtomically(output: string, value: unknown): void {
  const temp = `${output}.${process.pid}.tmp`;
  writeFileSync(temp, serialise(value));
  renameSync(temp, output);
}
