/**
 * Each township made a valid polygon or multipolygon, saying what was repaired: repeated positions dropped,
 * open rings closed, and rings that cross themselves (or parts that overlap each other) rebuilt by a
 * self-union (polyclip-ts), which keeps every original vertex and adds the crossing points. A ring with fewer
 * than 3 distinct positions cannot be repaired: it is a broken ring. Works in WGS84; areas in the plane.
 */
import * as polyclip from 'polyclip-ts';
import type { Position } from 'geojson';
import { polygonArea, selfIntersections } from '../../../../src/geo/planar';
import { mapGeometry } from '../geometry';
import { toPlane } from '../project';
import type { TownshipUnit } from '../units';
import { ImportError } from './error';

export interface Repaired {
  polygons: Position[][][];
  /** What was repaired, one phrase each ("closed 1 ring"); empty when nothing was. */
  repairs: string[];
}

const km2 = (polygons: Position[][][]) =>
  mapGeometry(polygons, toPlane).reduce((s, p) => s + polygonArea(p), 0) / 1e6;

const same = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

export function repairTownship(unit: TownshipUnit, polygons: Position[][][]): Repaired {
  const who = `${unit.name_zh} (${unit.code})`;
  if (polygons.length === 0 || polygons.some((poly) => poly.length === 0))
    throw new ImportError('broken-ring', `${who} has a polygon without any ring`);
  let repeated = 0;
  let closed = 0;
  const cleaned = polygons.map((poly) =>
    poly.map((ring) => {
      const out: Position[] = [];
      for (const p of ring) {
        if (out.length > 0 && same(out[out.length - 1]!, p)) repeated++;
        else out.push([p[0]!, p[1]!]);
      }
      // A closed ring's last position repeats its first: not counted as a repeat.
      if (out.length > 1 && same(out[0]!, out[out.length - 1]!)) out.pop();
      else if (ring.length > 0) closed++;
      if (out.length < 3)
        throw new ImportError('broken-ring', `${who} has a ring with fewer than 3 distinct positions`);
      return [...out, out[0]!];
    }),
  );
  const repairs: string[] = [];
  if (repeated > 0) repairs.push(`dropped ${repeated} repeated position${repeated > 1 ? 's' : ''}`);
  if (closed > 0) repairs.push(`closed ${closed} open ring${closed > 1 ? 's' : ''}`);

  const crossings = cleaned.reduce(
    (n, poly) => n + selfIntersections(mapGeometry([poly], toPlane)[0]!).length,
    0,
  );
  if (crossings === 0) return { polygons: cleaned, repairs };
  const what = `rings crossing themselves at ${crossings} point${crossings > 1 ? 's' : ''}`;
  return selfUnion(who, cleaned, repairs, what);
}

/** Parts that overlap each other (found by the topology check) merged by a self-union. */
export function mergeParts(unit: TownshipUnit, polygons: Position[][][]): Repaired {
  return selfUnion(`${unit.name_zh} (${unit.code})`, polygons, [], 'parts overlapping each other');
}

function selfUnion(who: string, cleaned: Position[][][], repairs: string[], what: string): Repaired {
  const before = km2(cleaned);
  const rebuilt = polyclip.union(...(cleaned as [polyclip.Geom])) as Position[][][];
  const after = km2(rebuilt);
  const left = rebuilt.reduce((n, poly) => n + selfIntersections(mapGeometry([poly], toPlane)[0]!).length, 0);
  if (rebuilt.length === 0 || after <= 0 || left > 0)
    throw new ImportError(
      'invalid-geometry',
      `${who} is not a valid polygon (${what}) and a self-union does not make it one (${rebuilt.length} parts left, ${left} crossings)`,
    );
  repairs.push(
    `${what}: rebuilt by a self-union into ${rebuilt.length} part${rebuilt.length > 1 ? 's' : ''} (${before.toFixed(2)} → ${after.toFixed(2)} km²)`,
  );
  return { polygons: rebuilt, repairs };
}
