/**
 * Every kind of bad boundary file the import must refuse: each is tried, and must be refused with its own
 * kind of ImportError, within the documented time and memory, leaving the output as it was and nothing
 * beside it. The counts are printed and asserted.
 */
import { truncateSync } from 'node:fs';
import type { Position } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { limits, type ImportErrorKind } from '../../../geo/scripts/import-boundaries';
import { attempt, cells, geojson, kindOf, mapCoords, named, tempDir } from './importFixtures';
import { handZip, writeShapefileZip, type ShapeRecord } from './shapefile-writer';
import { reachInto, withGap } from './topologyFixtures';
import { epsgDefinition } from '../../../geo/scripts/import-boundaries';
import proj4 from 'proj4';

const { write } = tempDir('huize-hostile-');

/** Documented in geo/README.md ("Limits"): each refusal within this time; the process within this memory. */
const maxSeconds = 20;
const maxRssBytes = 1.5 * 2 ** 30;

const records = (fields: (name: string, i: number) => Record<string, string>): ShapeRecord[] =>
  cells.features.map((f, i) => ({
    polygons: mapCoords(f, (p) => p),
    fields: fields(f.properties!.name_zh, i),
  }));

/** A plain file with one position of township `index` replaced by `value` (as JSON text). */
function withPosition(value: string, index = 7): string {
  const text = geojson(named());
  const marker = JSON.stringify(cells.features[index]!.geometry.coordinates[0]![3]);
  const at = text.indexOf(marker);
  return text.slice(0, at) + value + text.slice(at + marker.length);
}

/** The cells with every edge cut into `n` pieces (shared borders cut alike). */
function densified(n: number) {
  return geojson(
    named().map((f) => ({
      ...f,
      polygons: f.polygons.map((poly) =>
        poly.map((ring) =>
          ring.flatMap((p, i): Position[] => {
            if (i === 0) return [p];
            const q = ring[i - 1]!;
            return Array.from({ length: n }, (_, k) => [
              q[0]! + ((p[0]! - q[0]!) * (k + 1)) / n,
              q[1]! + ((p[1]! - q[1]!) * (k + 1)) / n,
            ]);
          }),
        ),
      ),
    })),
  );
}

const hostile: { name: string; kind: ImportErrorKind; make: () => Promise<string> | string; crs?: string }[] =
  [
    {
      name: 'a 2 GiB archive',
      kind: 'too-large',
      make: () => {
        const path = write('huge.zip', '');
        truncateSync(path, 2 * 2 ** 30);
        return path;
      },
    },
    {
      name: 'a zip bomb (a .shp that inflates to 200 MiB)',
      kind: 'zip-bomb',
      make: () =>
        write(
          'bomb.zip',
          handZip([
            { name: 'townships.shp', data: Buffer.alloc(200 * 2 ** 20) },
            { name: 'townships.dbf', data: Buffer.alloc(64) },
          ]),
        ),
    },
    {
      name: 'a zip bomb whose header claims 1 kB',
      kind: 'zip-bomb',
      make: () =>
        write(
          'liar.zip',
          handZip([
            { name: 'townships.shp', data: Buffer.alloc(200 * 2 ** 20), declaredSize: 1000 },
            { name: 'townships.dbf', data: Buffer.alloc(64) },
          ]),
        ),
    },
    ...(
      [
        ['NaN in a GeoJSON ring', '[NaN,26.5]'],
        ['Infinity (1e999)', '[1e999,26.5]'],
        ['a null coordinate', '[103.4,null]'],
        ['latitude 91.5', '[103.4,91.5]'],
      ] as const
    ).map(([name, value], i) => ({
      name,
      kind: 'bad-coordinate' as const,
      make: () => write(`position-${i}.geojson`, withPosition(value)),
    })),
    {
      name: 'NaN in a Shapefile',
      kind: 'bad-coordinate',
      make: async () => {
        const rs = records((name) => ({ NAME: name }));
        rs[3]!.polygons[0]![0]![2] = [NaN, NaN];
        return write('nan.zip', await writeShapefileZip(rs));
      },
    },
    {
      name: 'JSON nested 100,000 deep',
      kind: 'too-deep',
      make: () =>
        write('deep.geojson', `{"type":"FeatureCollection","features":${'['.repeat(1e5)}${']'.repeat(1e5)}}`),
    },
    {
      name: 'a million vertices',
      kind: 'too-many-vertices',
      make: () =>
        write(
          'million.geojson',
          densified(
            Math.ceil(1e6 / cells.features.reduce((n, f) => n + f.geometry.coordinates[0]!.length, 0)) + 1,
          ),
        ),
    },
    {
      name: '.shp with 25 shapes, .dbf with 24 records',
      kind: 'record-mismatch',
      make: async () => {
        const rs = records((name) => ({ NAME: name }));
        return write('mismatch.zip', await writeShapefileZip(rs, undefined, { dbfRecords: rs.slice(1) }));
      },
    },
    {
      name: 'Latin-1 names, no .cpg',
      kind: 'unknown-encoding',
      make: async () =>
        write(
          'latin1.zip',
          await writeShapefileZip(
            records((_, i) => ({ NAME: `Commune ${i} é` })),
            undefined,
            {
              cpg: null,
              encode: (t) => Buffer.from(t, 'latin1'),
            },
          ),
        ),
    },
    {
      name: 'UTF-16 names, no .cpg',
      kind: 'unknown-encoding',
      make: async () =>
        write(
          'utf16.zip',
          await writeShapefileZip(
            records((name) => ({ NAME: name })),
            undefined,
            {
              cpg: null,
              encode: (t) => Buffer.from(t, 'utf16le'),
            },
          ),
        ),
    },
    {
      name: 'a ring of two distinct positions',
      kind: 'broken-ring',
      make: () => {
        const fs = named();
        fs[4]!.polygons.push([
          [
            [103.3, 26.3],
            [103.31, 26.3],
            [103.3, 26.3],
            [103.3, 26.3],
          ],
        ]);
        return write('degenerate.geojson', geojson(fs));
      },
    },
    {
      name: 'a township reaching 5 % into its neighbour',
      kind: 'overlap',
      make: () => write('reach.geojson', geojson(reachInto(0.05).features)),
    },
    {
      name: 'a 1 km² gap between two townships',
      kind: 'gap',
      make: () => write('gap.geojson', geojson(withGap(1).features)),
    },
    {
      name: 'Gauss–Krüger metres without a .prj or zone number',
      kind: 'crs',
      make: () => {
        const gk = proj4('EPSG:4326', epsgDefinition(4543)!);
        return write('gk.geojson', geojson(named((p) => gk.forward(p as [number, number]))));
      },
    },
  ];

describe('hostile boundary files', () => {
  const outcomes: {
    name: string;
    expected: ImportErrorKind;
    got: string | null;
    wrote: boolean;
    ms: number;
  }[] = [];
  let maxRss = 0;

  for (const h of hostile) {
    it(`refuses ${h.name} (${h.kind})`, async () => {
      const input = await h.make();
      const r = await attempt(input, { crs: h.crs });
      maxRss = Math.max(maxRss, process.memoryUsage().rss);
      outcomes.push({
        name: h.name,
        expected: h.kind,
        got: kindOf(r.error) ?? String(r.error),
        wrote: r.wrote,
        ms: r.ms,
      });
      expect(kindOf(r.error), String(r.error)).toBe(h.kind);
      expect(r.wrote).toBe(false);
      expect(r.ms).toBeLessThan(maxSeconds * 1000);
    }, 120_000);
  }

  afterAll(() => {
    const refused = outcomes.filter((o) => o.got === o.expected).length;
    const wrote = outcomes.filter((o) => o.wrote).length;
    const slowest = outcomes.reduce((a, b) => (b.ms > a.ms ? b : a), outcomes[0]!);
    console.warn(
      [
        `hostile files: ${outcomes.length} tried, ${refused} refused with their own named error, ${wrote} left anything written`,
        `slowest: ${slowest.name} in ${(slowest.ms / 1000).toFixed(2)} s; largest resident memory ${(maxRss / 2 ** 20).toFixed(0)} MiB (limits: ${maxSeconds} s, ${maxRssBytes / 2 ** 30} GiB; file ${limits.fileBytes / 2 ** 20} MiB, inflated ${limits.inflatedBytes / 2 ** 20} MiB, nesting ${limits.jsonDepth}, ${limits.positions.toLocaleString('en')} positions)`,
        ...outcomes.map(
          (o) => `  ${o.got === o.expected ? 'ok' : 'NO'} ${o.name}: ${o.got} in ${o.ms.toFixed(0)} ms`,
        ),
      ].join('\n'),
    );
    expect(outcomes).toHaveLength(hostile.length);
    expect(refused).toBe(hostile.length);
    expect(wrote).toBe(0);
    expect(maxRss).toBeLessThan(maxRssBytes);
  });
});
