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
  | 'geo-mismatch';

export interface DataError {
  file: DataFile;
  id: string;
  field: string;
  code: ErrorCode;
  message: string;
}

export function formatError(e: DataError): string {
  return `${e.file} [${e.id}] ${e.field}: ${e.message} (${e.code})`;
}
