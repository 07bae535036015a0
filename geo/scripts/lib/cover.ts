/**
 * Townships and the county outline counted on one grid (raster.ts) in the equal-area plane: how many parts
 * cover each cell, the first part that does, the cells two parts share (by pair), and the outline's cells.
 * The topology check and the import's fit both read their answers from it.
 */
import type { Point } from '../../../src/geo/planar';
import { boxOf } from './geometry';
import { cellCentre, gridOver, rasterize, regions, type Grid } from './raster';

/** 50 m cells: 0.0025 km² each, so the 0.05 km² tolerances are 20 cells. */
export const cellMetres = 50;
/** The grid reaches this far beyond the outline's box: offsets are measured up to it. */
export const marginMetres = 5000;

export interface Cover {
  grid: Grid;
  /** Parts covering each cell (saturating at 255). */
  count: Uint8Array;
  /** The first part covering each cell, -1 for none. */
  owner: Int32Array;
  /** 1 where the cell's centre is inside the county outline (shared by all covers of one outline). */
  inOutline: Uint8Array;
  /** Cells covered by two parts, by "a,b" (part indices, a < b; the first two parts over the cell). */
  shared: Map<string, number[]>;
}

/** The outline on its grid, made once per outline (the import counts several covers against one). */
const outlineGrids = new WeakMap<Point[][][], { grid: Grid; inOutline: Uint8Array }>();

export function outlineGrid(outline: Point[][][]): { grid: Grid; inOutline: Uint8Array } {
  let made = outlineGrids.get(outline);
  if (!made) {
    const grid = gridOver(boxOf(outline), marginMetres, cellMetres);
    const inOutline = new Uint8Array(grid.cols * grid.rows);
    for (const poly of outline) rasterize(grid, poly, (a, b) => inOutline.fill(1, a, b));
    made = { grid, inOutline };
    outlineGrids.set(outline, made);
  }
  return made;
}

export function coverOf(parts: Point[][][], outline: Point[][][]): Cover {
  const { grid, inOutline } = outlineGrid(outline);
  const n = grid.cols * grid.rows;
  const count = new Uint8Array(n);
  const owner = new Int32Array(n).fill(-1);
  const shared = new Map<string, number[]>();
  parts.forEach((poly, p) =>
    rasterize(grid, poly, (a, b) => {
      for (let i = a; i < b; i++) {
        const first = owner[i]!;
        if (first < 0) owner[i] = p;
        else if (count[i] === 1) {
          const key = first < p ? `${first},${p}` : `${p},${first}`;
          const list = shared.get(key);
          if (list) list.push(i);
          else shared.set(key, [i]);
        }
        if (count[i]! < 255) count[i]!++;
      }
    }),
  );
  return { grid, count, owner, inOutline, shared };
}

export const cellKm2 = (cover: Cover) => (cover.grid.size * cover.grid.size) / 1e6;

/** Share of the outline's cells that some part covers. */
export function coverage(cover: Cover): number {
  let inside = 0;
  let covered = 0;
  for (let i = 0; i < cover.inOutline.length; i++) {
    if (!cover.inOutline[i]) continue;
    inside++;
    if (cover.count[i]! > 0) covered++;
  }
  return inside === 0 ? 0 : covered / inside;
}

/** Uncovered cells in regions enclosed by the parts (0 is the outside, 1… the enclosed regions). */
export function uncoveredRegions(cover: Cover) {
  const open = new Uint8Array(cover.count.length);
  for (let i = 0; i < open.length; i++) if (cover.count[i] === 0) open[i] = 1;
  return regions(cover.grid, open);
}

/** The cell of `cells` nearest their centroid: a point inside even a ring-shaped region. */
export function middleCell(cover: Cover, cells: number[]): Point {
  const centres = cells.map((i) => cellCentre(cover.grid, i));
  const cx = centres.reduce((s, p) => s + p[0], 0) / centres.length;
  const cy = centres.reduce((s, p) => s + p[1], 0) / centres.length;
  return centres.reduce((best, p) =>
    Math.hypot(p[0] - cx, p[1] - cy) < Math.hypot(best[0] - cx, best[1] - cy) ? p : best,
  );
}
