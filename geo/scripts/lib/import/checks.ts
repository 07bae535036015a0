/**
 * What the imported boundaries must be before anything is written: rings closed, 4+ finite positions and
 * not crossing themselves; on Huize with the CRS chosen; together covering ≥ 97 % of the county outline and
 * overlapping by < 0.5 % of it. Each failure is an ImportError naming the township, the pair or the CRS.
 */
import * as turf from '@turf/turf';
import * as polyclip from 'polyclip-ts';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { polygonArea, selfIntersections, type Point } from '../../../../src/geo/planar';
import { huizeOutline } from '../../build-geo';
import { mapGeometry, polygonsOf } from '../geometry';
import { toPlane } from '../project';
import type { TownshipUnit } from '../units';
import { ImportError } from './error';

export const minCoverage = 0.97;
export const maxOverlap = 0.005;

const areaOf = (polygons: Point[][][]) => polygons.reduce((s, p) => s + polygonArea(p), 0);

/** Coordinates finite, rings closed with 4+ positions (before any conversion). */
export function checkRings(unit: TownshipUnit, polygons: Position[][][]): void {
  for (const poly of polygons) {
    for (const ring of poly) {
      const bad = ring.length < 4 || ring.some((p) => !Number.isFinite(p[0]) || !Number.isFinite(p[1]));
      const open =
        ring.length > 0 &&
        (ring[0]![0] !== ring[ring.length - 1]![0] || ring[0]![1] !== ring[ring.length - 1]![1]);
      if (bad || open)
        throw new ImportError(
          `${unit.name_zh} (${unit.code}) has a broken ring (${bad ? 'fewer than 4 positions or non-numbers' : 'not closed'})`,
        );
    }
  }
}

/** Huize's outline in WGS84 and in the equal-area plane, with its area there. */
export interface CountyOutline {
  lonLat: Feature<Polygon | MultiPolygon>;
  plane: Point[][][];
  m2: number;
}

export function countyOutline(counties: FeatureCollection): CountyOutline {
  const lonLat = huizeOutline(counties);
  const plane = mapGeometry(polygonsOf(lonLat.geometry), toPlane);
  return { lonLat, plane, m2: areaOf(plane) };
}

/** At least 90 % of the positions within 0.2° of Huize's box, else the CRS is wrong. */
export function checkOnHuize(lonLat: Map<string, Position[][][]>, outline: CountyOutline, crs: string): void {
  const [ominX, ominY, omaxX, omaxY] = turf.bbox(outline.lonLat);
  const all = [...lonLat.values()].flat(3);
  const inBox = all.filter(
    (p) => p[0]! > ominX - 0.2 && p[0]! < omaxX + 0.2 && p[1]! > ominY - 0.2 && p[1]! < omaxY + 0.2,
  ).length;
  if (inBox < all.length * 0.9) {
    const c = all[0]!;
    throw new ImportError(
      `with CRS ${crs} the boundaries do not fall on Huize County (first point at ${c[0]!.toFixed(3)}, ${c[1]!.toFixed(3)}; Huize spans ${ominX.toFixed(2)}–${omaxX.toFixed(2)}°E, ${ominY.toFixed(2)}–${omaxY.toFixed(2)}°N): the CRS looks wrong`,
    );
  }
}

/** Each unit in the equal-area plane; a ring that crosses itself is refused. */
export function planesOf(
  units: TownshipUnit[],
  lonLat: Map<string, Position[][][]>,
): Map<string, Point[][][]> {
  const planes = new Map<string, Point[][][]>();
  for (const u of units) {
    const plane = mapGeometry(lonLat.get(u.code)!, toPlane);
    for (const poly of plane) {
      if (selfIntersections(poly).length > 0)
        throw new ImportError(`${u.name_zh} (${u.code}) has a ring that crosses itself`);
    }
    planes.set(u.code, plane);
  }
  return planes;
}

/** Coverage of the county outline and overlaps between townships, as shares of the outline's area. */
export function checkTiling(
  units: TownshipUnit[],
  planes: Map<string, Point[][][]>,
  outline: CountyOutline,
  crs: string,
): { coverage: number; overlap: number } {
  const geoms = units.map((u) => planes.get(u.code)! as polyclip.Geom);
  const union = polyclip.union(geoms[0]!, ...geoms.slice(1)) as Point[][][];
  const covered = polyclip.intersection(
    union as polyclip.Geom,
    outline.plane as polyclip.Geom,
  ) as Point[][][];
  const coverage = areaOf(covered) / outline.m2;
  const unionM2 = areaOf(union);
  const sumM2 = units.reduce((s, u) => s + areaOf(planes.get(u.code)!), 0);
  // Rounding in the clipper can make the difference a hair below zero.
  const overlap = Math.max(0, (sumM2 - unionM2) / outline.m2);
  if (overlap >= maxOverlap) {
    let worst = { a: '', b: '', m2: 0 };
    units.forEach((a, i) =>
      units.slice(i + 1).forEach((b) => {
        const inter = polyclip.intersection(
          planes.get(a.code)! as polyclip.Geom,
          planes.get(b.code)! as polyclip.Geom,
        ) as Point[][][];
        const m2 = areaOf(inter);
        if (m2 > worst.m2) worst = { a: a.name_zh, b: b.name_zh, m2 };
      }),
    );
    throw new ImportError(
      `townships overlap by ${(overlap * 100).toFixed(2)} % of the county (limit ${maxOverlap * 100} %); most between ${worst.a} and ${worst.b} (${(worst.m2 / 1e6).toFixed(2)} km²)`,
    );
  }
  if (coverage < minCoverage) {
    throw new ImportError(
      `the townships cover ${(coverage * 100).toFixed(1)} % of the county outline (at least ${minCoverage * 100} % needed): a township is too small or the CRS is off (${crs})`,
    );
  }
  return { coverage, overlap };
}
