/**
 * A hostile copy of the data: every string the schemas and the app's checks still accept gets script
 * payloads, so the browser test can show that no text from data/ is ever run as markup, script, a link
 * or a spreadsheet formula. Which strings are free text is found by trying (zod schemas, then the app's
 * own loadData and the checks against the geo files), not listed by hand: ids, codes, enums, citation
 * figures and township names shared with the map refuse the payload and stay as they are.
 */
import { joinInputs, type GeoInputs } from '../../build/inputs';
import { Activity, Organisation, Pairing, Person, Place, Source, Unit } from '../../src/data/schema';
import { DATA_FILES, type DataKey, type RawDataset } from '../../src/data/validate';
import type { z } from 'zod';

/** What a successful attack would leave behind: window.__pwned set, a request for /x, or a dialog. */
export const PAYLOADS = {
  img: `<img src=x onerror="window.__pwned='img'">`,
  script: `<script>window.__pwned='script'</script>`,
  svg: `"><svg onload="window.__pwned='svg'">`,
  href: `javascript:window.__pwned='href'`,
  template: `{{constructor.constructor('window.__pwned=1')()}}`,
  formula: `=HYPERLINK("http://evil.example","x")`,
} as const;

/**
 * Leading payloads, taken in turn: where a string is used matters only at its start for links (a
 * javascript: URL) and spreadsheets (a cell starting with = + - @ is a formula).
 */
const LEADS = [
  PAYLOADS.formula,
  PAYLOADS.href,
  `+HYPERLINK("http://evil.example","x")`,
  `-HYPERLINK("http://evil.example","x")`,
  `@HYPERLINK("http://evil.example","x")`,
] as const;
/** The markup payloads go after the original text, so every injected string still says what it was. */
const TAIL = ` ${PAYLOADS.img} ${PAYLOADS.script} ${PAYLOADS.svg} ${PAYLOADS.template}`;

export const hostile = (original: string, n: number): string =>
  `${LEADS[n % LEADS.length]} ${original}${TAIL}`;

const SCHEMAS: Record<DataKey, z.ZodType> = {
  sources: Source,
  organisations: Organisation,
  places: Place,
  activities: Activity,
  pairings: Pairing,
  people: Person,
  units: Unit,
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every string leaf of a record, by its path inside the record. */
function stringPaths(value: Json, at: Path = []): Path[] {
  if (typeof value === 'string') return [at];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...at, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...at, k]));
  return [];
}

function getAt(value: Json, path: Path): Json {
  return path.reduce<Json>((v, key) => (v as Record<string | number, Json>)[key]!, value);
}

function setAt(value: Json, path: Path, leaf: Json): void {
  const parent = getAt(value, path.slice(0, -1)) as Record<string | number, Json>;
  parent[path[path.length - 1]!] = leaf;
}

const accepted = (raw: RawDataset, geo: GeoInputs): boolean => {
  try {
    joinInputs(raw, geo);
    return true;
  } catch {
    return false;
  }
};

export interface Injection {
  file: string;
  id: string;
  /** dotted path inside the record, e.g. citation.phrase or notes.0 */
  field: string;
}

/**
 * Puts payloads into every string the app accepts. Each record is tried with all its candidate strings
 * at once and, if the data no longer loads, one string at a time, keeping only those that load.
 */
export function injectPayloads(
  clean: RawDataset,
  geo: GeoInputs,
): { raw: RawDataset; injected: Injection[] } {
  const raw = structuredClone(clean) as Record<DataKey, Json[]>;
  if (!accepted(raw, geo)) throw new Error('the clean data does not load: nothing to derive from');
  const injected: Injection[] = [];
  let n = 0;
  for (const key of Object.keys(DATA_FILES) as DataKey[]) {
    for (const record of raw[key] ?? []) {
      const id = String((record as { id?: unknown }).id);
      // The schema alone rules out ids, codes and enums: cheap, and it keeps the slow pass short.
      const candidates = stringPaths(record).filter((path) => {
        const trial = structuredClone(record);
        setAt(trial, path, hostile(getAt(record, path) as string, 0));
        return SCHEMAS[key].safeParse(trial).success;
      });
      const originals = candidates.map((path) => getAt(record, path) as string);
      const apply = (paths: Path[]) =>
        paths.forEach((p) => setAt(record, p, hostile(originals[candidates.indexOf(p)]!, n++)));
      const undo = (paths: Path[]) =>
        paths.forEach((p) => setAt(record, p, originals[candidates.indexOf(p)]!));
      apply(candidates);
      let kept = candidates;
      if (!accepted(raw, geo)) {
        undo(candidates);
        kept = candidates.filter((path) => {
          apply([path]);
          if (accepted(raw, geo)) return true;
          undo([path]);
          return false;
        });
      }
      for (const path of kept) injected.push({ file: DATA_FILES[key], id, field: path.join('.') });
    }
  }
  return { raw: raw as unknown as RawDataset, injected };
}
