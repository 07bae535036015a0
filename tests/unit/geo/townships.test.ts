import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildCounties } from '../../../geo/scripts/build-outline';
import { buildTownships, huizeOutline, loadAnchors, serialise } from '../../../geo/scripts/build-geo';
import { evaluate } from '../../../geo/scripts/lib/evaluate';
import { toPlane } from '../../../geo/scripts/lib/project';
import { crossings } from '../../../geo/scripts/lib/topology';
import { distanceToBoundary, pointInPolygon, type Point } from '../../../src/geo/planar';
import { parseTownships } from '../../../src/geo/geoFiles';

const committed = readFileSync('geo/townships.geojson', 'utf8');
const counties = JSON.parse(readFileSync('geo/counties.geojson', 'utf8')) as FeatureCollection;
// The schematic cells are tested as built, so that the tests still hold once official lines are imported.
const text = serialise(buildTownships(counties).collection);
const file = JSON.parse(text) as FeatureCollection<Polygon> & {
  precision: string;
  source: string;
  provenance: object;
};
const outline = huizeOutline(counties);
const anchors = loadAnchors();
const result = evaluate(file, outline, anchors);

describe('geo/townships.geojson (schematic cells, as geo:build makes them)', () => {
  it('follows the output contract the app parses', () => {
    const parsed = parseTownships(file);
    expect(parsed.precision).toBe('schematic');
    expect(file.source).toMatch(/schematic/i);
    expect(file.provenance).toBeTypeOf('object');
    for (const f of file.features) {
      const p = f.properties!;
      expect(Object.keys(p)).toEqual([
        'code',
        'name_zh',
        'name_pinyin',
        'name_en',
        'kind',
        'precision',
        'area_official_km2',
        'area_km2',
        'label',
      ]);
      expect(p.code).toMatch(/^530326\d{3}$/);
      expect(p.name_pinyin).toMatch(/^[A-Z][a-z]+$/);
      expect(f.id).toBeUndefined();
      for (const ring of f.geometry.coordinates) {
        expect(ring[0]).toEqual(ring[ring.length - 1]);
        for (const [lon, lat] of ring) {
          expect(Math.round(lon! * 1e5) / 1e5).toBe(lon);
          expect(Math.round(lat! * 1e5) / 1e5).toBe(lat);
        }
      }
    }
  });

  it('tiles the county outline: no gap, no overlap, one polygon per township, no crossing rings', () => {
    expect(Math.abs(result.unionKm2 - result.outlineKm2) / result.outlineKm2).toBeLessThan(1e-4);
    expect(Math.abs(result.overlapKm2)).toBeLessThan(0.01);
    expect(result.multipart).toEqual([]);
    for (const f of file.features) expect(crossings(f.geometry), f.properties!.name_zh).toEqual([]);
  });

  it('shares identical edges: every edge is used by two cells or lies on the county outline', () => {
    const uses = new Map<string, number>();
    const key = (a: Position, b: Position) => [a.join(','), b.join(',')].sort().join(';');
    for (const f of file.features) {
      for (const ring of f.geometry.coordinates) {
        for (let i = 0; i < ring.length - 1; i++) {
          const k = key(ring[i]!, ring[i + 1]!);
          uses.set(k, (uses.get(k) ?? 0) + 1);
        }
      }
    }
    const outlinePlane = (outline.geometry as Polygon).coordinates.map((r) => r.map(toPlane));
    expect([...uses.values()].filter((n) => n > 2)).toEqual([]);
    const unshared = [...uses].filter(([, n]) => n === 1).map(([k]) => k);
    expect(unshared.length).toBeGreaterThan(0);
    for (const k of unshared) {
      const [a, b] = k.split(';').map((s) => toPlane(s.split(',').map(Number)));
      const mid: Point = [(a![0] + b![0]) / 2, (a![1] + b![1]) / 2];
      expect(
        distanceToBoundary(mid, outlinePlane),
        `edge ${k} is on no neighbour and not on the outline`,
      ).toBeLessThan(2);
    }
  });

  it('gives each township its official area where one is known (±10 %; in fact < 0.1 %)', () => {
    expect(result.areaErrors).toHaveLength(12);
    for (const a of result.areaErrors) expect(Math.abs(a.error), a.name).toBeLessThan(0.001);
    const urban = file.features.filter((f) => f.properties!.kind === '街道');
    const urbanKm2 = urban.reduce((s, f) => s + (f.properties!.area_km2 as number), 0);
    expect(urbanKm2).toBeCloseTo(556.42, 0);
  });

  it('keeps every seat anchor in its own cell or within its uncertainty of it', () => {
    expect(result.anchorsWithinUncertainty).toHaveLength(25);
    expect(result.anchorsInside.length).toBeGreaterThanOrEqual(21);
  });

  it('keeps the five urban 街道 small and together around the county seat', () => {
    const urban = file.features.filter((f) => f.properties!.kind === '街道');
    for (const f of urban) expect(f.properties!.area_km2).toBeLessThan(150);
    const gucheng = file.features.find((f) => f.properties!.code === '530326001')!;
    const seat = toPlane([103.2981, 26.4163]);
    expect(
      pointInPolygon(
        seat,
        gucheng.geometry.coordinates.map((r) => r.map(toPlane)),
      ),
    ).toBe(true);
  });

  it('makes most gazetteer neighbours adjacent', () => {
    expect(result.pairCount).toBe(27);
    expect(result.adjacentPairs.length).toBeGreaterThanOrEqual(25);
  });

  it('puts each label inside its cell', () => {
    for (const f of file.features as Feature<Polygon | MultiPolygon>[]) {
      const label = f.properties!.label as Position;
      const polygon = (f.geometry as Polygon).coordinates.map((r) => r.map(toPlane));
      expect(pointInPolygon(toPlane(label), polygon), f.properties!.name_zh).toBe(true);
    }
  });

  it('is deterministic: byte-identical on a re-run, and what is committed unless official lines were imported', () => {
    expect(serialise(buildTownships(buildCounties()).collection) === text).toBe(true);
    const committedPrecision = (JSON.parse(committed) as { precision: string }).precision;
    if (committedPrecision === 'schematic') {
      expect(committed === text, 'run npm run geo:build and commit the result').toBe(true);
    } else {
      expect(parseTownships(JSON.parse(committed)).precision).toBe('official');
    }
  }, 20_000);

  it('keeps what the app loads (counties + townships + rivers) within 60 kB gzip', () => {
    const total = ['counties', 'townships', 'rivers']
      .map((n) => gzipSync(readFileSync(`geo/${n}.geojson`), { level: 9 }).length)
      .reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(60_000);
  });
});
