/**
 * Topology of a set of townships against the county outline, counted on a 50 m grid in the equal-area plane
 * (cover.ts; exact clipping of half a million vertices would take minutes): each
 * township a valid polygon or multipolygon (rings closed with 4+ finite positions, none crossing itself,
 * parts not overlapping), no two townships overlapping by more than the tolerance, and no gap between them
 * inside the county above the tolerance. Pure: `geo:import` refuses a file on any error, `check:data` runs
 * the same checks on geo/townships.geojson.
 *
 * Gaps are the holes in the townships' union (places every township borders but none covers); where the
 * file's outer border differs from the outline (another source, another simplification), that shows in the
 * coverage and the offsets of the import's fit, not here.
 */
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { polygonArea, selfIntersections, type Point } from '../../../src/geo/planar';
import { cellKm2, coverage, coverOf, middleCell, uncoveredRegions } from './cover';
import { mapGeometry, polygonsOf } from './geometry';
import { countyOutline, type CountyOutline } from './outlinePlane';
import { toLonLat, toPlane } from './project';
import { eachNeighbour } from './raster';

/** Overlaps above 0.05 km² or above 0.1 % of the smaller township are refused; gaps above 0.05 km². */
export const topologyTolerance = { overlapKm2: 0.05, overlapShare: 0.001, gapKm2: 0.05 };

export type TopologyErrorKind = 'invalid-geometry' | 'overlap' | 'gap';

export interface TopologyError {
  kind: TopologyErrorKind;
  message: string;
  /** Codes of the townships concerned (one when invalid, two for an overlap, those around a gap). */
  codes: string[];
  /** A point inside the overlap or gap, [lon, lat]. */
  at?: [number, number];
  km2?: number;
  /** Invalid only because its parts overlap each other: the import repairs that by merging them. */
  partsOverlap?: true;
}

export interface TopologyTownship {
  code: string;
  name_zh: string;
  polygons: Position[][][];
}

export interface TopologyReport {
  errors: TopologyError[];
  /** Share of the outline's area covered by the union. */
  coverage: number;
  /** Sum of the pairwise overlaps, km² (those under the tolerance included). */
  overlapKm2: number;
}

const who = (t: TopologyTownship) => `${t.name_zh} (${t.code})`;
const fmt = (v: number) => v.toFixed(v < 10 ? 3 : 2);
const where = ([lon, lat]: [number, number]) => `${lon.toFixed(4)}°E ${lat.toFixed(4)}°N`;
const at = (p: Point) => toLonLat(p);

/** Rings closed with 4+ finite positions and not crossing themselves (parts overlapping: from the cover). */
function ringProblem(t: TopologyTownship): string | null {
  if (t.polygons.length === 0) return 'no polygon';
  for (const poly of t.polygons) {
    if (poly.length === 0) return 'a polygon without rings';
    for (const ring of poly) {
      if (ring.length < 4) return 'a ring with fewer than 4 positions';
      if (ring.some((p) => !Number.isFinite(p[0]) || !Number.isFinite(p[1])))
        return 'a position that is not a finite number';
      const [a, b] = [ring[0]!, ring[ring.length - 1]!];
      if (a[0] !== b[0] || a[1] !== b[1]) return 'a ring that is not closed';
    }
  }
  const crossings = mapGeometry(t.polygons, toPlane).reduce((n, p) => n + selfIntersections(p).length, 0);
  return crossings > 0 ? `rings crossing themselves at ${crossings} point${crossings > 1 ? 's' : ''}` : null;
}

export function townshipTopology(townships: TopologyTownship[], outline: CountyOutline): TopologyReport {
  const errors: TopologyError[] = [];
  for (const t of townships) {
    const problem = ringProblem(t);
    if (problem)
      errors.push({
        kind: 'invalid-geometry',
        codes: [t.code],
        message: `${who(t)} is not a valid polygon: ${problem}`,
      });
  }
  if (errors.length > 0) return { errors, coverage: 0, overlapKm2: 0 };

  // Every part of every township on one grid; a part's township is partOf[part].
  const planes = townships.map((t) => mapGeometry(t.polygons, toPlane));
  const partOf = planes.flatMap((p, i) => p.map(() => i));
  const cover = coverOf(planes.flat(), outline.plane);
  const cell = cellKm2(cover);
  const areas = planes.map((p) => p.reduce((s, poly) => s + polygonArea(poly), 0) / 1e6);

  // Shared cells by pair of townships (two parts of one township sharing cells: the township is invalid).
  const byPair = new Map<string, number[]>();
  for (const [key, cells] of cover.shared) {
    const [a, b] = key.split(',').map((k) => partOf[Number(k)]!) as [number, number];
    const pair = a < b ? `${a},${b}` : `${b},${a}`;
    byPair.set(pair, [...(byPair.get(pair) ?? []), ...cells]);
  }
  let overlapKm2 = 0;
  for (const [pair, cells] of byPair) {
    const [i, j] = pair.split(',').map(Number) as [number, number];
    const km2 = cells.length * cell;
    overlapKm2 += i === j ? 0 : km2;
    const smaller = Math.min(areas[i]!, areas[j]!);
    if (km2 <= topologyTolerance.overlapKm2 && km2 <= smaller * topologyTolerance.overlapShare) continue;
    const place = at(middleCell(cover, cells));
    const [a, b] = [townships[i]!, townships[j]!];
    if (i === j) {
      errors.push({
        kind: 'invalid-geometry',
        codes: [a.code],
        at: place,
        km2,
        partsOverlap: true,
        message: `${who(a)} is not a valid polygon: its parts overlap each other by about ${fmt(km2)} km² around ${where(place)}`,
      });
      continue;
    }
    const of = areas[i]! < areas[j]! ? a : b;
    errors.push({
      kind: 'overlap',
      codes: [a.code, b.code],
      at: place,
      km2,
      message: `${who(a)} and ${who(b)} overlap by about ${fmt(km2)} km² (${((km2 / smaller) * 100).toFixed(1)} % of ${of.name_zh}) around ${where(place)}; the tolerance is ${topologyTolerance.overlapKm2} km² or ${topologyTolerance.overlapShare * 100} % of the smaller`,
    });
  }

  // Gaps: uncovered regions that the townships enclose, counted inside the outline.
  const { label, count } = uncoveredRegions(cover);
  const gaps: number[][] = Array.from({ length: count }, () => []);
  for (let i = 0; i < label.length; i++) if (label[i]! > 0 && cover.inOutline[i]) gaps[label[i]!]!.push(i);
  for (const cells of gaps) {
    const km2 = cells.length * cell;
    if (km2 <= topologyTolerance.gapKm2) continue;
    const around = new Set<number>();
    for (const c of cells)
      eachNeighbour(cover.grid, c, (m) => {
        if (cover.owner[m]! >= 0) around.add(partOf[cover.owner[m]!]!);
      });
    const names = [...around].sort((x, y) => x - y).map((k) => townships[k]!);
    const place = at(middleCell(cover, cells));
    errors.push({
      kind: 'gap',
      codes: names.map((t) => t.code),
      at: place,
      km2,
      message: `a gap of about ${fmt(km2)} km² inside the county around ${where(place)} belongs to no township (it lies between ${names.map(who).join(', ')}); the tolerance is ${topologyTolerance.gapKm2} km²`,
    });
  }
  return { errors, coverage: coverage(cover), overlapKm2 };
}

/** The checks on a township file as written (no repair): what `check:data` runs on geo/townships.geojson. */
export function checkTownshipTopology(
  townships: {
    features: readonly { properties: { code: string; name_zh: string }; geometry: Polygon | MultiPolygon }[];
  },
  counties: FeatureCollection,
): TopologyError[] {
  const list = townships.features.map((f) => ({
    code: f.properties.code,
    name_zh: f.properties.name_zh,
    polygons: polygonsOf(f.geometry),
  }));
  return townshipTopology(list, countyOutline(counties)).errors;
}
