/**
 * What the imported coordinates must be before anything is written: every position two finite numbers (a
 * file that is mostly geographic may not stray outside ±180°/±90°); after conversion, finite and on Huize;
 * and the townships together covering ≥ 97 % of the county outline. The topology (validity, overlaps, gaps)
 * is ../townshipTopology.ts. Each failure is an ImportError naming the township and the position, or the CRS.
 */
import * as turf from '@turf/turf';
import type { Position } from 'geojson';
import type { CountyOutline } from '../outlinePlane';
import type { TownshipUnit } from '../units';
import { ImportError } from './error';

export const minCoverage = 0.97;

const who = (u: TownshipUnit) => `${u.name_zh} (${u.code})`;
const show = (p: unknown) =>
  JSON.stringify(p, (_, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v))?.slice(
    0,
    80,
  );

/** Where in a township's polygons a position is, for the messages: part, ring and position, from 1. */
function* positions(polygons: Position[][][]): Generator<[Position, string]> {
  // A hostile file may nest too little: whatever is not an array is taken as a (bad) position.
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);
  for (const [i, poly] of list(polygons).entries())
    for (const [j, ring] of list(poly).entries())
      for (const [k, p] of list(ring).entries())
        yield [p as Position, `part ${i + 1}, ring ${j + 1}, position ${k + 1}`];
}

const finitePair = (p: unknown): p is Position =>
  Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);

/**
 * Every position two finite numbers, before any conversion. When at least 90 % of all positions are within
 * ±180°/±90° the file is geographic, and a position outside that range is refused too.
 */
export function checkCoordinates(units: TownshipUnit[], polygons: Map<string, Position[][][]>): void {
  let total = 0;
  let geographic = 0;
  for (const u of units) {
    for (const [p, at] of positions(polygons.get(u.code)!)) {
      if (!finitePair(p))
        throw new ImportError(
          'bad-coordinate',
          `${who(u)} has ${show(p)} at ${at}: a position must be two finite numbers`,
        );
      total++;
      if (Math.abs(p[0]!) <= 180 && Math.abs(p[1]!) <= 90) geographic++;
    }
  }
  if (geographic === total || geographic < 0.9 * total) return;
  for (const u of units)
    for (const [p, at] of positions(polygons.get(u.code)!))
      if (Math.abs(p[0]!) > 180 || Math.abs(p[1]!) > 90)
        throw new ImportError(
          'bad-coordinate',
          `${who(u)} has ${show(p)} at ${at}, outside ±180° longitude / ±90° latitude, in a file of geographic coordinates`,
        );
}

/** After conversion: finite, within ±180°/±90° (a projection can give Infinity or NaN far off its zone). */
export function checkConverted(
  u: TownshipUnit,
  lonLat: Position[][][],
  original: Position[][][],
  crs: string,
): void {
  const out = [...positions(lonLat)];
  const inputs = [...positions(original)];
  out.forEach(([p, at], i) => {
    if (!finitePair(p) || Math.abs(p[0]!) > 180 || Math.abs(p[1]!) > 90)
      throw new ImportError(
        'bad-coordinate',
        `${who(u)} has ${show(inputs[i]![0])} at ${at}, which ${crs} converts to ${show(p)}: not a place on Earth`,
      );
  });
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
      'crs',
      `with CRS ${crs} the boundaries do not fall on Huize County (first point at ${c[0]!.toFixed(3)}, ${c[1]!.toFixed(3)}; Huize spans ${ominX.toFixed(2)}–${omaxX.toFixed(2)}°E, ${ominY.toFixed(2)}–${omaxY.toFixed(2)}°N): the CRS looks wrong`,
    );
  }
}

export function checkCoverage(coverage: number, crs: string): void {
  if (coverage < minCoverage)
    throw new ImportError(
      'coverage',
      `the townships cover ${(coverage * 100).toFixed(1)} % of the county outline (at least ${minCoverage * 100} % needed): a township is too small or the CRS is off (${crs})`,
    );
}
