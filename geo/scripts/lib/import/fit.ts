/**
 * How well a set of townships fits the county outline (geo/counties.geojson, role county), measured in the
 * equal-area plane: the share of the outline they cover, the mean offset between the two borders (the area
 * between them over the outline's length) and the largest offset (the farthest a place between the two
 * borders is from the outline's). A file in the wrong geographic system is off by hundreds of metres
 * everywhere. Counted on the 50 m grid of ../cover.ts, so offsets are good to about 50 m.
 */
import type { Point } from '../../../../src/geo/planar';
import { cellKm2, coverage, coverOf, marginMetres, uncoveredRegions, type Cover } from '../cover';
import type { CountyOutline } from '../outlinePlane';
import { distanceToSeeds, eachNeighbour } from '../raster';

export interface Fit {
  /** Share of the outline's area inside the townships. */
  coverage: number;
  /** Area between the townships' outer border and the outline, over the outline's length (m). */
  meanOffsetM: number;
  /** Largest distance from a place between the two borders to the outline's border (m). */
  largestOffsetM: number;
}

/** Distance from each cell to the outline's border (its cells with a neighbour outside), once per outline. */
const toBorders = new WeakMap<Uint8Array, Float64Array>();

function toBorder(cover: Cover): Float64Array {
  let d = toBorders.get(cover.inOutline);
  if (!d) {
    const seed = new Uint8Array(cover.inOutline.length);
    for (let i = 0; i < seed.length; i++) {
      if (!cover.inOutline[i]) continue;
      eachNeighbour(cover.grid, i, (m) => {
        if (!cover.inOutline[m]) seed[i] = 1;
      });
    }
    d = distanceToSeeds(cover.grid, seed);
    toBorders.set(cover.inOutline, d);
  }
  return d;
}

/** Offsets are measured up to the grid's margin. */
export const offsetCapM = marginMetres;

const perimeter = (rings: Point[][]) =>
  rings.reduce(
    (s, r) => s + r.slice(1).reduce((t, p, i) => t + Math.hypot(p[0] - r[i]![0], p[1] - r[i]![1]), 0),
    0,
  );

/**
 * The fit of townships already in the equal-area plane (their parts, in any order), counted on the 50 m grid:
 * the places between the borders are the cells covered outside the outline and the uncovered ones inside
 * it that are open to the outside (holes between townships are gaps, reported by the topology check).
 */
export function fitOf(parts: Point[][][], outline: CountyOutline): Fit {
  const cover = coverOf(parts, outline.plane);
  const { label } = uncoveredRegions(cover);
  const rings = outline.plane.flat();
  const distance = toBorder(cover);
  let between = 0;
  let largest = 0;
  for (let i = 0; i < label.length; i++) {
    const outside = cover.count[i]! > 0 && !cover.inOutline[i];
    const short = cover.count[i] === 0 && cover.inOutline[i] === 1 && label[i] === 0;
    if (!outside && !short) continue;
    between++;
    largest = Math.max(largest, Math.min(offsetCapM, distance[i]!));
  }
  return {
    coverage: coverage(cover),
    meanOffsetM: (between * cellKm2(cover) * 1e6) / perimeter(rings),
    largestOffsetM: largest,
  };
}

const metres = (m: number) => (m >= offsetCapM ? `≥ ${offsetCapM / 1000} km` : `${Math.round(m)} m`);

export const describeFit = (f: Fit) =>
  `coverage ${(f.coverage * 100).toFixed(2)} %, mean offset ${metres(f.meanOffsetM)}, largest offset ${metres(f.largestOffsetM)}`;
