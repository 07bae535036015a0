/**
 * Raw data → zod parse → cross-reference → join. Either everything parses and every reference resolves,
 * or it throws DataLoadError — the map must never show a half-joined dataset.
 *
 * Run by the build (build/inputs.ts), `npm run check:data` and the tests. The browser does not run it: it
 * gets the build's parsed output and only joins it (src/data/appData.ts, join.ts), so zod is not shipped.
 * The official code list and the report are checked by `npm run check:data` only.
 */

import { HUIZE_COUNTY_PLACE_ID } from '../domain';
import { joinData, type HuizeData } from './join';
import { appendAll, formatError, type DataError } from './errors';
import type { RawDataset } from './files';
import { parseDataset } from './parse';
import { validateParsed } from './validate';

export class DataLoadError extends Error {
  override readonly name = 'DataLoadError';
  readonly errors: readonly DataError[];

  constructor(errors: readonly DataError[]) {
    const shown = errors.slice(0, 5).map(formatError).join('\n');
    const more = errors.length > 5 ? `\n… and ${errors.length - 5} more` : '';
    super(`The data failed to load (${errors.length} error(s)):\n${shown}${more}`);
    this.errors = errors;
  }
}

export interface RawData {
  sources: unknown;
  organisations: unknown;
  places: unknown;
  activities: unknown;
  pairings: unknown;
  /** optional so a caller that does not show people need not pass them */
  people?: unknown;
}

export type { HuizeData, ParsedData } from './join';

export function loadData(raw: RawData): HuizeData {
  const input: RawDataset = { ...raw, people: raw.people ?? [] };
  const { data, errors } = parseDataset(input);
  appendAll(errors, validateParsed(data));
  if (errors.length > 0) throw new DataLoadError(errors);
  return joinData(data);
}

export { HUIZE_COUNTY_PLACE_ID };
