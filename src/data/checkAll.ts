/**
 * Every check on data in memory, in one call: the schemas, the data checks with their context, and (given)
 * the data against the geo files the app draws it on. `npm run check:data`, the build, `data:import-sheet`
 * and the browser's report desk all run this, so they never disagree; only how each reads files differs.
 */
import { checkDataAgainstGeo, type GeoForCheck } from './checks/geoConsistency';
import type { CheckContext, SourceText } from './checks';
import { appendAll, type DataError } from './errors';
import type { ParsedDataset, RawDataset } from './files';
import { parseDataset } from './parse';
import { splitReport } from './report';
import { sha256Hex } from './sha256';
import { validateParsed } from './validate';

export function checkAll(
  raw: RawDataset,
  geo: GeoForCheck | null,
  context: CheckContext,
): { data: ParsedDataset; errors: DataError[] } {
  const { data, errors } = parseDataset(raw);
  appendAll(errors, validateParsed(data, context));
  // Checked on whatever records parsed, so a schema error elsewhere does not hide a map mismatch.
  if (geo) appendAll(errors, checkDataAgainstGeo(data, geo));
  return { data, errors };
}

/** A normalised source text as the checks read it: split into its sections, with its SHA-256. */
export function sourceText(normalised: string): SourceText {
  return { report: splitReport(normalised), sha256: sha256Hex(normalised) };
}
