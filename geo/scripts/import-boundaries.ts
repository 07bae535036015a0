/**
 * Imports official township boundaries and writes them in the schema of the schematic cells, with
 * precision "official":
 *
 *   npm run geo:import -- <file> [--crs wgs84|cgcs2000|gcj02|bd09|epsg:NNNN] [--out path]
 *
 * <file>: GeoJSON, TopoJSON or a zipped Shapefile (its .prj is used; .cpg or UTF-8/GBK detection for
 * names), within the limits of lib/import/limits.ts. Features are matched to the 25 official codes by a
 * code field or by name (tolerant of 乡/镇/街道 suffixes and traditional characters); the coordinate system
 * is --crs, else the .prj, else the one that fits the county outline; each township is repaired into a
 * valid polygon (saying what was repaired) and the whole checked for overlaps and gaps, then simplified with
 * its topology kept and written. On any failure an ImportError names its kind and the problem, and nothing
 * is written.
 *
 * The steps are in lib/import/: read and zip (formats, limits), match, checks, repair, detect and crs,
 * write; the topology is lib/townshipTopology.ts, shared with check:data.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, Position } from 'geojson';
import { paths } from './build-geo';
import { mapGeometry } from './lib/geometry';
import { checkConverted, checkCoordinates, checkCoverage, checkOnHuize } from './lib/import/checks';
import { chooseCrs, fitsLine, type Tried } from './lib/import/detect';
import { ImportError } from './lib/import/error';
import type { Fit } from './lib/import/fit';
import { matchFeatures } from './lib/import/match';
import { loadFile } from './lib/import/read';
import { mergeParts, repairTownship } from './lib/import/repair';
import { checkNotSchematic, readSchematic } from './lib/import/schematic';
import { officialCollection, officialFeatures, writeAtomically } from './lib/import/write';
import { countyOutline } from './lib/outlinePlane';
import { townshipTopology } from './lib/townshipTopology';
import { loadUnits } from './lib/units';

export { minCoverage } from './lib/import/checks';
export { epsgDefinition } from './lib/import/crs';
export { ImportError, importErrorKinds, type ImportErrorKind } from './lib/import/error';
export { limits } from './lib/import/limits';
export { nameStem } from './lib/import/match';
export { topologyTolerance } from './lib/townshipTopology';

export interface ImportOptions {
  /** Overrides the CRS read from a .prj or found by the fit. */
  crs?: string;
  /** The county outline to check against (default: geo/counties.geojson). */
  counties?: FeatureCollection;
  /** Told the CRS and its fit as soon as they are known, so they are printed even if a later check fails. */
  log?: (line: string) => void;
  /** The schematic cells a file must not merely repeat (default: geo/townships.geojson while schematic). */
  schematic?: FeatureCollection | null;
}

export interface ImportResult {
  output: string;
  crs: string;
  /** How the CRS was chosen ("looks like GCJ-02: converted; …"). */
  crsNote: string;
  /** The fit of the CRS used, and of every system tried. */
  fit: Fit;
  tried: Tried[];
  coverage: number;
  /** Sum of the pairwise overlaps (all under the tolerance) as a share of the county. */
  overlap: number;
  matchedBy: Record<string, string>;
  /** What was repaired, by township code (only those with repairs). */
  repairs: Record<string, string[]>;
  /** What was accepted but should be looked at (a code that is no township, matched by its name). */
  warnings: string[];
}

const readCounties = () => JSON.parse(readFileSync(paths.counties, 'utf8')) as FeatureCollection;

export async function importBoundaries(
  input: string,
  output: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const units = loadUnits();
  const loaded = await loadFile(input);
  if (loaded.features.length === 0)
    throw new ImportError('no-polygons', `${basename(input)} holds no features`);
  const warnings: string[] = [];
  const byCode = matchFeatures(loaded.features, units, loaded.encoding, warnings);
  for (const w of warnings) options.log?.(`warning: ${w}`);
  const raw = new Map(units.map((u) => [u.code, byCode.get(u.code)!.polygons]));
  checkCoordinates(units, raw);
  const schematic = options.schematic === undefined ? readSchematic(paths.townships) : options.schematic;
  checkNotSchematic(basename(input), loaded.features, raw, schematic);

  const outline = countyOutline(options.counties ?? readCounties());
  const choice = chooseCrs(options.crs, loaded.prj, [...raw.values()], outline);
  const { label } = choice.transform;
  options.log?.(`CRS: ${label} (${choice.note})`);
  options.log?.(`fit to the county outline: ${fitsLine(choice.tried)}`);
  const lonLat = new Map<string, Position[][][]>();
  const repairs: Record<string, string[]> = {};
  for (const u of units) {
    const converted = mapGeometry(raw.get(u.code)!, choice.transform.apply);
    checkConverted(u, converted, raw.get(u.code)!, label);
    const repaired = repairTownship(u, converted);
    if (repaired.repairs.length > 0) repairs[u.code] = repaired.repairs;
    lonLat.set(u.code, repaired.polygons);
  }
  checkOnHuize(lonLat, outline, label);
  const topologyOf = () =>
    townshipTopology(
      units.map((u) => ({ code: u.code, name_zh: u.name_zh, polygons: lonLat.get(u.code)! })),
      outline,
    );
  let topology = topologyOf();
  const merge = topology.errors.filter((e) => e.partsOverlap);
  if (merge.length > 0) {
    for (const u of units.filter((x) => merge.some((e) => e.codes[0] === x.code))) {
      const merged = mergeParts(u, lonLat.get(u.code)!);
      repairs[u.code] = [...(repairs[u.code] ?? []), ...merged.repairs];
      lonLat.set(u.code, merged.polygons);
    }
    topology = topologyOf();
  }
  if (topology.errors.length > 0)
    throw new ImportError(topology.errors[0]!.kind, topology.errors.map((e) => e.message).join('; '));
  checkCoverage(topology.coverage, label);

  const features = officialFeatures(units, lonLat);
  const matchedBy = Object.fromEntries(units.map((u) => [u.code, byCode.get(u.code)!.matchedBy]));
  const overlap = (topology.overlapKm2 * 1e6) / outline.m2;
  const provenance = {
    crs: label,
    crsNote: choice.note,
    fit: choice.fit,
    matchedBy,
    coverage: topology.coverage,
    overlap,
    repairs,
  };
  writeAtomically(output, officialCollection(basename(input), features, provenance));
  return {
    output,
    crs: label,
    crsNote: choice.note,
    fit: choice.fit,
    tried: choice.tried,
    coverage: topology.coverage,
    overlap,
    matchedBy,
    repairs,
    warnings,
  };
}

const USAGE =
  'usage: npm run geo:import -- <file.geojson|.topojson|.zip> [--crs wgs84|cgcs2000|gcj02|bd09|epsg:NNNN] [--out path]';

/** The command line: one file, --crs and --out with their values; anything else is a usage error. */
export function importArgs(argv: readonly string[]): { input: string; crs?: string; out?: string } | string {
  const values: Record<string, string> = {};
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return '';
    if (arg === '--crs' || arg === '--out') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) return `${arg} needs a value`;
      values[arg.slice(2)] = value;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else files.push(arg);
  }
  if (files.length !== 1)
    return files.length === 0 ? 'give the file to import' : `one file only, not ${files.length}`;
  return { input: files[0]!, crs: values.crs, out: values.out };
}

/** Where the command line prints: console, or a test's capture. An unexpected error is printed as given. */
export interface ImportIO {
  log: (line: string) => void;
  error: (message: unknown) => void;
}

/** `npm run geo:import` behind its command line, run in a test's process too: its exit status. */
export async function importCommand(argv: readonly string[], io: ImportIO): Promise<number> {
  const args = importArgs(argv);
  if (typeof args === 'string') {
    if (args) io.error(`geo:import: ${args}`);
    io.error(USAGE);
    return 2;
  }
  const { input, crs } = args;
  const out = args.out ?? paths.townships;
  let r: ImportResult;
  try {
    r = await importBoundaries(input, out, { crs, log: (line) => io.log(line) });
  } catch (e) {
    io.error(e instanceof ImportError ? `import failed (${e.kind}): ${e.message}` : e);
    io.error('nothing was written');
    return 1;
  }
  for (const [code, list] of Object.entries(r.repairs)) io.log(`repaired ${code}: ${list.join('; ')}`);
  if (Object.keys(r.repairs).length === 0) io.log('repaired: nothing (every township was a valid polygon)');
  io.log(
    `wrote ${r.output}: 25 townships, coverage ${(r.coverage * 100).toFixed(2)} %, overlaps ${(r.overlap * 100).toFixed(4)} % of the county`,
  );
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // Not a top-level await: tests and tests/e2e/build-official.ts import this module.
  void importCommand(process.argv.slice(2), console).then((status) => {
    if (status !== 0) process.exit(status);
  });
}
