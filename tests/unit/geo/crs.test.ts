/**
 * Which coordinate system a file is taken in without --crs: the schematic cells exported as AMap (GCJ-02)
 * or Baidu (BD-09) would, and read as they come, must land where they belong; --crs always wins; projected
 * metres without a .prj name the Gauss–Krüger zone that fits.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import gcoord from 'gcoord';
import proj4 from 'proj4';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { epsgDefinition, importBoundaries } from '../../../geo/scripts/import-boundaries';
import { parseTownships } from '../../../src/geo/geoFiles';
import { attempt, cells, counties, geojson, kindOf, named, tempDir } from './importFixtures';

const { dir, write } = tempDir('huize-crs-');
const toGcj = (p: Position) => gcoord.transform(p as [number, number], gcoord.WGS84, gcoord.GCJ02);
const toBd = (p: Position) => gcoord.transform(p as [number, number], gcoord.WGS84, gcoord.BD09);

/** Largest distance (°) between a written label and the schematic cell's. */
function labelDrift(out: string): number {
  const written = parseTownships(JSON.parse(readFileSync(out, 'utf8'))).features;
  return Math.max(
    ...written.map((f) => {
      const o = cells.features.find((c) => c.properties!.code === f.properties.code)!.properties!
        .label as number[];
      return Math.hypot(f.properties.label[0] - o[0]!, f.properties.label[1] - o[1]!);
    }),
  );
}

describe('coordinate system from the fit to the county outline', () => {
  it('takes an AMap-style GCJ-02 file as GCJ-02 without a flag, says so and prints every fit', async () => {
    const out = join(dir, 'gcj.geojson');
    const lines: string[] = [];
    const r = await importBoundaries(write('amap.geojson', geojson(named(toGcj))), out, {
      counties,
      log: (l) => lines.push(l),
    });
    expect(r.crs).toMatch(/^GCJ-02/);
    expect(r.crsNote).toMatch(/looks like GCJ-02: converted; pass --crs wgs84 to keep as is/);
    expect(r.fit.coverage).toBeGreaterThan(0.999);
    expect(r.fit.largestOffsetM).toBeLessThan(100);
    const asWgs = r.tried.find((t) => t.transform.label === 'WGS84')!;
    expect(asWgs.fit.coverage).toBeLessThan(0.995);
    expect(asWgs.fit.largestOffsetM).toBeGreaterThan(300);
    expect(lines.join('\n')).toMatch(
      /WGS84: coverage [\d.]+ %, mean offset \d+ m, largest offset \d+ m; GCJ-02/,
    );
    // Converted back to WGS84 the labels land within ~10 m of the cells'.
    expect(labelDrift(out)).toBeLessThan(1e-4);
  }, 60_000);

  it('takes a BD-09 file as BD-09', async () => {
    const r = await importBoundaries(write('baidu.geojson', geojson(named(toBd))), join(dir, 'bd.geojson'), {
      counties,
    });
    expect(r.crs).toMatch(/^BD-09/);
    expect(r.fit.coverage).toBeGreaterThan(0.999);
  }, 60_000);

  it('keeps a WGS84 file as it is', async () => {
    // The cells unchanged stand in for official lines: the guard against them is off here (hostile-match).
    const r = await importBoundaries(write('wgs.geojson', geojson(named())), join(dir, 'wgs-out.geojson'), {
      counties,
      schematic: null,
    });
    expect(r.crs).toBe('WGS84');
    expect(r.crsNote).toMatch(/taken as WGS84/);
    expect(r.fit.largestOffsetM).toBeLessThan(60);
  }, 60_000);

  it('lets --crs win: the GCJ-02 file kept as WGS84 lands ~450 m off and still passes', async () => {
    const r = await importBoundaries(
      write('amap2.geojson', geojson(named(toGcj))),
      join(dir, 'kept.geojson'),
      {
        counties,
        crs: 'wgs84',
      },
    );
    expect(r.crs).toBe('WGS84');
    expect(r.crsNote).toBe('--crs wgs84');
    expect(r.fit.largestOffsetM).toBeGreaterThan(300);
  }, 60_000);

  it('names the Gauss–Krüger zone of projected metres without a .prj, and writes nothing', async () => {
    const gk = proj4('EPSG:4326', epsgDefinition(4543)!);
    const r = await attempt(write('gk.geojson', geojson(named((p) => gk.forward(p as [number, number])))));
    expect(kindOf(r.error)).toBe('crs');
    expect(String(r.error)).toMatch(/fit Huize as EPSG:4543 \(CGCS2000 3° Gauss–Krüger zone 34, CM 102°E/);
    expect(String(r.error)).toMatch(/pass --crs epsg:4543/);
    expect(r.wrote).toBe(false);
  }, 60_000);

  it('names both codes of the CM 105°E projection (3° zone 35 and 6° zone 18)', async () => {
    const gk = proj4('EPSG:4326', epsgDefinition(4544)!);
    const r = await attempt(write('gk105.geojson', geojson(named((p) => gk.forward(p as [number, number])))));
    expect(String(r.error)).toMatch(
      /EPSG:4507 \(CGCS2000 6° Gauss–Krüger zone 18, CM 105°E.* or EPSG:4544 \(CGCS2000 3° Gauss–Krüger zone 35/,
    );
  }, 60_000);

  it('takes the zone from an easting that carries it', async () => {
    const gk = proj4('EPSG:4326', epsgDefinition(4522)!);
    const r = await importBoundaries(
      write('gk-zone.geojson', geojson(named((p) => gk.forward(p as [number, number])))),
      join(dir, 'gk-zone-out.geojson'),
      { counties },
    );
    expect(r.crs).toBe('EPSG:4522');
    expect(r.fit.coverage).toBeGreaterThan(0.999);
  }, 60_000);
});
