/**
 * Rounding and topology for township polygons: vertices that coincide in the plane get one rounded
 * position, and a TopoJSON round trip (topojson-server → topojson-client) makes every border shared by two
 * townships one arc, so neighbours have identical edges.
 */
import * as topojsonClient from 'topojson-client';
import * as topojsonServer from 'topojson-server';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { selfIntersections, type Point } from '../../../src/geo/planar';
import { toPlane } from './project';

export const decimals = 5;
const factor = 10 ** decimals;

export function roundCoordinate(v: number): number {
  return Math.round(v * factor) / factor;
}

/** Drops repeated positions and closes the ring; returns null when fewer than 3 distinct points remain. */
export function cleanRing(ring: Position[]): Position[] | null {
  const out: Position[] = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  while (out.length > 1 && out[0]![0] === out[out.length - 1]![0] && out[0]![1] === out[out.length - 1]![1])
    out.pop();
  if (out.length < 3) return null;
  return [...out, out[0]!];
}

/**
 * Rounds rings to 5 decimals (about 1 m) so that positions computed twice for the same border vertex
 * (once per neighbouring cell) end up identical: positions within `snap` map units share the first one's.
 */
export function snapAndRound(
  polygons: Point[][][],
  unproject: (p: Point) => Position,
  snap = 0.05,
): Position[][][] {
  const index = new Map<string, { p: Point; out: Position }[]>();
  const lookup = (p: Point): Position => {
    const gx = Math.floor(p[0]);
    const gy = Math.floor(p[1]);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const c of index.get(`${gx + dx},${gy + dy}`) ?? []) {
          if (Math.hypot(c.p[0] - p[0], c.p[1] - p[1]) <= snap) return c.out;
        }
      }
    }
    const [lon, lat] = unproject(p);
    const out: Position = [roundCoordinate(lon!), roundCoordinate(lat!)];
    const k = `${gx},${gy}`;
    index.set(k, [...(index.get(k) ?? []), { p, out }]);
    return out;
  };
  return polygons.map((polygon) =>
    polygon.map((ring) => cleanRing(ring.map(lookup))).filter((r): r is Position[] => r !== null),
  );
}

/** Outer rings counter-clockwise, holes clockwise (RFC 7946), so all files agree on orientation. */
export function orient(polygon: Position[][]): Position[][] {
  return polygon.map((ring, i) => ((i === 0) === signed(ring) > 0 ? ring : [...ring].reverse()));
}

function signed(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++)
    sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return sum / 2;
}

export interface TopologyReport {
  /** Unordered pairs of feature indices whose cells share a border, with its length in km. */
  adjacency: Map<string, number>;
  /** Km of border used by exactly one feature (the county outline, if the cells tile it). */
  outerLengthKm: number;
}

/** Builds a topology without quantisation (positions are already rounded) and reads the shared arcs. */
export function topologyOf(features: Feature<Polygon | MultiPolygon>[]): {
  topology: Topology;
  report: TopologyReport;
} {
  const topology = topojsonServer.topology({
    cells: { type: 'FeatureCollection', features } as FeatureCollection,
  });
  const collection = topology.objects.cells as GeometryCollection;
  const users = new Map<number, Set<number>>();
  collection.geometries.forEach((g, fi) => {
    const arcsOf = (rings: number[][]) =>
      rings
        .flat()
        .forEach((a) => users.set(a < 0 ? ~a : a, (users.get(a < 0 ? ~a : a) ?? new Set()).add(fi)));
    if (g.type === 'Polygon') arcsOf(g.arcs);
    else if (g.type === 'MultiPolygon') g.arcs.forEach(arcsOf);
  });
  const adjacency = new Map<string, number>();
  let outerLengthKm = 0;
  for (const [arc, set] of users) {
    const km = arcLengthKm(topology.arcs[arc]!);
    const list = [...set].sort((a, b) => a - b);
    if (list.length === 1) outerLengthKm += km;
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const k = `${list[a]}-${list[b]}`;
        adjacency.set(k, (adjacency.get(k) ?? 0) + km);
      }
    }
  }
  return { topology, report: { adjacency, outerLengthKm } };
}

function arcLengthKm(arc: Position[]): number {
  let km = 0;
  for (let i = 1; i < arc.length; i++) {
    const [x1, y1] = toPlane(arc[i - 1]!);
    const [x2, y2] = toPlane(arc[i]!);
    km += Math.hypot(x2 - x1, y2 - y1) / 1000;
  }
  return km;
}

/** Features back from the topology: shared borders are the same arc, hence identical positions. */
export function featuresFromTopology(topology: Topology): Feature<Polygon | MultiPolygon>[] {
  const fc = topojsonClient.feature(
    topology,
    topology.objects.cells as GeometryCollection,
  ) as FeatureCollection<Polygon | MultiPolygon>;
  return fc.features;
}

export function crossings(geometry: Polygon | MultiPolygon): Point[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((p) => selfIntersections(p as Point[][]));
}
