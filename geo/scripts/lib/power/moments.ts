/**
 * Area, centroid and shared border lengths of each power cell cut to the outline, exactly and fast
 * (Sutherland–Hodgman against each bisector): what the weight fit evaluates at every step.
 */
import { clipHalfPlane, signedArea, type Point } from '../../../../src/geo/planar';

/** A polygon in the equal-area plane (metres): outer ring, then holes. */
export type PlanarPolygon = Point[][];

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
