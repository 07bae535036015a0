import { readFileSync } from 'node:fs';
import type { FeatureCollection, LineString, MultiLineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildRivers } from '../../../geo/scripts/lib/rivers';
import { serialise } from '../../../geo/scripts/build-geo';
import { parseCounties, RiversFile } from '../../../src/geo/geoFiles';

const text = readFileSync('geo/rivers.geojson', 'utf8');
const rivers = JSON.parse(text) as FeatureCollection<LineString | MultiLineString> & Record<string, unknown>;
const counties = parseCounties(JSON.parse(readFileSync('geo/counties.geojson', 'utf8')));

describe('geo/rivers.geojson', () => {
  it('parses with the app schema and credits GSHHG under the LGPL', () => {
    RiversFile.parse(rivers);
    expect(rivers.source).toMatch(/GSHHG \/ WDBII \(Wessel & Smith\)/);
    expect(rivers.licence).toMatch(/LGPL-3/);
  });

  it('names the Jinsha and the Niulan, and leaves the rest unnamed', () => {
    const names = rivers.features.map((f) => f.properties!.name_zh).filter((n) => n !== null);
    expect(names.sort()).toEqual(['牛栏江', '金沙江']);
    for (const f of rivers.features) expect([1, 2, 3]).toContain(f.properties!.level);
  });

  it('stays within the map extent and is what the script makes now', () => {
    const [x0, y0, x1, y1] = (rivers.provenance as { extent: number[] }).extent as [
      number,
      number,
      number,
      number,
    ];
    for (const f of rivers.features) {
      const lines = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const [x, y] of lines.flat()) {
        expect(x).toBeGreaterThanOrEqual(x0 - 1e-4);
        expect(x).toBeLessThanOrEqual(x1 + 1e-4);
        expect(y).toBeGreaterThanOrEqual(y0 - 1e-4);
        expect(y).toBeLessThanOrEqual(y1 + 1e-4);
      }
    }
    expect(serialise(buildRivers(counties as FeatureCollection)) === text).toBe(true);
  });
});
