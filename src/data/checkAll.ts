/**
 * Every check on data in memory, in one call: the schemas, the data checks with their context, and (given)
 * the data against the geo files the app draws it on. `npm run check:data`, the build, `data:import-sheet`
 * and the browser's report desk all run this, so they never disagree; only how each reads files differs.
 * The findings of a to-do rule (TODO_RULES) come apart in `todos`: work left, which never blocks.
 */
import { checkDataAgainstGeo, type GeoForCheck } from './checks/geoConsistency';
import type { CheckContext, SourceText } from './checks';
import { appendAll, isTodo, type DataError } from './errors';
import type { ParsedDataset, RawDataset } from './files';
import { parseDataset } from './parse';
import { splitReport } from './report';
import { sha256Hex } from './sha256';
import { validateParsed } from './validate';

export function checkAll(
  raw: RawDataset,
  geo: GeoForCheck | null,
  context: CheckContext,
): { data: ParsedDataset; errors: DataError[]; todos: DataError[] } {
  const { data, errors } = parseDataset(raw);
  const todos: DataError[] = [];
  for (const e of validateParsed(data, context)) (isTodo(e) ? todos : errors).push(e);
  // Checked on whatever records parsed, so a schema error elsewhere does not hide a map mismatch.
  if (geo) appendAll(errors, checkDataAgainstGeo(data, geo));
  return { data, errors, todos };
}

/** A normalised source text as the checks read it: split into its sections, with its SHA-256. */
export function sourceText(normalised: string): SourceText {
  return { report: splitReport(normalised), sha256: sha256Hex(normalised) };
}
