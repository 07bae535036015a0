/**
 * Measures a township file against what is known: areas, seat anchors, gazetteer neighbours, tiling.
 * Used by the tests and printed by build-geo.ts for the README.
 */
import * as polyclip from 'polyclip-ts';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { distanceToBoundary, pointInPolygon, polygonArea, type Point } from '../../../src/geo/planar';
import { toPlane } from './project';
import { topologyOf } from './topology';

export interface AnchorLike {
  code: string;
  name_zh: string;
  lon: number;
  lat: number;
  uncertainty_km: number;
  neighbours: { name: string; kind: string }[];
}

interface CellProps {
  code: string;
  name_zh: string;
  area_km2: number;
  area_official_km2: number | null;
}

function plane(geometry: Polygon | MultiPolygon): Point[][][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((p) => p.map((ring) => ring.map(toPlane)));
}

/** Gazetteer neighbour names → codes; "金钟街道 (as 金钟镇)" means the former town, i.e. any urban 街道. */
export function gazetteerPairs(anchors: AnchorLike[]): { a: string; b: string[]; text: string }[] {
  const byName = new Map(anchors.map((a) => [a.name_zh, a.code]));
  const urban = anchors.filter((a) => a.name_zh.endsWith('街道')).map((a) => a.code);
  const seen = new Set<string>();
  const pairs: { a: string; b: string[]; text: string }[] = [];
  for (const anchor of anchors) {
    for (const n of anchor.neighbours) {
      if (n.kind !== 'township') continue;
      const name = n.name.split(' ')[0]!;
      const formerTown = n.name.includes('金钟镇');
      const codes = formerTown ? urban : [byName.get(name)].filter((c): c is string => c !== undefined);
      if (codes.length === 0) continue;
      const key = [anchor.code, formerTown ? 'urban' : codes[0]!].sort().join('|');
      const mirror = formerTown ? null : [codes[0]!, anchor.code].sort().join('|');
      // 金钟街道's own list names the rural neighbours of the former town: count those once too.
      const urbanSelf = urban.includes(anchor.code) ? [anchor.code, codes[0]!].sort().join('|') : null;
      const keys = [
        key,
        mirror,
        urbanSelf,
        urban.includes(anchor.code) ? ['urban', codes[0]!].sort().join('|') : null,
      ];
      if (keys.some((k) => k && seen.has(k))) continue;
      for (const k of keys) if (k) seen.add(k);
      if (urban.includes(anchor.code) && !formerTown) {
        pairs.push({ a: codes[0]!, b: urban, text: `${name}–金钟镇 (any urban 街道)` });
      } else
        pairs.push({
          a: anchor.code,
          b: codes,
          text: `${anchor.name_zh}–${formerTown ? '金钟镇 (any urban 街道)' : name}`,
        });
    }
  }
  return pairs;
}

export interface Evaluation {
  worstAreaError: { code: string; name: string; error: number };
  areaErrors: { code: string; name: string; km2: number; official: number; error: number }[];
  anchorsInside: string[];
  anchorsWithinUncertainty: string[];
  anchorsOutside: { code: string; name: string; km: number; uncertainty: number }[];
  adjacentPairs: string[];
  missingPairs: string[];
  pairCount: number;
  unionKm2: number;
  outlineKm2: number;
  overlapKm2: number;
  multipart: string[];
}

export function evaluate(
  townships: FeatureCollection<Polygon | MultiPolygon>,
  outline: Feature<Polygon | MultiPolygon>,
  anchors: AnchorLike[],
): Evaluation {
  const features = townships.features as Feature<Polygon | MultiPolygon, CellProps>[];
  const cells = features.map((f) => plane(f.geometry));
  const areaErrors = features
    .filter((f) => f.properties.area_official_km2 !== null)
    .map((f, _i) => {
      const km2 = cells[features.indexOf(f)]!.reduce((s, p) => s + polygonArea(p), 0) / 1e6;
      const official = f.properties.area_official_km2!;
      return {
        code: f.properties.code,
        name: f.properties.name_zh,
        km2,
        official,
        error: (km2 - official) / official,
      };
    });
  const worst = areaErrors.reduce((a, b) => (Math.abs(b.error) > Math.abs(a.error) ? b : a), {
    code: '',
    name: '',
    km2: 0,
    official: 0,
    error: 0,
  });
  const anchorsInside: string[] = [];
  const anchorsWithinUncertainty: string[] = [];
  const anchorsOutside: Evaluation['anchorsOutside'] = [];
  for (const a of anchors) {
    const i = features.findIndex((f) => f.properties.code === a.code);
    const p = toPlane([a.lon, a.lat]);
    const polys = cells[i] ?? [];
    if (polys.some((poly) => pointInPolygon(p, poly))) {
      anchorsInside.push(a.code);
      anchorsWithinUncertainty.push(a.code);
    } else {
      const km = Math.min(...polys.map((poly) => distanceToBoundary(p, poly))) / 1000;
      if (km <= a.uncertainty_km) anchorsWithinUncertainty.push(a.code);
      anchorsOutside.push({ code: a.code, name: a.name_zh, km, uncertainty: a.uncertainty_km });
    }
  }
  const { report } = topologyOf(features);
  const index = new Map(features.map((f, i) => [f.properties.code, i]));
  const adjacent = (x: string, y: string) => {
    const [i, j] = [index.get(x)!, index.get(y)!].sort((m, n) => m - n);
    return (report.adjacency.get(`${i}-${j}`) ?? 0) > 0;
  };
  const pairs = gazetteerPairs(anchors);
  const adjacentPairs: string[] = [];
  const missingPairs: string[] = [];
  for (const pair of pairs)
    (pair.b.some((b) => adjacent(pair.a, b)) ? adjacentPairs : missingPairs).push(pair.text);
  const all = cells.flat();
  const union = polyclip.union(all[0]! as polyclip.Geom, ...(all.slice(1) as polyclip.Geom[])) as Point[][][];
  const unionKm2 = union.reduce((s, p) => s + polygonArea(p), 0) / 1e6;
  const sumKm2 = all.reduce((s, p) => s + polygonArea(p), 0) / 1e6;
  const outlineKm2 = plane(outline.geometry).reduce((s, p) => s + polygonArea(p), 0) / 1e6;
  return {
    worstAreaError: { code: worst.code, name: worst.name, error: worst.error },
    areaErrors,
    anchorsInside,
    anchorsWithinUncertainty,
    anchorsOutside,
    adjacentPairs,
    missingPairs,
    pairCount: pairs.length,
    unionKm2,
    outlineKm2,
    overlapKm2: sumKm2 - unionKm2,
    multipart: features
      .filter(
        (f) => f.geometry.type === 'MultiPolygon' || (f.geometry.coordinates as Position[][]).length > 1,
      )
      .map((f) => f.properties.code),
  };
}
