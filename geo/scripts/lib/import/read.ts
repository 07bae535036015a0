/**
 * Reading the input: GeoJSON, TopoJSON (all objects) or a zipped Shapefile (.shp + .dbf, with its .prj if
 * present; names decoded as the .cpg says, else as UTF-8 when the bytes are valid UTF-8, else as GBK).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import JSZip from 'jszip';
import * as shapefile from 'shapefile';
import * as topojsonClient from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { polygonsOf } from '../geometry';
import { ImportError } from './error';

export interface Loaded {
  features: Feature[];
  prj?: string;
}

function decodeDbfText(bytes: Uint8Array, cpg: string | undefined): string {
  const label = cpg?.trim().toLowerCase();
  if (label && /936|gbk|gb2312|gb18030/.test(label)) return 'gbk';
  if (label) return /utf-?8/.test(label) ? 'utf-8' : label;
  // No .cpg: Chinese shapefiles are mostly GBK or UTF-8; bytes that are not valid UTF-8 mean GBK.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'gbk';
  }
}

export async function loadFile(file: string): Promise<Loaded> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new ImportError(`cannot read ${file}: ${(e as Error).message}`);
  }
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '')
    throw new ImportError(`${basename(file)} is empty`);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return loadZip(bytes, file);
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new ImportError(`${basename(file)} is neither JSON (GeoJSON/TopoJSON) nor a zipped Shapefile`);
  }
  const obj = json as { type?: string; features?: unknown; objects?: Record<string, unknown> };
  if (obj?.type === 'Topology' && obj.objects) {
    const topology = json as Topology;
    const features = Object.values(topology.objects).flatMap((o) => {
      const f = topojsonClient.feature(topology, o as GeometryCollection) as Feature | FeatureCollection;
      return f.type === 'FeatureCollection' ? f.features : [f];
    });
    return { features };
  }
  if (obj?.type === 'FeatureCollection' && Array.isArray(obj.features))
    return { features: obj.features as Feature[] };
  if (obj?.type === 'Feature') return { features: [json as Feature] };
  throw new ImportError(
    `${basename(file)} is JSON but not GeoJSON or TopoJSON (no FeatureCollection, Feature or Topology)`,
  );
}

async function loadZip(bytes: Buffer, file: string): Promise<Loaded> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new ImportError(`${basename(file)} is not a readable zip: ${(e as Error).message}`);
  }
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir && !n.startsWith('__MACOSX'));
  const shps = names.filter((n) => n.toLowerCase().endsWith('.shp'));
  if (shps.length !== 1)
    throw new ImportError(`${basename(file)} holds ${shps.length} .shp files: expected exactly one`);
  const stem = shps[0]!.slice(0, -4);
  const part = (ext: string) => names.find((n) => n.toLowerCase() === `${stem}${ext}`.toLowerCase());
  const dbfName = part('.dbf');
  if (!dbfName)
    throw new ImportError(`${basename(file)} has no .dbf next to ${shps[0]}: names cannot be matched`);
  const shp = await zip.file(shps[0]!)!.async('uint8array');
  const dbf = await zip.file(dbfName)!.async('uint8array');
  const prjName = part('.prj');
  const cpgName = part('.cpg');
  const prj = prjName ? await zip.file(prjName)!.async('string') : undefined;
  const cpg = cpgName ? await zip.file(cpgName)!.async('string') : undefined;
  const encoding = decodeDbfText(dbf, cpg);
  try {
    const fc = await shapefile.read(shp, dbf, { encoding });
    return { features: fc.features, prj };
  } catch (e) {
    throw new ImportError(`${basename(file)}: the Shapefile could not be read (${(e as Error).message})`);
  }
}

/** A feature's polygons, or null when its geometry is missing or not a (multi)polygon. */
export function polygonsIn(geometry: Geometry | null): Position[][][] | null {
  if (geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon') return polygonsOf(geometry);
  return null;
}
