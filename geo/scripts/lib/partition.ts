/**
 * A partition of a polygon into cells of given areas around fixed seats: a power diagram whose sites stay
 * at the seats and whose weights are fitted until each cell, cut to the real outline, has its target area.
 *
 * d3-voronoi-map moves its sites to the cell centroids and clips only to convex polygons, so the seats
 * would drift out of their cells in Huize's far-from-convex outline; a power diagram with fixed sites,
 * cut exactly by polyclip-ts, keeps them put. Weights are first fitted on a 250 m grid of points (fast),
 * then polished against the exact cut polygons.
 */
import * as polyclip from 'polyclip-ts';
import {
  clipHalfPlane,
  distanceToBoundary,
  signedArea,
  pointInPolygon,
  polygonArea,
  powerCell,
  type Point,
} from '../../../src/geo/planar';

export type PlanarPolygon = Point[][];

export interface PartitionResult {
  cells: PlanarPolygon[];
  weights: number[];
  areas: number[];
  /** Parts cut off from their own cell and given to the neighbour they share most border with. */
  reassigned: { from: number; to: number; area: number }[];
}

function bbox(polygon: PlanarPolygon): [number, number, number, number] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of polygon[0]!) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return [minX, minY, maxX, maxY];
}

/**
 * Area and centroid of site i's power cell cut to the outline, by clipping the outline's rings against
 * each bisector in turn (Sutherland–Hodgman). Where the cut splits the outline the result has zero-width
 * bridges, which add nothing to area or centroid, so this is exact for both and far faster than polyclip.
 */
function cellMoments(rings: Point[][], sites: Point[], weights: number[], i: number, order: number[]) {
  const [sx, sy] = sites[i]!;
  let area = 0;
  let cx = 0;
  let cy = 0;
  // Length of this cell's border on each bisector: the derivative of the area by the weights.
  const shared = sites.map(() => 0);
  const lines = sites.map((t, j) => {
    const dx = t[0] - sx;
    const dy = t[1] - sy;
    // |p − sᵢ|² − wᵢ ≤ |p − sⱼ|² − wⱼ  ⇔  2 p·d ≤ |sⱼ|² − |sᵢ|² − wⱼ + wᵢ, with d = sⱼ − sᵢ.
    return { a: 2 * dx, b: 2 * dy, c: t[0] ** 2 + t[1] ** 2 - sx * sx - sy * sy - weights[j]! + weights[i]! };
  });
  rings.forEach((ring, r) => {
    let clipped: Point[] = ring;
    for (const j of order) {
      if (clipped.length === 0) break;
      clipped = clipHalfPlane(clipped, lines[j]!.a, lines[j]!.b, lines[j]!.c);
    }
    const sign = r === 0 ? 1 : -1;
    for (let k = 0, n = clipped.length; k < n; k++) {
      const [x1, y1] = clipped[k]!;
      const [x2, y2] = clipped[(k + 1) % n]!;
      const cross = x1 * y2 - x2 * y1;
      area += (sign * cross) / 2;
      cx += (sign * (x1 + x2) * cross) / 6;
      cy += (sign * (y1 + y2) * cross) / 6;
      for (const j of order) {
        const { a, b, c } = lines[j]!;
        const norm = Math.hypot(a, b);
        if (Math.abs(a * x1 + b * y1 - c) / norm < 1e-3 && Math.abs(a * x2 + b * y2 - c) / norm < 1e-3) {
          shared[j]! += Math.hypot(x2 - x1, y2 - y1);
          break;
        }
      }
    }
  });
  return { area, centroid: (area > 0 ? [cx / area, cy / area] : sites[i]!) as Point, shared };
}

/** Open rings, outer counter-clockwise and holes clockwise, so signed areas add up. */
function openRings(outline: PlanarPolygon): Point[][] {
  return outline.map((ring, r) => {
    const open = ring.slice(0, -1);
    const ccw = signedArea(open) > 0;
    return (r === 0) === ccw ? open : open.reverse();
  });
}

export function cellAreas(outline: PlanarPolygon, sites: Point[], weights: number[]) {
  const rings = openRings(outline);
  return sites.map((s, i) => {
    // Nearest bisectors first: they cut the ring down fastest.
    const order = sites
      .map((t, j) => ({ j, d: (t[0] - s[0]) ** 2 + (t[1] - s[1]) ** 2 }))
      .filter((o) => o.j !== i)
      .sort((a, b) => a.d - b.d || a.j - b.j)
      .map((o) => o.j);
    return cellMoments(rings, sites, weights, i, order);
  });
}

/** Length of the boundary a fragment shares with a polygon (edges whose ends both lie on it). */
function sharedLength(fragment: PlanarPolygon, other: PlanarPolygon, tolerance = 0.5): number {
  let length = 0;
  for (const ring of fragment) {
    for (let k = 0; k < ring.length - 1; k++) {
      const a = ring[k]!;
      const b = ring[k + 1]!;
      const mid: Point = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
      if (distanceToBoundary(mid, other) <= tolerance && distanceToBoundary(a, other) <= tolerance) {
        length += Math.hypot(b[0] - a[0], b[1] - a[1]);
      }
    }
  }
  return length;
}

/** Cuts every power cell to the outline; detached parts go to the neighbour they share most border with. */
export function cutCells(
  outline: PlanarPolygon,
  sites: Point[],
  weights: number[],
): Pick<PartitionResult, 'cells' | 'reassigned'> {
  // The border between two cells is computed once for each: snapping to 0.1 mm lets the copies meet.
  polyclip.setPrecision(1e-4);
  try {
    return cutCellsSnapped(outline, sites, weights);
  } finally {
    polyclip.setPrecision();
  }
}

function cutCellsSnapped(
  outline: PlanarPolygon,
  sites: Point[],
  weights: number[],
): Pick<PartitionResult, 'cells' | 'reassigned'> {
  const [minX, minY, maxX, maxY] = bbox(outline);
  const pad = Math.max(maxX - minX, maxY - minY);
  const box: Point[] = [
    [minX - pad, minY - pad],
    [maxX + pad, minY - pad],
    [maxX + pad, maxY + pad],
    [minX - pad, maxY + pad],
  ];
  const parts = sites.map((_, i) => {
    const cell = powerCell(sites, weights, i, box);
    if (cell.length < 3) return [] as PlanarPolygon[];
    const ring = [...cell, cell[0]!];
    return polyclip.intersection(outline as polyclip.Geom, [ring] as polyclip.Geom) as PlanarPolygon[];
  });
  // The part holding the site (else the largest) is the cell; the rest are fragments to hand over.
  const cells: PlanarPolygon[] = parts.map((ps, i) => {
    if (ps.length === 0) return [];
    const own = ps.find((p) => pointInPolygon(sites[i]!, p));
    return own ?? ps.reduce((a, b) => (polygonArea(b) > polygonArea(a) ? b : a));
  });
  const reassigned: PartitionResult['reassigned'] = [];
  const fragments = parts.flatMap((ps, i) =>
    ps.filter((p) => p !== cells[i]).map((p) => ({ from: i, polygon: p })),
  );
  // Largest first, so that a small fragment touching only a large one that moves follows it.
  fragments.sort((a, b) => polygonArea(b.polygon) - polygonArea(a.polygon) || a.from - b.from);
  for (const { from, polygon } of fragments) {
    let to = -1;
    let longest = 0;
    cells.forEach((cell, j) => {
      if (j === from || cell.length === 0) return;
      const length = sharedLength(polygon, cell);
      if (length > longest) {
        longest = length;
        to = j;
      }
    });
    if (to < 0) throw new Error(`a detached part of cell ${from} touches no other cell`);
    const merged = polyclip.union(cells[to]! as polyclip.Geom, polygon as polyclip.Geom) as PlanarPolygon[];
    if (merged.length !== 1)
      throw new Error(`merging a part of cell ${from} into cell ${to} left ${merged.length} parts`);
    cells[to] = merged[0]!;
    reassigned.push({ from, to, area: polygonArea(polygon) });
  }
  return { cells, reassigned };
}

/** Solves A·x = b by Gaussian elimination with partial pivoting (A is small and dense). */
function solve(matrix: number[][], rhs: number[]): number[] {
  const n = rhs.length;
  const m = matrix.map((row, i) => [...row, rhs[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / p;
      if (f !== 0) for (let k = col; k <= n; k++) m[r]![k]! -= f * m[col]![k]!;
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}

/**
 * Fits the weights by Newton's method: moving the bisector between sites i and j by δ changes the area
 * by (shared border length)·δ, and δ = Δw / (2·distance), which gives the exact Jacobian.
 */
export function fitWeights(
  outline: PlanarPolygon,
  sites: Point[],
  targets: number[],
  weights: number[],
  maxIterations = 60,
  tolerance = 1e-5,
) {
  const n = sites.length;
  const worstOf = (ms: { area: number }[]) =>
    Math.max(...ms.map((m, i) => Math.abs(m.area - targets[i]!) / targets[i]!));
  let moments = cellAreas(outline, sites, weights);
  for (let it = 0; it < maxIterations && worstOf(moments) >= tolerance; it++) {
    const jacobian = sites.map((s, i) =>
      sites.map((t, j) => {
        if (i === j) return 0;
        const d = Math.hypot(t[0] - s[0], t[1] - s[1]);
        return -(moments[i]!.shared[j]! + moments[j]!.shared[i]!) / 2 / (2 * d);
      }),
    );
    jacobian.forEach((row, i) => {
      // An empty cell has no border to move: treat it as a disc so that its weight still grows.
      row[i] = -row.reduce((a, b) => a + b, 0) || Math.PI;
    });
    const residual = moments.map((m, i) => targets[i]! - m.area);
    // Only differences of weights matter: replace one (redundant) equation by "steps sum to zero".
    jacobian[0] = sites.map(() => 1);
    residual[0] = 0;
    const step = solve(jacobian, residual);
    const before = worstOf(moments);
    let scale = 1;
    for (;;) {
      const trial = weights.map((w, i) => w + scale * step[i]!);
      const next = cellAreas(outline, sites, trial);
      if (worstOf(next) < before || scale < 1 / 64) {
        for (let i = 0; i < n; i++) weights[i] = trial[i]!;
        moments = next;
        break;
      }
      scale /= 2;
    }
  }
  return moments;
}

/** Which site wins a point under the power distance. */
export function owner(p: Point, sites: Point[], weights: number[]): number {
  let best = 0;
  let bestPower = Infinity;
  sites.forEach((s, i) => {
    const power = (p[0] - s[0]) ** 2 + (p[1] - s[1]) ** 2 - weights[i]!;
    if (power < bestPower) {
      bestPower = power;
      best = i;
    }
  });
  return best;
}

export interface PartitionInput {
  /** The outline to tile, in an equal-area plane (metres). */
  outline: PlanarPolygon;
  /** Seat anchors: each must end up inside its own cell. */
  anchors: Point[];
  /** How far (m) each generating site may move away from its anchor to give cells a compact shape. */
  freedom: number[];
  /** Target areas in m², summing to the outline's area. */
  targets: number[];
  rounds?: number;
}

/**
 * Sites start at the anchors; each round fits the weights, then moves every site toward its cell's
 * centroid (compact cells whose borders fall between seats, as real township borders tend to) but never
 * further from its anchor than its freedom, and less far whenever its anchor fell out of its cell.
 */
export function partition(input: PartitionInput): PartitionResult & { sites: Point[] } {
  const { outline, anchors, targets } = input;
  const freedom = [...input.freedom];
  const sites: Point[] = anchors.map((a) => [a[0], a[1]]);
  const weights = sites.map(() => 0);
  for (let round = 0; round < (input.rounds ?? 12); round++) {
    const moments = fitWeights(outline, sites, targets, weights);
    anchors.forEach((a, i) => {
      if (owner(a, sites, weights) !== i) freedom[i] = freedom[i]! / 2;
      const dx = moments[i]!.centroid[0] - a[0];
      const dy = moments[i]!.centroid[1] - a[1];
      const d = Math.hypot(dx, dy);
      const k = d > freedom[i]! ? freedom[i]! / d : 1;
      sites[i] = [a[0] + dx * k, a[1] + dy * k];
    });
  }
  let moments = fitWeights(outline, sites, targets, weights);
  // A site whose anchor another cell took is moved past its anchor, away from its cell's centroid, so the
  // cell shifts over the anchor; more boldly on each pass, never beyond the site's freedom.
  for (let pass = 1; pass <= 6; pass++) {
    const lost = anchors.map((a, i) => owner(a, sites, weights) !== i);
    if (!lost.includes(true)) break;
    lost.forEach((l, i) => {
      if (!l) return;
      const a = anchors[i]!;
      const [cx, cy] = moments[i]!.centroid;
      const d = Math.hypot(a[0] - cx, a[1] - cy) || 1;
      const reach = (input.freedom[i]! * Math.min(pass, 4)) / 4;
      sites[i] = [a[0] + ((a[0] - cx) / d) * reach, a[1] + ((a[1] - cy) / d) * reach];
    });
    moments = fitWeights(outline, sites, targets, weights);
  }
  const result = cutCells(outline, sites, weights);
  return { ...result, sites, weights: [...weights], areas: result.cells.map(polygonArea) };
}
