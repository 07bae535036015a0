/**
 * Township sets broken on purpose, from the schematic cells: one township reaching into its neighbour by a
 * share of its own area, or a gap cut into one township's side of a border it shares with another. Built
 * with exact clipping (polyclip-ts) in the equal-area plane.
 */
import * as polyclip from 'polyclip-ts';
import type { Position } from 'geojson';
import { toLonLat, toPlane } from '../../../geo/scripts/lib/project';
import { polygonArea, type Point } from '../../../src/geo/planar';
import { cells, counties, named, type InputFeature } from './importFixtures';

const outlineKeys = new Set(
  (
    counties.features.find((f) => f.properties?.role === 'county')!.geometry as { coordinates: Position[][] }
  ).coordinates
    .flat()
    .map((p) => `${p[0]},${p[1]}`),
);

/** The two cells sharing the most inner border vertices, and a vertex in the middle of that border. */
function neighbours(): { a: number; b: number; at: Point } {
  const rings = cells.features.map((f) => f.geometry.coordinates[0]!);
  let best = { a: 0, b: 0, shared: [] as Position[] };
  rings.forEach((ra, a) =>
    rings.forEach((rb, b) => {
      if (b <= a) return;
      const keys = new Set(rb.map((p) => `${p[0]},${p[1]}`));
      const shared = ra.filter((p) => keys.has(`${p[0]},${p[1]}`) && !outlineKeys.has(`${p[0]},${p[1]}`));
      if (shared.length > best.shared.length) best = { a, b, shared };
    }),
  );
  return { a: best.a, b: best.b, at: toPlane(best.shared[Math.floor(best.shared.length / 2)]!) };
}

const pair = neighbours();
export const reacher = cells.features[pair.a]!.properties! as { code: string; name_zh: string };
export const reached = cells.features[pair.b]!.properties! as { code: string; name_zh: string };

const plane = (i: number) =>
  [cells.features[i]!.geometry.coordinates.map((r) => r.map(toPlane))] as Point[][][];
const disc = (c: Point, r: number): Point[][] => [
  [
    ...Array.from({ length: 64 }, (_, k): Point => [
      c[0] + r * Math.cos((k / 64) * 2 * Math.PI),
      c[1] + r * Math.sin((k / 64) * 2 * Math.PI),
    ]),
    [c[0] + r, c[1]],
  ],
];
const area = (g: Point[][][]) => g.reduce((s, p) => s + polygonArea(p), 0);

/** The radius of the disc at `at` whose part inside `g` has area `m2` (bisection). */
function radiusFor(g: Point[][][], m2: number): number {
  let [lo, hi] = [1, 20_000];
  for (let k = 0; k < 40; k++) {
    const mid = (lo + hi) / 2;
    if (
      area(polyclip.intersection(g as polyclip.Geom, disc(pair.at, mid) as polyclip.Geom) as Point[][][]) < m2
    )
      lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

function replaced(index: number, g: Point[][][]): { features: InputFeature[] } {
  const features = named();
  features[index] = {
    ...features[index]!,
    polygons: g.map((poly) => poly.map((ring) => ring.map(toLonLat))),
  };
  return { features };
}

/** The reacher grown into the reached township by `share` of its own area. */
export function reachInto(share: number) {
  const a = plane(pair.a);
  const b = plane(pair.b);
  const piece = polyclip.intersection(
    b as polyclip.Geom,
    disc(pair.at, radiusFor(b, share * area(a))) as polyclip.Geom,
  );
  return {
    ...replaced(pair.a, polyclip.union(a as polyclip.Geom, piece) as Point[][][]),
    km2: (share * area(a)) / 1e6,
  };
}

/** A gap of `km2` cut from the reacher along its border with the reached township. */
export function withGap(km2: number) {
  const a = plane(pair.a);
  const cut = polyclip.difference(
    a as polyclip.Geom,
    disc(pair.at, radiusFor(a, km2 * 1e6)) as polyclip.Geom,
  );
  return { ...replaced(pair.a, cut as Point[][][]), at: toLonLat(pair.at) };
}
