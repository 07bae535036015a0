/**
 * Imports official township boundaries and writes them in the schema of the schematic cells, with
 * precision "official":
 *
 *   npm run geo:import -- <file> [--crs wgs84|cgcs2000|gcj02|epsg:NNNN] [--out path]
 *
 * <file>: GeoJSON, TopoJSON or a zipped Shapefile (its .prj is used; .cpg or GBK/UTF-8 detection for
 * names). Features are matched to the 25 official codes by a code field or by name (tolerant of
 * 乡/镇/街道 suffixes and traditional characters), validated, simplified with their topology kept, and
 * written. On any failure an ImportError names the problem and nothing is written.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import gcoord from 'gcoord';
import JSZip from 'jszip';
import * as OpenCC from 'opencc-js';
import * as polyclip from 'polyclip-ts';
import proj4 from 'proj4';
import * as shapefile from 'shapefile';
import * as topojsonClient from 'topojson-client';
import * as topojsonSimplify from 'topojson-simplify';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { buildCounties } from './build-outline';
import { huizeOutline, loadAnchors, paths, serialise, townshipFeature } from './build-geo';
import { toPlane } from './lib/project';
import { cleanRing, orient, roundCoordinate, topologyOf } from './lib/topology';
import { loadUnits, type TownshipUnit } from './lib/units';
import { polygonArea, selfIntersections, type Point } from '../../src/geo/planar';

export class ImportError extends Error {
  override name = 'ImportError';
}

export interface ImportOptions {
  /** Overrides the CRS read from a .prj or guessed from the coordinates. */
  crs?: string;
  /** The county outline to check coverage against (default: geo/counties.geojson as built). */
  counties?: FeatureCollection;
}

export interface ImportResult {
  output: string;
  crs: string;
  coverage: number;
  overlap: number;
  matchedBy: Record<string, string>;
}

export const minCoverage = 0.97;
export const maxOverlap = 0.005;

/** CGCS2000 Gauss–Krüger zones are on the same ellipsoid as GRS80; CGCS2000 and WGS84 agree to ~1 m. */
const cgcs2000Gk = (lon0: number, x0: number) =>
  `+proj=tmerc +lat_0=0 +lon_0=${lon0} +k=1 +x_0=${x0} +y_0=0 +ellps=GRS80 +units=m +no_defs`;

/** EPSG codes the import knows without a .prj: geographic, web mercator and CGCS2000 Gauss–Krüger. */
export function epsgDefinition(code: number): string | null {
  if (code === 4326 || code === 4490) return '+proj=longlat +ellps=GRS80 +no_defs';
  if (code === 3857)
    return '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +no_defs';
  // 3° zones 25–45 (CM 75°–135°E): 4513–4533 with the zone number in the easting, 4534–4554 without.
  if (code >= 4513 && code <= 4533) return cgcs2000Gk((code - 4513 + 25) * 3, (code - 4513 + 25) * 1e6 + 5e5);
  if (code >= 4534 && code <= 4554) return cgcs2000Gk((code - 4534 + 25) * 3, 5e5);
  // 6° zones 13–23 (CM 75°–135°E): 4491–4501 with the zone number, 4502–4512 without.
  if (code >= 4491 && code <= 4501)
    return cgcs2000Gk((code - 4491 + 13) * 6 - 3, (code - 4491 + 13) * 1e6 + 5e5);
  if (code >= 4502 && code <= 4512) return cgcs2000Gk((code - 4502 + 13) * 6 - 3, 5e5);
  return null;
}

type Transform = { label: string; apply: (p: Position) => Position };

function crsFromName(crs: string): Transform {
  const c = crs.trim().toLowerCase();
  if (c === 'wgs84' || c === 'cgcs2000') return { label: c.toUpperCase(), apply: (p) => p };
  if (c === 'gcj02')
    return {
      label: 'GCJ-02 (converted with gcoord)',
      apply: (p) => gcoord.transform(p as [number, number], gcoord.GCJ02, gcoord.WGS84),
    };
  const m = /^epsg:(\d+)$/.exec(c);
  if (m) {
    const def = epsgDefinition(Number(m[1]));
    if (!def)
      throw new ImportError(
        `unknown CRS "${crs}": give wgs84, cgcs2000, gcj02 or a CGCS2000 Gauss–Krüger EPSG code (4491–4554)`,
      );
    const conv = proj4(def, 'EPSG:4326');
    return { label: `EPSG:${m[1]}`, apply: (p) => conv.forward([p[0]!, p[1]!]) };
  }
  throw new ImportError(`unknown CRS "${crs}": give wgs84, cgcs2000, gcj02 or epsg:NNNN`);
}

function crsFromPrj(wkt: string): Transform {
  if (/GEOGCS|GEOGCRS/i.test(wkt) && !/PROJCS|PROJCRS/i.test(wkt))
    return { label: 'geographic (.prj)', apply: (p) => p };
  try {
    const conv = proj4(wkt, 'EPSG:4326');
    return {
      label: `.prj: ${/PROJCS\["([^"]+)"/.exec(wkt)?.[1] ?? 'projected'}`,
      apply: (p) => conv.forward([p[0]!, p[1]!]),
    };
  } catch (e) {
    throw new ImportError(`the .prj could not be read (${(e as Error).message}): pass --crs`);
  }
}

/** With no CRS given, only coordinates that say which CRS they are in are accepted. */
function guessCrs(sample: Position): Transform {
  const [x, y] = [sample[0]!, sample[1]!];
  if (Math.abs(x) <= 180 && Math.abs(y) <= 90)
    return { label: 'WGS84 (assumed: geographic coordinates)', apply: (p) => p };
  // A Gauss–Krüger easting with its zone number in front: 34 512 345 m is 3° zone 34, 18 612 345 m 6° zone 18.
  const zone = Math.floor(x / 1e6);
  if (zone >= 25 && zone <= 45 && y > 1e6) return crsFromName(`epsg:${4513 + zone - 25}`);
  if (zone >= 13 && zone <= 23 && y > 1e6) return crsFromName(`epsg:${4491 + zone - 13}`);
  throw new ImportError(
    `coordinates like (${x.toFixed(0)}, ${y.toFixed(0)}) are projected but say no zone, and there is no .prj: pass --crs (e.g. epsg:4543 for CGCS2000 3° Gauss–Krüger, CM 102°E)`,
  );
}

interface Loaded {
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

async function loadFile(file: string): Promise<Loaded> {
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

const toSimplified = [OpenCC.Converter({ from: 'tw', to: 'cn' }), OpenCC.Converter({ from: 'hk', to: 'cn' })];

/** 娜姑鎮 → 娜姑, 新街回族乡 → 新街, 会泽县古城街道办事处 → 古城: the stem that names a unit. */
export function nameStem(name: string): string {
  let s = name.normalize('NFKC').replace(/\s+/g, '');
  for (const convert of toSimplified) s = convert(s);
  return s
    .replace(/^(云南省)?(曲靖市)?(会泽县)?/, '')
    .replace(/(街道办事处|街道办|街道|办事处|回族乡|民族乡|镇|乡)$/, '');
}

function codeFrom(properties: Record<string, unknown>, codes: Set<string>): string | null {
  for (const value of Object.values(properties)) {
    const s = String(value ?? '').trim();
    // 9-digit township codes, also as the 12-digit statistical form (530326102000).
    const m = /^(530326\d{3})(000)?$/.exec(s);
    if (m && codes.has(m[1]!)) return m[1]!;
  }
  return null;
}

function nameFrom(
  properties: Record<string, unknown>,
  stems: Map<string, string>,
): { code: string | null; name: string | null } {
  let firstName: string | null = null;
  for (const value of Object.values(properties)) {
    if (typeof value !== 'string' || !/\p{Script=Han}/u.test(value)) continue;
    firstName ??= value;
    const code = stems.get(nameStem(value));
    if (code) return { code, name: value };
  }
  return { code: null, name: firstName };
}

function polygonsOf(geometry: Geometry | null): Position[][][] | null {
  if (!geometry) return null;
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return null;
}

function mapGeometry(polygons: Position[][][], f: (p: Position) => Position): Position[][][] {
  return polygons.map((poly) => poly.map((ring) => ring.map(f)));
}

/** Simplification threshold: planar area (deg², the topojson-simplify unit) of triangles that may go. */
const simplifyMinWeight = 1e-9;

export async function importBoundaries(
  input: string,
  output: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const units = loadUnits();
  const codes = new Set(units.map((u) => u.code));
  const stems = new Map(units.map((u) => [nameStem(u.name_zh), u.code]));
  const loaded = await loadFile(input);
  if (loaded.features.length === 0) throw new ImportError(`${basename(input)} holds no features`);

  const sample = loaded.features
    .map((f) => polygonsOf(f.geometry)?.[0]?.[0]?.[0])
    .find((p) => p !== undefined);
  if (!sample) throw new ImportError(`${basename(input)} holds no polygons`);
  const transform = options.crs
    ? crsFromName(options.crs)
    : loaded.prj
      ? crsFromPrj(loaded.prj)
      : guessCrs(sample);

  // Match every feature to one code.
  const byCode = new Map<string, { polygons: Position[][][]; matchedBy: string }>();
  const problems: string[] = [];
  loaded.features.forEach((f, i) => {
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const code = codeFrom(props, codes);
    const byName = nameFrom(props, stems);
    const which = code ?? byName.code;
    const label = byName.name ?? (code ? code : `feature ${i + 1}`);
    if (!which) {
      problems.push(
        `feature ${i + 1} (${byName.name ?? JSON.stringify(props)}) matches no township of Huize by code or name`,
      );
      return;
    }
    const polygons = polygonsOf(f.geometry);
    if (!polygons) {
      problems.push(`${label}: geometry is ${f.geometry?.type ?? 'missing'}, not a polygon`);
      return;
    }
    if (byCode.has(which)) {
      problems.push(`${units.find((u) => u.code === which)!.name_zh} (${which}) appears more than once`);
      return;
    }
    byCode.set(which, { polygons, matchedBy: code ? 'code' : `name "${byName.name}"` });
  });
  const missing = units.filter((u) => !byCode.has(u.code) && !problems.some((p) => p.includes(u.code)));
  if (missing.length > 0)
    problems.push(`missing: ${missing.map((u) => `${u.name_zh} (${u.code})`).join(', ')}`);
  if (problems.length > 0) throw new ImportError(problems.join('; '));

  // Rings, then CRS: coordinates must be finite, rings closed and not crossing themselves.
  const lonLat = new Map<string, Position[][][]>();
  for (const u of units) {
    const entry = byCode.get(u.code)!;
    for (const poly of entry.polygons) {
      for (const ring of poly) {
        const bad = ring.length < 4 || ring.some((p) => !Number.isFinite(p[0]) || !Number.isFinite(p[1]));
        const open =
          ring.length > 0 &&
          (ring[0]![0] !== ring[ring.length - 1]![0] || ring[0]![1] !== ring[ring.length - 1]![1]);
        if (bad || open)
          throw new ImportError(
            `${u.name_zh} (${u.code}) has a broken ring (${bad ? 'fewer than 4 positions or non-numbers' : 'not closed'})`,
          );
      }
    }
    lonLat.set(u.code, mapGeometry(entry.polygons, transform.apply));
  }
  const counties = options.counties ?? buildCounties();
  const outline = huizeOutline(counties);
  const outlinePlane = (
    outline.geometry.type === 'Polygon' ? [outline.geometry.coordinates] : outline.geometry.coordinates
  ).map((p) => p.map((r) => r.map(toPlane)));
  const outlineM2 = outlinePlane.reduce((s, p) => s + polygonArea(p), 0);
  const [ominX, ominY, omaxX, omaxY] = turf.bbox(outline);
  const all = [...lonLat.values()].flat(3);
  const inBox = all.filter(
    (p) => p[0]! > ominX - 0.2 && p[0]! < omaxX + 0.2 && p[1]! > ominY - 0.2 && p[1]! < omaxY + 0.2,
  ).length;
  if (inBox < all.length * 0.9) {
    const c = all[0]!;
    throw new ImportError(
      `with CRS ${transform.label} the boundaries do not fall on Huize County (first point at ${c[0]!.toFixed(3)}, ${c[1]!.toFixed(3)}; Huize spans ${ominX.toFixed(2)}–${omaxX.toFixed(2)}°E, ${ominY.toFixed(2)}–${omaxY.toFixed(2)}°N): the CRS looks wrong`,
    );
  }
  const planes = new Map<string, Point[][][]>();
  for (const u of units) {
    const plane = mapGeometry(lonLat.get(u.code)!, toPlane) as Point[][][];
    for (const poly of plane) {
      if (selfIntersections(poly).length > 0)
        throw new ImportError(`${u.name_zh} (${u.code}) has a ring that crosses itself`);
    }
    planes.set(u.code, plane);
  }

  // Tiling: coverage of the county outline and overlaps between townships.
  const geoms = units.map((u) => planes.get(u.code)! as polyclip.Geom);
  const union = polyclip.union(geoms[0]!, ...geoms.slice(1)) as Point[][][];
  const covered = polyclip.intersection(union as polyclip.Geom, outlinePlane as polyclip.Geom) as Point[][][];
  const coverage = covered.reduce((s, p) => s + polygonArea(p), 0) / outlineM2;
  const unionM2 = union.reduce((s, p) => s + polygonArea(p), 0);
  const sumM2 = units.reduce((s, u) => s + planes.get(u.code)!.reduce((t, p) => t + polygonArea(p), 0), 0);
  // Rounding in the clipper can make the difference a hair below zero.
  const overlap = Math.max(0, (sumM2 - unionM2) / outlineM2);
  if (overlap >= maxOverlap) {
    let worst = { a: '', b: '', m2: 0 };
    units.forEach((a, i) =>
      units.slice(i + 1).forEach((b) => {
        const inter = polyclip.intersection(
          planes.get(a.code)! as polyclip.Geom,
          planes.get(b.code)! as polyclip.Geom,
        ) as Point[][][];
        const m2 = inter.reduce((s, p) => s + polygonArea(p), 0);
        if (m2 > worst.m2) worst = { a: a.name_zh, b: b.name_zh, m2 };
      }),
    );
    throw new ImportError(
      `townships overlap by ${(overlap * 100).toFixed(2)} % of the county (limit ${maxOverlap * 100} %); most between ${worst.a} and ${worst.b} (${(worst.m2 / 1e6).toFixed(2)} km²)`,
    );
  }
  if (coverage < minCoverage) {
    throw new ImportError(
      `the townships cover ${(coverage * 100).toFixed(1)} % of the county outline (at least ${minCoverage * 100} % needed): a township is too small or the CRS is off (${transform.label})`,
    );
  }

  // Simplify with the topology kept: shared borders are one arc, simplified once.
  const draft: Feature<MultiPolygon>[] = units.map((u) => ({
    type: 'Feature',
    properties: { code: u.code },
    geometry: { type: 'MultiPolygon', coordinates: lonLat.get(u.code)! },
  }));
  const { topology } = topologyOf(draft);
  const simplified = topojsonSimplify.simplify(
    topojsonSimplify.presimplify(
      topology as Parameters<typeof topojsonSimplify.presimplify>[0],
      topojsonSimplify.planarTriangleArea,
    ),
    simplifyMinWeight,
  );
  const back = topojsonClient.feature(
    simplified,
    simplified.objects.cells as GeometryCollection,
  ) as FeatureCollection<Polygon | MultiPolygon>;
  const official = new Map(loadAnchors().map((a) => [a.code, a.area_km2]));
  const features = units.map((u, i) => {
    const g = back.features[i]!.geometry;
    const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
      .map((poly) =>
        orient(
          poly
            .map((ring) => cleanRing(ring.map((p) => [roundCoordinate(p[0]!), roundCoordinate(p[1]!)])))
            .filter((r): r is Position[] => r !== null),
        ),
      )
      .filter((poly) => poly.length > 0);
    // 金钟's gazetteer figure is the former town's (see build-geo.ts): not compared with an official cell.
    const area = u.code === '530326003' ? null : (official.get(u.code) ?? null);
    return officialFeature(u, polygons, area);
  });
  const matchedBy = Object.fromEntries(units.map((u) => [u.code, byCode.get(u.code)!.matchedBy]));
  const collection = {
    type: 'FeatureCollection',
    precision: 'official',
    source: `Official township boundaries imported from ${basename(input)}`,
    provenance: {
      file: basename(input),
      crs: transform.label,
      matched_by: matchedBy,
      coverage_of_county_outline: Math.round(coverage * 10000) / 10000,
      overlap_share: Math.round(overlap * 1e6) / 1e6,
      simplification: `topojson-simplify, planar triangle area ≥ ${simplifyMinWeight} deg², shared borders kept identical; 5 decimals`,
      script: 'geo/scripts/import-boundaries.ts',
    },
    features,
  };
  const temp = `${output}.${process.pid}.tmp`;
  writeFileSync(temp, serialise(collection));
  renameSync(temp, output);
  return { output, crs: transform.label, coverage, overlap, matchedBy };
}

/** Same properties as a schematic cell; the geometry stays multi-part where the official one is. */
function officialFeature(unit: TownshipUnit, polygons: Position[][][], official: number | null) {
  const largest = polygons.reduce((a, b) =>
    polygonArea(b.map((r) => r.map(toPlane))) > polygonArea(a.map((r) => r.map(toPlane))) ? b : a,
  );
  const feature = townshipFeature(unit, largest, 'official', official);
  const km2 = polygons.reduce((s, p) => s + polygonArea(p.map((r) => r.map(toPlane))), 0) / 1e6;
  feature.properties.area_km2 = Math.round(km2 * 100) / 100;
  const geometry: Polygon | MultiPolygon =
    polygons.length === 1
      ? { type: 'Polygon', coordinates: polygons[0]! }
      : { type: 'MultiPolygon', coordinates: polygons };
  return { ...feature, geometry };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const v = args[i + 1];
    args.splice(i, 2);
    return v;
  };
  const crs = flag('--crs');
  const out = flag('--out') ?? paths.townships;
  const input = args[0];
  if (!input) {
    console.error(
      'usage: npm run geo:import -- <file.geojson|.topojson|.zip> [--crs wgs84|cgcs2000|gcj02|epsg:NNNN] [--out path]',
    );
    process.exit(2);
  }
  importBoundaries(input, out, { crs }).then(
    (r) =>
      console.log(
        `wrote ${r.output}: 25 townships, CRS ${r.crs}, coverage ${(r.coverage * 100).toFixed(2)} %, overlap ${(r.overlap * 100).toFixed(3)} %`,
      ),
    (e: unknown) => {
      console.error(e instanceof ImportError ? `import failed: ${e.message}` : e);
      console.error('nothing was written');
      process.exit(1);
    },
  );
}
