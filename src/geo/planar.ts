/**
 * Small planar geometry helpers shared by the geo/ build scripts and their tests. Coordinates are
 * [x, y] in any planar unit; rings are closed (first position repeated last) unless said otherwise.
 */
export type Point = [number, number];
export type Ring = Point[];

/** Shoelace area: positive for counter-clockwise rings. */
export function signedArea(ring: readonly Point[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % n]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

/** Area of a polygon given as [outer, ...holes], whatever the orientation of its rings. */
export function polygonArea(polygon: readonly (readonly Point[])[]): number {
  return polygon.reduce((sum, ring, i) => sum + (i === 0 ? 1 : -1) * Math.abs(signedArea(ring)), 0);
}

/**
 * Keeps the part of a convex polygon (open ring) where a·x + b·y ≤ c (Sutherland–Hodgman against one
 * line): intersecting such half-planes gives one cell of a power diagram exactly.
 */
export function clipHalfPlane(polygon: readonly Point[], a: number, b: number, c: number): Point[] {
  const out: Point[] = [];
  const n = polygon.length;
  for (let i = 0; i < n; i++) {
    const p = polygon[i]!;
    const q = polygon[(i + 1) % n]!;
    const fp = a * p[0] + b * p[1] - c;
    const fq = a * q[0] + b * q[1] - c;
    if (fp <= 0) out.push(p);
    if ((fp < 0 && fq > 0) || (fp > 0 && fq < 0)) {
      const t = fp / (fp - fq);
      out.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
    }
  }
  return out;
}

/**
 * The power cell of site i (weights are squared radii): the points whose power distance
 * |p − sᵢ|² − wᵢ is smallest to site i, inside a convex box. Returns an open ring (possibly empty).
 */
export function powerCell(
  sites: readonly Point[],
  weights: readonly number[],
  i: number,
  box: Point[],
): Point[] {
  const [sx, sy] = sites[i]!;
  const wi = weights[i]!;
  let cell = box.map(([x, y]): Point => [x - sx, y - sy]);
  for (let j = 0; j < sites.length && cell.length > 0; j++) {
    if (j === i) continue;
    // Relative to site i the bisector of power reads 2 p·d ≤ |d|² − wⱼ + wᵢ, with d = sⱼ − sᵢ.
    const dx = sites[j]![0] - sx;
    const dy = sites[j]![1] - sy;
    cell = clipHalfPlane(cell, 2 * dx, 2 * dy, dx * dx + dy * dy - weights[j]! + wi);
  }
  return cell.map(([x, y]): Point => [x + sx, y + sy]);
}

/** Even–odd point in ring test (ring open or closed). */
function pointInRing(p: Point, ring: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function pointInPolygon(p: Point, polygon: readonly (readonly Point[])[]): boolean {
  return polygon.reduce(
    (inside, ring, i) => (i === 0 ? pointInRing(p, ring) : inside && !pointInRing(p, ring)),
    false,
  );
}

function segmentDistance(p: Point, a: Point, b: Point): number {
  const bx = b[0] - a[0];
  const by = b[1] - a[1];
  const len2 = bx * bx + by * by;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * bx + (p[1] - a[1]) * by) / len2));
  return Math.hypot(p[0] - a[0] - t * bx, p[1] - a[1] - t * by);
}

/** Distance from a point to the nearest ring edge of a polygon (0 on the boundary). */
export function distanceToBoundary(p: Point, polygon: readonly (readonly Point[])[]): number {
  let best = Infinity;
  for (const ring of polygon) {
    for (let i = 0; i < ring.length - 1; i++)
      best = Math.min(best, segmentDistance(p, ring[i]!, ring[i + 1]!));
  }
  return best;
}

/** Proper crossings between edges of the polygon's rings (touching at shared vertices is allowed). */
export function selfIntersections(polygon: readonly (readonly Point[])[]): Point[] {
  const edges: [Point, Point][] = [];
  for (const ring of polygon) for (let i = 0; i < ring.length - 1; i++) edges.push([ring[i]!, ring[i + 1]!]);
  const hits: Point[] = [];
  const orient = (a: Point, b: Point, c: Point) =>
    (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  const order = edges
    .map((e, i) => ({ i, min: Math.min(e[0][0], e[1][0]), max: Math.max(e[0][0], e[1][0]) }))
    .sort((a, b) => a.min - b.min);
  for (let u = 0; u < order.length; u++) {
    const eu = order[u]!;
    for (let v = u + 1; v < order.length && order[v]!.min <= eu.max; v++) {
      const [a, b] = edges[eu.i]!;
      const [c, d] = edges[order[v]!.i]!;
      const d1 = orient(a, b, c);
      const d2 = orient(a, b, d);
      const d3 = orient(c, d, a);
      const d4 = orient(c, d, b);
      if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
        const t = d3 / (d3 - d4);
        hits.push([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]);
      }
    }
  }
  return hits;
}
