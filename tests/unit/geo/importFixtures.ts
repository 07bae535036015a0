/**
 * Inputs for the import tests, made from the committed schematic cells (which tile the county outline
 * exactly): as GeoJSON with names, moved or bent on purpose, and a sentinel output to prove nothing was
 * written.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import { importBoundaries, ImportError, type ImportErrorKind } from '../../../geo/scripts/import-boundaries';

export const counties = JSON.parse(readFileSync('geo/counties.geojson', 'utf8')) as FeatureCollection;
export const cells = JSON.parse(readFileSync('geo/townships.geojson', 'utf8')) as FeatureCollection<Polygon>;

export interface InputFeature {
  polygons: Position[][][];
  properties: Record<string, unknown>;
}

export function mapCoords(f: Feature<Polygon>, fn: (p: Position) => Position): Position[][][] {
  return [f.geometry.coordinates.map((ring) => ring.map(fn))];
}

/** The cells with their names, each position through `fn`. */
export const named = (fn: (p: Position) => Position = (p) => p): InputFeature[] =>
  cells.features.map((f) => ({ polygons: mapCoords(f, fn), properties: { name: f.properties!.name_zh } }));

export function geojson(features: InputFeature[]): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: features.map((f) => ({
      type: 'Feature',
      properties: f.properties,
      geometry: { type: 'MultiPolygon', coordinates: f.polygons },
    })),
  });
}

export function tempDir(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    write(name: string, content: string | Buffer | Uint8Array): string {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
  };
}

export const sentinel = '{"sentinel":true}\n';

export interface Refusal {
  error: unknown;
  /** Whether the output changed or anything else appeared in its folder. */
  wrote: boolean;
  ms: number;
}

/** Runs the import onto a sentinel file in a folder of its own and says what it threw and left. */
export async function attempt(input: string, options: { crs?: string } = {}): Promise<Refusal> {
  const out = tempDir('huize-out-');
  const output = out.write('townships.geojson', sentinel);
  const started = performance.now();
  let error: unknown = null;
  try {
    await importBoundaries(input, output, { counties, ...options });
  } catch (e) {
    error = e;
  }
  const ms = performance.now() - started;
  const wrote = readFileSync(output, 'utf8') !== sentinel || readdirSync(out.dir).length !== 1;
  return { error, wrote, ms };
}

export const kindOf = (e: unknown): ImportErrorKind | null => (e instanceof ImportError ? e.kind : null);
