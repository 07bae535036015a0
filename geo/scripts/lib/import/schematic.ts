/**
 * The project's own schematic cells are not official boundaries: imported, they would be written with
 * precision "official" and shown as such. A file whose features say they are schematic, or whose every
 * township has exactly the cells' shape, is refused.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { polygonsOf } from '../geometry';
import { ImportError } from './error';

/** The schematic cells of `file`, or null when it holds official boundaries (or is not there). */
export function readSchematic(file: string): FeatureCollection | null {
  if (!existsSync(file)) return null;
  try {
    const fc = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection & { precision?: string };
    return fc.precision === 'schematic' ? fc : null;
  } catch {
    return null;
  }
}

/** Far below any survey's precision, above the cells' rounding to 5 decimals once re-read. */
const SAME = 1e-7;

function samePolygons(a: Position[][][], b: Position[][][]): boolean {
  if (a.length !== b.length) return false;
  return a.every((poly, i) => {
    const other = b[i]!;
    if (poly.length !== other.length) return false;
    return poly.every((ring, j) => {
      const r = other[j]!;
      return (
        ring.length === r.length &&
        ring.every((p, k) => Math.abs(p[0]! - r[k]![0]!) <= SAME && Math.abs(p[1]! - r[k]![1]!) <= SAME)
      );
    });
  });
}

export function checkNotSchematic(
  file: string,
  features: Feature[],
  byCode: ReadonlyMap<string, Position[][][]>,
  schematic: FeatureCollection | null,
): void {
  const marked = features.filter(
    (f) => (f.properties as { precision?: unknown } | null)?.precision === 'schematic',
  ).length;
  if (marked > 0)
    throw new ImportError(
      'schematic',
      `${file}: ${marked} feature(s) say precision "schematic": these are the project's own schematic cells, not official boundaries; nothing imported`,
    );
  if (!schematic) return;
  const cells = new Map(
    schematic.features.map((f) => [
      String((f.properties as { code?: unknown } | null)?.code),
      f.geometry ? polygonsOf(f.geometry as Parameters<typeof polygonsOf>[0]) : [],
    ]),
  );
  const same = [...byCode].every(([code, polygons]) => {
    const cell = cells.get(code);
    return cell !== undefined && samePolygons(polygons, cell);
  });
  if (same)
    throw new ImportError(
      'schematic',
      `${file} has exactly the shapes of the schematic cells (geo/townships.geojson): importing them would label schematic lines official; nothing imported`,
    );
}
