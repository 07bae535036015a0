/**
 * Reading the input within the limits (limits.ts): GeoJSON, TopoJSON (all objects) or a zipped Shapefile
 * (zip.ts). JSON that spells NaN or Infinity is named as such rather than as "not JSON".
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import * as topojsonClient from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { polygonsOf } from '../geometry';
import { ImportError } from './error';
import { checkFileSize, checkJsonDepth, checkPositionCount } from './limits';
import { loadZip, type LoadedShapefile } from './zip';

export interface Loaded {
  features: Feature[];
  prj?: string;
  /** Shapefiles only: how the names were decoded. */
  encoding?: LoadedShapefile['encoding'];
}

/** Positions in any geometry, counted without recursion (a hostile file may nest arbitrarily). */
export function countPositions(value: unknown): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (!Array.isArray(v)) continue;
    if (v.length > 0 && !Array.isArray(v[0])) count++;
    else for (const x of v) stack.push(x);
  }
  return count;
}

function geometryPositions(features: Feature[]): number {
  return features.reduce((n, f) => {
    const g = f?.geometry as { coordinates?: unknown; geometries?: unknown[] } | null;
    return (
      n +
      countPositions(g?.coordinates) +
      (g?.geometries ?? []).reduce<number>(
        (m, x) => m + countPositions((x as { coordinates?: unknown })?.coordinates),
        0,
      )
    );
  }, 0);
}

function parseJson(text: string, file: string): unknown {
  checkJsonDepth(text, file);
  try {
    return JSON.parse(text);
  } catch (e) {
    const bare = /[[,:]\s*(-?(?:NaN|Infinity))\b/.exec(text);
    if (bare)
      throw new ImportError(
        'bad-coordinate',
        `${file} holds ${bare[1]} at character ${bare.index + bare[0].length - bare[1]!.length}: coordinates must be finite numbers (and JSON has no ${bare[1]})`,
      );
    throw new ImportError(
      'format',
      `${file} is neither JSON (GeoJSON/TopoJSON) nor a zipped Shapefile (${(e as Error).message})`,
    );
  }
}

function fromJson(json: unknown, file: string): Loaded {
  const obj = json as {
    type?: string;
    features?: unknown;
    objects?: Record<string, unknown>;
    arcs?: unknown;
  };
  if (obj?.type === 'Topology' && obj.objects && typeof obj.objects === 'object') {
    checkPositionCount(countPositions(obj.arcs), file);
    const topology = json as Topology;
    try {
      const features = Object.values(topology.objects).flatMap((o) => {
        const f = topojsonClient.feature(topology, o as GeometryCollection) as Feature | FeatureCollection;
        return f.type === 'FeatureCollection' ? f.features : [f];
      });
      return { features };
    } catch (e) {
      throw new ImportError('format', `${file} is a broken TopoJSON (${(e as Error).message})`);
    }
  }
  let features: Feature[] | null = null;
  if (obj?.type === 'FeatureCollection' && Array.isArray(obj.features)) features = obj.features as Feature[];
  else if (obj?.type === 'Feature') features = [json as Feature];
  if (!features)
    throw new ImportError(
      'format',
      `${file} is JSON but not GeoJSON or TopoJSON (no FeatureCollection, Feature or Topology)`,
    );
  checkPositionCount(geometryPositions(features), file);
  return { features };
}

export async function loadFile(path: string): Promise<Loaded> {
  const file = basename(path);
  let bytes: Buffer;
  try {
    checkFileSize(statSync(path).size, file);
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError('unreadable', `cannot read ${path}: ${(e as Error).message}`);
  }
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '')
    throw new ImportError('empty', `${file} is empty`);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return loadZip(bytes, path);
  return fromJson(parseJson(bytes.toString('utf8'), file), file);
}

/** A feature's polygons, or null when its geometry is missing or not a (multi)polygon. */
export function polygonsIn(geometry: Geometry | null): Position[][][] | null {
  if (geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon') return polygonsOf(geometry);
  return null;
}
