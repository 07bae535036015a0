/**
 * What every check returns instead of throwing, so the CLI can print them all and the tests can assert on
 * each one.
 */
import type { GeoFile } from '../geo/geoFiles';
import type { DATA_FILES, DataKey } from './files';

/**
 * Where an error is: a data file (an error in the text of a source document is reported on its entry in
 * sources.json) or, for the checks against the map, a geo file.
 */
export type DataFile = (typeof DATA_FILES)[DataKey] | GeoFile;

export type ErrorCode =
  | 'json'
  | 'schema'
  | 'duplicate-id'
  | 'unknown-ref'
  | 'official-code'
  | 'official-name'
  | 'township-mismatch'
  | 'unassigned-without-note'
  | 'scope'
  | 'county-figure-on-township'
  | 'shared-flag'
  | 'split-without-note'
  | 'figure-reused'
  | 'figure-not-in-phrase'
  | 'figure-value'
  | 'part-of'
  | 'unknown-source'
  | 'source-date-note'
  | 'source-text-changed'
  | 'source-duplicate'
  | 'citation-not-found'
  | 'citation-section'
  | 'citation-garbled'
  | 'name-not-in-report'
  | 'report-figure-missing'
  | 'geo-mismatch'
  | 'source-text-missing'
  | 'source-text-too-large'
  | 'text-too-long'
  | 'text-control-character'
  | 'duplicate-record'
  | 'reader-notes'
  | 'unknown-unit'
  | 'unit-builtin';

/**
 * The rules whose findings are a to-do, not a refusal: a number printed in a source that no record quotes
 * yet is work left (the reader lists it), so a new report opens with its first records. Every caller of
 * checkAll (check:data, the build, data:import-sheet, the desk) takes them apart from the errors there.
 */
export const TODO_RULES = ['report-figure-missing'] as const satisfies readonly ErrorCode[];
export type TodoCode = (typeof TODO_RULES)[number];

export const isTodo = (e: Pick<DataError, 'code'>): boolean =>
  (TODO_RULES as readonly ErrorCode[]).includes(e.code);

export interface DataError {
  file: DataFile;
  id: string;
  field: string;
  code: ErrorCode;
  message: string;
  /**
   * The message's values, for a reader in another language: the report desk writes the rule's message from
   * its dictionary (`desk.rule.<code>`) with these, and `message` (English) where a rule has none.
   */
  vars?: Readonly<Record<string, string | number>>;
  /** a second record to edit to put it right (the place whose names_in_report a citation may use) */
  also?: { file: DataFile; id: string; field: string };
}

export function formatError(e: DataError): string {
  const also = e.also ? `; edit ${e.also.file} [${e.also.id}] ${e.also.field}` : '';
  return `${e.file} [${e.id}] ${e.field}: ${e.message}${also} (${e.code})`;
}

/** How many errors of one rule are listed before the rest are summed up in one line. */
export const ERRORS_PER_RULE = 50;

/**
 * The first `max` errors of each rule, then one line per rule saying how many more there were: a hostile
 * or mistaken input (a megabyte of figures no record quotes) gives tens of thousands of errors of one kind,
 * which no one reads and which cost memory and time to print. Never spreads the list into a call.
 */
export function capPerRule(errors: readonly DataError[], max = ERRORS_PER_RULE): DataError[] {
  const seen = new Map<ErrorCode, { first: DataError; count: number }>();
  const out: DataError[] = [];
  for (const e of errors) {
    const s = seen.get(e.code) ?? { first: e, count: 0 };
    seen.set(e.code, s);
    if (++s.count <= max) out.push(e);
  }
  for (const [code, { first, count }] of seen) {
    if (count <= max) continue;
    out.push({
      file: first.file,
      id: '(more)',
      field: '(more)',
      code,
      message: `and ${count - max} more ${code} error(s) like those above`,
      vars: { more: count - max },
    });
  }
  return out;
}

/** Appends `more` to `to` without spreading it into a call (a long list would overflow the stack). */
export function appendAll<T>(to: T[], more: readonly T[]): T[] {
  for (const x of more) to.push(x);
  return to;
}
