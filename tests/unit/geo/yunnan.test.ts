import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildYunnan, serialiseYunnan } from '../../../geo/scripts/build-yunnan';
import places from '../../../data/places.json';
import { parseYunnan } from '../../../src/geo/yunnanFile';

const text = readFileSync('geo/yunnan.geojson', 'utf8');
const file = JSON.parse(text) as FeatureCollection;
const byRole = (role: string) => file.features.find((f) => f.properties?.role === role)!;
const province = byRole('province') as Feature<Polygon | MultiPolygon>;
const huize = byRole('county') as Feature<Polygon | MultiPolygon>;

const rings = (f: Feature<Polygon | MultiPolygon>): Position[][] =>
  f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();

/** Places in Yunnan outside Huize that carry a point (the parent code of a Yunnan place starts with 53). */
const yunnanPoints = places.filter(
  (p) => !p.in_huize && p.location !== null && (p.parent_code ?? '').startsWith('53'),
);

describe('geo/yunnan.geojson', () => {
  it('is reproducible: a rebuild equals the committed file byte for byte', () => {
    expect(serialiseYunnan(buildYunnan())).toBe(text);
  });

  it('parses with the app schema and credits AMap in its provenance', () => {
    const parsed = parseYunnan(file);
    expect(parsed.province.properties.name_zh).toBe('云南省');
    expect(parsed.huize.properties.code).toBe('530326');
    expect(parsed.source).toContain('AMap');
  });

  it('is small: at most 8 kB gzipped', () => {
    expect(gzipSync(text, { level: 9 }).length).toBeLessThanOrEqual(8 * 1024);
  });

  it('holds valid polygons: closed rings of 4+ positions, 3 decimals, no self-crossing', () => {
    for (const f of [province, huize]) {
      for (const ring of rings(f)) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
        for (const [lon, lat] of ring) {
          expect(Math.round(lon! * 1000) / 1000).toBe(lon);
          expect(lon).toBeGreaterThan(97);
          expect(lon).toBeLessThan(106.5);
          expect(lat).toBeGreaterThan(21);
          expect(lat).toBeLessThan(29.5);
        }
      }
      expect(turf.kinks(f).features, f.properties!.name_zh).toHaveLength(0);
    }
  });

  it("has Yunnan's area within 5 % of the official 394,000 km²", () => {
    const km2 = turf.area(province) / 1e6;
    expect(Math.abs(km2 - 394_000) / 394_000).toBeLessThan(0.05);
  });

  it("contains Huize's centroid, and Huize lies inside the province", () => {
    const centroid: [number, number] = [103.35, 26.4];
    expect(turf.booleanPointInPolygon(centroid, huize)).toBe(true);
    expect(turf.booleanPointInPolygon(centroid, province)).toBe(true);
    expect(turf.booleanPointInPolygon(turf.centroid(huize), province)).toBe(true);
  });

  it('contains every outside Yunnan place point of data/places.json', () => {
    expect(yunnanPoints.length).toBeGreaterThanOrEqual(7);
    for (const p of yunnanPoints) {
      expect(turf.booleanPointInPolygon([p.location!.lon, p.location!.lat], province), p.name_zh).toBe(true);
    }
  });

  it('does not contain the place outside Yunnan (潜江, Hubei)', () => {
    const qianjiang = places.find((p) => p.id === 'place-qianjiang')!;
    expect(turf.booleanPointInPolygon([qianjiang.location!.lon, qianjiang.location!.lat], province)).toBe(
      false,
    );
  });
});
