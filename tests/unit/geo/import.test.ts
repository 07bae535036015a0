import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import proj4 from 'proj4';
import * as topojsonServer from 'topojson-server';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  epsgDefinition,
  importBoundaries,
  ImportError,
  nameStem,
} from '../../../geo/scripts/import-boundaries';
import { parseTownships } from '../../../src/geo/geoFiles';
import { cells, counties, geojson, mapCoords, sentinel, tempDir } from './importFixtures';
import { writeShapefileZip } from './shapefile-writer';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const { dir, write } = tempDir('huize-import-');
const existing = join(dir, 'townships.geojson');

/**
 * Huize (103.0–103.9°E) straddles 103.5°E, the edge between CGCS2000 3° Gauss–Krüger zones 34 (CM 102°E)
 * and 35 (CM 105°E); its county seat at 103.3°E is in zone 34, so that is the zone a county survey of
 * Huize would use: EPSG:4543 (no zone number in the easting).
 */
const gkZone34 = epsgDefinition(4543)!;
const gkPrj =
  'PROJCS["CGCS2000_3_Degree_GK_CM_102E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",102.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

/** A smooth displacement of a few hundred metres: neighbours move together, so the tiling survives. */
function perturb([lon, lat]: Position): Position {
  return [lon! + 0.002 * Math.sin(lat! * 40), lat! + 0.002 * Math.cos(lon! * 40)];
}

async function expectFailure(input: string, message: RegExp, crs?: string) {
  writeFileSync(existing, sentinel);
  await expect(importBoundaries(input, existing, { counties, crs })).rejects.toThrow(message);
  await expect(importBoundaries(input, existing, { counties, crs })).rejects.toBeInstanceOf(ImportError);
  expect(readFileSync(existing, 'utf8')).toBe(sentinel);
}

const byCode = (features: Feature[]) => new Map(features.map((f) => [f.properties!.code as string, f]));

describe('nameStem', () => {
  it('matches traditional characters and drops 乡/镇/街道 suffixes', () => {
    expect(nameStem('娜姑鎮')).toBe('娜姑');
    expect(nameStem('會澤縣古城街道辦事處')).toBe('古城');
    expect(nameStem('新街回族鄉')).toBe('新街');
    expect(nameStem(' 雨碌乡 ')).toBe('雨碌');
  });
});

describe('importBoundaries', () => {
  let zip: string;
  beforeAll(async () => {
    const gk = proj4('EPSG:4326', gkZone34);
    const records = cells.features.map((f) => ({
      polygons: mapCoords(f, (p) => gk.forward(perturb(p) as [number, number])),
      fields: { XZMC: toTraditional(f.properties!.name_zh as string), BZ: 'test' },
    }));
    zip = write('townships-gk.zip', await writeShapefileZip(records, gkPrj));
  });

  it('round-trips a zipped Shapefile in CGCS2000 Gauss–Krüger with traditional names', async () => {
    const out = join(dir, 'from-zip.geojson');
    const result = await importBoundaries(zip, out, { counties });
    expect(result.crs).toMatch(/CGCS2000_3_Degree_GK_CM_102E/);
    expect(result.coverage).toBeGreaterThan(0.97);
    const file = parseTownships(JSON.parse(readFileSync(out, 'utf8')));
    expect(file.precision).toBe('official');
    expect(file.source).toMatch(/townships-gk\.zip/);
    const original = byCode(cells.features);
    for (const f of file.features) {
      const o = original.get(f.properties.code)!;
      expect(f.properties.name_zh).toBe(o.properties!.name_zh);
      expect(f.properties.precision).toBe('official');
      expect(Math.abs(f.properties.area_km2 - o.properties!.area_km2) / o.properties!.area_km2).toBeLessThan(
        0.05,
      );
      const [lon, lat] = f.properties.label;
      expect(Math.hypot(lon - o.properties!.label[0], lat - o.properties!.label[1])).toBeLessThan(0.05);
    }
    expect(Object.values(result.matchedBy).every((m) => m.startsWith('name'))).toBe(true);
  }, 60_000);

  it('round-trips GeoJSON matched by code and TopoJSON matched by name', async () => {
    const gj = write(
      'codes.geojson',
      geojson(
        cells.features.map((f) => ({
          polygons: mapCoords(f, (p) => p),
          properties: { XZDM: `${f.properties!.code}000` },
        })),
      ),
    );
    const out1 = join(dir, 'from-geojson.geojson');
    // The cells unchanged stand in for official lines: the guard against them is off here (hostile-match).
    const r1 = await importBoundaries(gj, out1, { counties, schematic: null });
    expect(Object.values(r1.matchedBy).every((m) => m === 'code')).toBe(true);
    expect(parseTownships(JSON.parse(readFileSync(out1, 'utf8'))).features).toHaveLength(25);

    const topo = topojsonServer.topology({
      t: JSON.parse(
        geojson(
          cells.features.map((f) => ({
            polygons: mapCoords(f, (p) => p),
            properties: { name: f.properties!.name_zh },
          })),
        ),
      ) as FeatureCollection,
    });
    const out2 = join(dir, 'from-topojson.geojson');
    await importBoundaries(write('names.topojson', JSON.stringify(topo)), out2, {
      counties,
      schematic: null,
    });
    expect(parseTownships(JSON.parse(readFileSync(out2, 'utf8'))).features).toHaveLength(25);
  }, 60_000);

  const plain = (skip?: string, extra?: { polygons: Position[][][]; properties: Record<string, unknown> }) =>
    geojson([
      ...cells.features
        .filter((f) => f.properties!.code !== skip)
        .map((f) => ({ polygons: mapCoords(f, (p) => p), properties: { name: f.properties!.name_zh } })),
      ...(extra ? [extra] : []),
    ]);

  it('names a missing township', async () => {
    await expectFailure(write('missing.geojson', plain('530326213')), /missing: 田坝乡 \(530326213\)/);
  });

  it('names a duplicate', async () => {
    const dup = { polygons: mapCoords(cells.features[5]!, (p) => p), properties: { name: '娜姑鎮' } };
    await expectFailure(
      write('duplicate.geojson', plain(undefined, dup)),
      /娜姑镇 \(530326102\) appears more than once/,
    );
  });

  it('names an unknown name', async () => {
    const unknown = { polygons: mapCoords(cells.features[5]!, (p) => p), properties: { name: '东川镇' } };
    await expectFailure(write('unknown.geojson', plain(undefined, unknown)), /东川镇.*matches no township/);
  });

  it('says the CRS looks wrong when coordinates land elsewhere', async () => {
    const gk = proj4('EPSG:4326', gkZone34);
    const projected = geojson(
      cells.features.map((f) => ({
        polygons: mapCoords(f, (p) => gk.forward(p as [number, number])),
        properties: { name: f.properties!.name_zh },
      })),
    );
    // Zone 36 (CM 108°E) instead of zone 34: everything lands 6° east.
    await expectFailure(write('wrong-crs.geojson', projected), /CRS looks wrong/, 'epsg:4545');
    await expectFailure(write('no-crs.geojson', projected), /pass --crs epsg:4543/);
  }, 60_000);

  it('closes an open ring and says it did', async () => {
    const open = JSON.parse(plain()) as FeatureCollection;
    const ring = (open.features[7]!.geometry as unknown as { coordinates: Position[][][] })
      .coordinates[0]![0]!;
    ring.pop();
    const result = await importBoundaries(
      write('open.geojson', JSON.stringify(open)),
      join(dir, 'open-out.geojson'),
      {
        counties,
      },
    );
    expect(result.repairs).toEqual({ '530326104': ['closed 1 open ring'] });
    const written = JSON.parse(readFileSync(join(dir, 'open-out.geojson'), 'utf8')) as {
      provenance: { repairs: Record<string, string[]> };
    };
    expect(written.provenance.repairs).toEqual(result.repairs);
  }, 60_000);

  it('names a township with a broken ring', async () => {
    const broken = JSON.parse(plain()) as FeatureCollection;
    (broken.features[7]!.geometry as unknown as { coordinates: Position[][][] }).coordinates[0]![0] = [
      [103.4, 26.6],
      [103.41, 26.6],
      [103.4, 26.6],
    ];
    await expectFailure(
      write('broken.geojson', JSON.stringify(broken)),
      /乐业镇 \(530326104\) has a ring with fewer than 3 distinct positions/,
    );
  }, 60_000);

  it('names overlapping townships', async () => {
    const grown = JSON.parse(plain()) as FeatureCollection;
    const ring = (grown.features[7]!.geometry as unknown as { coordinates: Position[][][] })
      .coordinates[0]![0]!;
    const [cx, cy] = [103.48, 26.6];
    for (const p of ring) [p[0], p[1]] = [cx + (p[0]! - cx) * 1.3, cy + (p[1]! - cy) * 1.3];
    await expectFailure(
      write('overlap.geojson', JSON.stringify(grown)),
      /乐业镇 \(530326104\) overlap by about [\d.]+ km²/,
    );
  }, 60_000);

  it('rejects an empty file and JSON that is not geographic', async () => {
    await expectFailure(write('empty.geojson', ''), /empty/);
    await expectFailure(write('not-geo.json', '{"rows":[1,2,3]}'), /not GeoJSON or TopoJSON/);
    await expectFailure(write('not-json.geojson', 'name,area\n娜姑,264.9\n'), /neither JSON/);
  }, 60_000);
});
