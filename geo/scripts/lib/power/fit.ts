/** The weights fitted by Newton's method until every cell cut to the outline has its target area. */
import type { Point } from '../../../../src/geo/planar';
import { cellAreas, type PlanarPolygon } from './moments';

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
