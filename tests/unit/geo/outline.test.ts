import { readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildCounties } from '../../../geo/scripts/build-outline';
import { parseCounties } from '../../../src/geo/geoFiles';

const text = readFileSync('geo/counties.geojson', 'utf8');
const file = JSON.parse(text) as FeatureCollection<Polygon | MultiPolygon>;
const huize = file.features.find((f) => f.properties?.role === 'county')!;
const neighbours = file.features.filter((f) => f.properties?.role === 'neighbour');

function rings(f: Feature<Polygon | MultiPolygon>): Position[][] {
  return f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
}

describe('geo/counties.geojson', () => {
  it('parses with the app schema: Huize once, with its eight neighbours', () => {
    const parsed = parseCounties(file);
    expect(parsed.features[0]!.properties.name_zh).toBe('会泽县');
    expect(neighbours.map((f) => f.properties!.name_official_zh).sort()).toEqual(
      [
        '东川区',
        '会东县',
        '宣威市',
        '寻甸回族彝族自治县',
        '巧家县',
        '威宁彝族回族苗族自治县',
        '沾益区',
        '鲁甸县',
      ].sort(),
    );
  });

  it('holds valid WGS84 polygons: closed rings of 4+ positions within lon/lat range', () => {
    for (const f of file.features) {
      for (const ring of rings(f)) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
        for (const [lon, lat] of ring) {
          expect(lon).toBeGreaterThan(101);
          expect(lon).toBeLessThan(106);
          expect(lat).toBeGreaterThan(24);
          expect(lat).toBeLessThan(28.5);
        }
      }
    }
  });

  it("Huize's area is within 2 % of the AMap outline's 5,895 km²", () => {
    const km2 = turf.area(huize) / 1e6;
    expect(Math.abs(km2 - 5895) / 5895).toBeLessThan(0.02);
  });

  it('no polygon crosses itself', () => {
    for (const f of file.features) expect(turf.kinks(f).features, f.properties!.name_zh).toHaveLength(0);
  });

  it('has no zero-width spike on the Huize outline', () => {
    for (const ring of rings(huize)) {
      for (let i = 1; i < ring.length - 1; i++) {
        const [p, c, n] = [ring[i - 1]!, ring[i]!, ring[i + 1]!];
        const a = Math.atan2(p[1]! - c[1]!, p[0]! - c[0]!);
        const b = Math.atan2(n[1]! - c[1]!, n[0]! - c[0]!);
        let angle = (Math.abs(a - b) * 180) / Math.PI;
        if (angle > 180) angle = 360 - angle;
        expect(angle).toBeGreaterThan(2);
      }
    }
  });

  it('every neighbour touches Huize (within 1 km: borders from different prefectures are not shared exactly)', () => {
    // Vertex to vertex distance bounds the border gap from above; Huize's vertices are ~30 m apart.
    const huizeVertices = rings(huize).flat();
    const kmPerDegLat = 111.32;
    const kmPerDegLon = kmPerDegLat * Math.cos((26.5 * Math.PI) / 180);
    for (const n of neighbours) {
      let nearest = Infinity;
      for (const [x, y] of rings(n).flat()) {
        for (const [hx, hy] of huizeVertices) {
          const d = Math.hypot((x! - hx!) * kmPerDegLon, (y! - hy!) * kmPerDegLat);
          if (d < nearest) nearest = d;
        }
      }
      expect(nearest, n.properties!.name_zh).toBeLessThan(1);
    }
  });

  it('is what the script makes now (the committed file is reproducible)', () => {
    expect(`${JSON.stringify(buildCounties())}\n`).toBe(text);
  }, 30_000);
});
