/**
 * The township topology check (geo/scripts/lib/townshipTopology.ts): the committed file passes it, as
 * check:data runs it; a township reaching into its neighbour and a gap between two are refused by name, with
 * their area and place; overlaps under the tolerance pass.
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection, Polygon, Position } from 'geojson';
import { toLonLat, toPlane } from '../../../geo/scripts/lib/project';
import { describe, expect, it } from 'vitest';
import { importBoundaries } from '../../../geo/scripts/import-boundaries';
import { countyOutline } from '../../../geo/scripts/lib/outlinePlane';
import {
  checkTownshipTopology,
  townshipTopology,
  type TopologyTownship,
} from '../../../geo/scripts/lib/townshipTopology';
import { parseTownships } from '../../../src/geo/geoFiles';
import { attempt, counties, geojson, kindOf, tempDir, type InputFeature } from './importFixtures';
import { reached, reacher, reachInto, withGap } from './topologyFixtures';

const outline = countyOutline(counties);
const { write } = tempDir('huize-topology-');
const codeOf = new Map(
  (JSON.parse(readFileSync('geo/townships.geojson', 'utf8')) as FeatureCollection<Polygon>).features.map(
    (f) => [f.properties!.name_zh as string, f.properties!.code as string],
  ),
);
/**
 * A ring with a small loop put into its edge k → k+1: on to 60 % of it, back up to 50 % 5 m to one side,
 * down to 40 % 5 m to the other, then on: the way down crosses the way out once.
 */
function twist(ring: Position[], k: number): void {
  const [p, q] = [toPlane(ring[k]!), toPlane(ring[k + 1]!)];
  const [dx, dy] = [q[0] - p[0], q[1] - p[1]];
  const n = Math.hypot(dx, dy);
  const side = (t: number, off: number) =>
    toLonLat([p[0] + dx * t - (dy / n) * off, p[1] + dy * t + (dx / n) * off]);
  ring.splice(k + 1, 0, side(0.6, 0), side(0.5, 5), side(0.4, -5));
}

const asTownships = (features: InputFeature[]): TopologyTownship[] =>
  features.map((f) => ({
    code: codeOf.get(f.properties.name as string)!,
    name_zh: f.properties.name as string,
    polygons: f.polygons,
  }));

describe('checkTownshipTopology', () => {
  it('finds nothing wrong with geo/townships.geojson', () => {
    const file = parseTownships(JSON.parse(readFileSync('geo/townships.geojson', 'utf8')));
    expect(checkTownshipTopology(file, counties)).toEqual([]);
  }, 60_000);

  it('names both townships and the area when one reaches 5 % into its neighbour', () => {
    const broken = reachInto(0.05);
    const report = townshipTopology(asTownships(broken.features), outline);
    expect(report.errors).toHaveLength(1);
    const [e] = report.errors;
    expect(e!.kind).toBe('overlap');
    expect(e!.codes.sort()).toEqual([reacher.code, reached.code].sort());
    expect(e!.message).toContain(reacher.name_zh);
    expect(e!.message).toContain(reached.name_zh);
    expect(Math.abs(e!.km2! - broken.km2) / broken.km2).toBeLessThan(0.05);
  }, 60_000);

  it('lets an overlap under the tolerance pass', () => {
    // 0.02 % of the reacher: above nothing but rounding, below 0.05 km² and 0.1 % of the smaller.
    expect(townshipTopology(asTownships(reachInto(0.0002).features), outline).errors).toEqual([]);
  }, 60_000);

  it('names a gap between two townships with its place and area', () => {
    const broken = withGap(1);
    const [e, ...rest] = townshipTopology(asTownships(broken.features), outline).errors;
    expect(rest).toEqual([]);
    expect(e!.kind).toBe('gap');
    expect(e!.km2!).toBeGreaterThan(0.9);
    expect(e!.km2!).toBeLessThan(1.1);
    expect(Math.hypot(e!.at![0] - broken.at[0], e!.at![1] - broken.at[1])).toBeLessThan(0.01);
    expect(e!.codes).toEqual(expect.arrayContaining([reacher.code, reached.code]));
    expect(e!.message).toMatch(/a gap of about [\d.]+ km² inside the county around [\d.]+°E [\d.]+°N/);
  }, 60_000);

  it('calls a township whose ring crosses itself invalid', () => {
    const features = asTownships(reachInto(0).features);
    twist(features[3]!.polygons[0]![0]!, 2);
    const [e] = townshipTopology(features, outline).errors;
    expect(e!.kind).toBe('invalid-geometry');
    expect(e!.message).toMatch(/crossing themselves/);
  }, 60_000);
});

describe('geo:import refuses a broken topology and writes nothing', () => {
  it('refuses a township reaching 5 % into its neighbour, naming both', async () => {
    const r = await attempt(write('reach.geojson', geojson(reachInto(0.05).features)));
    expect(kindOf(r.error)).toBe('overlap');
    expect(String(r.error)).toContain(`${reacher.name_zh} (${reacher.code})`);
    expect(String(r.error)).toContain(`${reached.name_zh} (${reached.code})`);
    expect(r.wrote).toBe(false);
  }, 60_000);

  it('repairs a ring that crosses itself and says so', async () => {
    const features = reachInto(0).features;
    twist(features[3]!.polygons[0]![0]!, 2);
    const out = tempDir('huize-repair-');
    const result = await importBoundaries(
      write('twisted.geojson', geojson(features)),
      `${out.dir}/t.geojson`,
      {
        counties,
      },
    );
    const code = codeOf.get(features[3]!.properties.name as string)!;
    expect(result.repairs[code]!.join()).toMatch(
      /rings crossing themselves at 1 point: rebuilt by a self-union/,
    );
  }, 60_000);
});
