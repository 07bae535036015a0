/**
 * A partition of a polygon into cells of given areas around fixed seats: a power diagram whose sites stay
 * at the seats and whose weights are fitted until each cell, cut to the real outline, has its target area.
 *
 * d3-voronoi-map moves its sites to the cell centroids and clips only to convex polygons, so the seats
 * would drift out of their cells in Huize's far-from-convex outline; a power diagram with fixed sites,
 * cut exactly by polyclip-ts, keeps them put. Weights are first fitted on a 250 m grid of points (fast),
 * then polished against the exact cut polygons.
 *
 * The pieces are in lib/power/: moments (exact area and centroid of a cut cell), fit (the weights) and
 * cut (the cells cut from the outline).
 */
import { polygonArea, type Point } from '../../../src/geo/planar';
import { cutCells, type CutResult } from './power/cut';
import { fitWeights } from './power/fit';
import type { PlanarPolygon } from './power/moments';

export type { PlanarPolygon } from './power/moments';
export { cellAreas } from './power/moments';
export { cutCells } from './power/cut';
export { fitWeights } from './power/fit';

export interface PartitionResult extends CutResult {
  weights: number[];
  areas: number[];
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
