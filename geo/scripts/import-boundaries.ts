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
 *
 * The steps are in lib/import/: read (formats), crs, match (codes and names), checks, write.
 */
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, Position } from 'geojson';
import { buildCounties } from './build-outline';
import { paths } from './build-geo';
import { mapGeometry } from './lib/geometry';
import { checkOnHuize, checkRings, checkTiling, countyOutline, planesOf } from './lib/import/checks';
import { chooseCrs } from './lib/import/crs';
import { ImportError } from './lib/import/error';
import { matchFeatures } from './lib/import/match';
import { loadFile, polygonsIn } from './lib/import/read';
import { officialCollection, officialFeatures, writeAtomically } from './lib/import/write';
import { loadUnits } from './lib/units';

export { maxOverlap, minCoverage } from './lib/import/checks';
export { epsgDefinition } from './lib/import/crs';
export { ImportError } from './lib/import/error';
export { nameStem } from './lib/import/match';

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

export async function importBoundaries(
  input: string,
  output: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const units = loadUnits();
  const loaded = await loadFile(input);
  if (loaded.features.length === 0) throw new ImportError(`${basename(input)} holds no features`);

  const sample = loaded.features
    .map((f) => polygonsIn(f.geometry)?.[0]?.[0]?.[0])
    .find((p) => p !== undefined);
  if (!sample) throw new ImportError(`${basename(input)} holds no polygons`);
  const transform = chooseCrs(options.crs, loaded.prj, sample);
  const byCode = matchFeatures(loaded.features, units);

  // Rings, then CRS: coordinates must be finite, rings closed and not crossing themselves.
  const lonLat = new Map<string, Position[][][]>();
  for (const u of units) {
    const { polygons } = byCode.get(u.code)!;
    checkRings(u, polygons);
    lonLat.set(u.code, mapGeometry(polygons, transform.apply));
  }
  const outline = countyOutline(options.counties ?? buildCounties());
  checkOnHuize(lonLat, outline, transform.label);
  const planes = planesOf(units, lonLat);
  const { coverage, overlap } = checkTiling(units, planes, outline, transform.label);

  const features = officialFeatures(units, lonLat);
  const matchedBy = Object.fromEntries(units.map((u) => [u.code, byCode.get(u.code)!.matchedBy]));
  const provenance = { crs: transform.label, matchedBy, coverage, overlap };
  writeAtomically(output, officialCollection(basename(input), features, provenance));
  return { output, crs: transform.label, coverage, overlap, matchedBy };
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
