/**
 * A square grid over the equal-area plane whose cells are counted by their centres: a polygon covers the
 * cells whose centres are inside it (even–odd over its rings, half-open on both axes, so two polygons that
 * share an edge never both cover a cell). Overlaps, gaps and coverage of half a million vertices are then
 * counts of cells, in linear time, where exact polygon clipping (polyclip-ts) takes minutes.
 */
import type { Point } from '../../../src/geo/planar';
import type { Box } from './geometry';

export interface Grid {
  x0: number;
  y0: number;
  size: number;
  cols: number;
  rows: number;
}

/** The grid over `box` grown by `margin`, with cells of `size` metres. */
export function gridOver(box: Box, margin: number, size: number): Grid {
  const x0 = Math.floor((box[0] - margin) / size) * size;
  const y0 = Math.floor((box[1] - margin) / size) * size;
  return {
    x0,
    y0,
    size,
    cols: Math.ceil((box[2] + margin - x0) / size),
    rows: Math.ceil((box[3] + margin - y0) / size),
  };
}

/** First column or row whose centre is at or beyond v. */
const firstAtOrAfter = (v: number, origin: number, size: number) => Math.ceil((v - origin) / size - 0.5);

/**
 * Calls span(start, end) for each run of covered cells, as indices row * cols + column, end excluded.
 * Parts of the polygon outside the grid are left out.
 */
export function rasterize(grid: Grid, polygon: Point[][], span: (start: number, end: number) => void): void {
  const { x0, y0, size, cols, rows } = grid;
  let rMin = Infinity;
  let rMax = -Infinity;
  const edges: [number, number, number, number, number][] = [];
  for (const ring of polygon) {
    for (let i = 1; i < ring.length; i++) {
      let a = ring[i - 1]!;
      let b = ring[i]!;
      if (a[1] === b[1]) continue;
      // Each edge from its lower end, so that both polygons sharing it compute the same crossings.
      if (a[1] > b[1]) [a, b] = [b, a];
      const r0 = Math.max(0, firstAtOrAfter(a[1], y0, size));
      const r1 = Math.min(rows, firstAtOrAfter(b[1], y0, size));
      if (r0 >= r1) continue;
      edges.push([a[0], a[1], (b[0] - a[0]) / (b[1] - a[1]), r0, r1]);
      rMin = Math.min(rMin, r0);
      rMax = Math.max(rMax, r1);
    }
  }
  if (edges.length === 0) return;
  const crossings: number[][] = Array.from({ length: rMax - rMin }, () => []);
  for (const [ax, ay, slope, r0, r1] of edges) {
    for (let r = r0; r < r1; r++) crossings[r - rMin]!.push(ax + (y0 + (r + 0.5) * size - ay) * slope);
  }
  crossings.forEach((xs, k) => {
    xs.sort((p, q) => p - q);
    const row = (rMin + k) * cols;
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const c0 = Math.max(0, firstAtOrAfter(xs[i]!, x0, size));
      const c1 = Math.min(cols, firstAtOrAfter(xs[i + 1]!, x0, size));
      if (c0 < c1) span(row + c0, row + c1);
    }
  });
}

/** The centre of a cell, in the plane. */
export function cellCentre(grid: Grid, index: number): Point {
  const r = Math.floor(index / grid.cols);
  const c = index - r * grid.cols;
  return [grid.x0 + (c + 0.5) * grid.size, grid.y0 + (r + 0.5) * grid.size];
}

/** Calls visit(n) for the 4 neighbours of cell i that are on the grid. */
export function eachNeighbour(grid: Grid, i: number, visit: (n: number) => void): void {
  const c = i % grid.cols;
  if (c > 0) visit(i - 1);
  if (c < grid.cols - 1) visit(i + 1);
  if (i >= grid.cols) visit(i - grid.cols);
  if (i < grid.cols * (grid.rows - 1)) visit(i + grid.cols);
}

/**
 * Labels the cells where `open[i]` is 1 into 4-connected regions: 0 for those connected to the grid's edge
 * (the outside), 1, 2, … for enclosed ones (-1 where not open). Breadth-first, no recursion.
 */
export function regions(grid: Grid, open: Uint8Array): { label: Int32Array; count: number } {
  const { cols, rows } = grid;
  const n = cols * rows;
  const label = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const flood = (seeds: Iterable<number>, id: number) => {
    let tail = 0;
    for (const s of seeds)
      if (label[s] === -1 && open[s] === 1) {
        label[s] = id;
        queue[tail++] = s;
      }
    const visit = (m: number) => {
      if (label[m] === -1 && open[m] === 1) {
        label[m] = id;
        queue[tail++] = m;
      }
    };
    for (let head = 0; head < tail; head++) {
      const i = queue[head]!;
      const c = i % cols;
      if (c > 0) visit(i - 1);
      if (c < cols - 1) visit(i + 1);
      if (i >= cols) visit(i - cols);
      if (i < n - cols) visit(i + cols);
    }
  };
  const edge: number[] = [];
  for (let c = 0; c < cols; c++) edge.push(c, n - cols + c);
  for (let r = 0; r < rows; r++) edge.push(r * cols, r * cols + cols - 1);
  flood(edge, 0);
  let count = 1;
  for (let i = 0; i < n; i++) if (label[i] === -1 && open[i] === 1) flood([i], count++);
  return { label, count };
}

/** Squared distance transform of one line (Felzenszwalb & Huttenlocher): f holds 0 or Infinity in, d² out. */
function edt1d(f: Float64Array, n: number, v: Int32Array, z: Float64Array, out: Float64Array): void {
  let k = 0;
  v[0] = 0;
  z[0] = -Infinity;
  z[1] = Infinity;
  for (let q = 1; q < n; q++) {
    if (f[q] === Infinity) continue;
    if (f[v[0]!] === Infinity) {
      v[0] = q;
      continue;
    }
    let s = (f[q]! + q * q - (f[v[k]!]! + v[k]! * v[k]!)) / (2 * q - 2 * v[k]!);
    while (k > 0 && s <= z[k]!) {
      k--;
      s = (f[q]! + q * q - (f[v[k]!]! + v[k]! * v[k]!)) / (2 * q - 2 * v[k]!);
    }
    k++;
    v[k] = q;
    z[k] = s;
    z[k + 1] = Infinity;
  }
  if (f[v[0]!] === Infinity) {
    out.fill(Infinity, 0, n);
    return;
  }
  k = 0;
  for (let q = 0; q < n; q++) {
    while (z[k + 1]! < q) k++;
    out[q] = (q - v[k]!) ** 2 + f[v[k]!]!;
  }
}

/** Distance in metres from each cell's centre to the nearest seed cell's centre (exact, linear time). */
export function distanceToSeeds(grid: Grid, seed: Uint8Array): Float64Array {
  const { cols, rows } = grid;
  const d = new Float64Array(cols * rows);
  for (let i = 0; i < d.length; i++) d[i] = seed[i] ? 0 : Infinity;
  const m = Math.max(cols, rows);
  const f = new Float64Array(m);
  const out = new Float64Array(m);
  const v = new Int32Array(m);
  const z = new Float64Array(m + 1);
  for (let c = 0; c < cols; c++) {
    for (let r = 0; r < rows; r++) f[r] = d[r * cols + c]!;
    edt1d(f, rows, v, z, out);
    for (let r = 0; r < rows; r++) d[r * cols + c] = out[r]!;
  }
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) f[c] = d[r * cols + c]!;
    edt1d(f, cols, v, z, out);
    for (let c = 0; c < cols; c++) d[r * cols + c] = Math.sqrt(out[c]!) * grid.size;
  }
  return d;
}
