/**
 * The power cells cut from the outline with polyclip-ts; a part of a cell detached from its site goes to
 * the neighbour it shares most border with.
 */
import * as polyclip from 'polyclip-ts';
import {
  distanceToBoundary,
  pointInPolygon,
  polygonArea,
  powerCell,
  type Point,
} from '../../../../src/geo/planar';
import type { PlanarPolygon } from './moments';

export interface CutResult {
  cells: PlanarPolygon[];
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
export function cutCells(outline: PlanarPolygon, sites: Point[], weights: number[]): CutResult {
  // The border between two cells is computed once for each: snapping to 0.1 mm lets the copies meet.
  polyclip.setPrecision(1e-4);
  try {
    return handOverFragments(sites, powerParts(outline, sites, weights));
  } finally {
    polyclip.setPrecision();
  }
}

/** Each site's power cell intersected with the outline: one or more parts (none for an empty cell). */
function powerParts(outline: PlanarPolygon, sites: Point[], weights: number[]): PlanarPolygon[][] {
  const [minX, minY, maxX, maxY] = bbox(outline);
  const pad = Math.max(maxX - minX, maxY - minY);
  const box: Point[] = [
    [minX - pad, minY - pad],
    [maxX + pad, minY - pad],
    [maxX + pad, maxY + pad],
    [minX - pad, maxY + pad],
  ];
  return sites.map((_, i) => {
    const cell = powerCell(sites, weights, i, box);
    if (cell.length < 3) return [] as PlanarPolygon[];
    const ring = [...cell, cell[0]!];
    return polyclip.intersection(outline as polyclip.Geom, [ring] as polyclip.Geom) as PlanarPolygon[];
  });
}

/** The part holding the site (else the largest) is the cell; the other parts go to a neighbour. */
function handOverFragments(sites: Point[], parts: PlanarPolygon[][]): CutResult {
  // The part holding the site (else the largest) is the cell; the rest are fragments to hand over.
  const cells: PlanarPolygon[] = parts.map((ps, i) => {
    if (ps.length === 0) return [];
    const own = ps.find((p) => pointInPolygon(sites[i]!, p));
    return own ?? ps.reduce((a, b) => (polygonArea(b) > polygonArea(a) ? b : a));
  });
  const reassigned: CutResult['reassigned'] = [];
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
