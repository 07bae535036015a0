/**
 * Pure validation of the six data files: the schemas record by record, then every check of
 * src/data/checks/ (cross-references, the honesty rules, and — when given — the official code list and
 * the normalised texts of the sources). Returns typed errors instead of throwing.
 *
 * This module must stay light (the build and the tests import it through load.ts): the official list and
 * the source texts are passed in by the caller (build/checkInputs.ts), never loaded here.
 */
import { indexDataset, runChecks, type CheckContext } from './checks';
import { appendAll, type DataError } from './errors';
import type { ParsedDataset, RawDataset } from './files';
import { parseDataset } from './parse';

export { DATA_FILES, type DataKey, type ParsedDataset, type RawDataset } from './files';
export { formatError, type DataError, type DataFile, type ErrorCode } from './errors';
export { parseFigure } from './figures';
export { parseDataset } from './parse';

/** What the caller has beside the data; whatever it leaves out, the checks that need it skip. */
export type ValidationContext = Partial<CheckContext>;

/** Every check. Safe to call on partial, in-memory fixtures. */
export function validateDataset(raw: RawDataset, ctx: ValidationContext = {}): DataError[] {
  const { data, errors } = parseDataset(raw);
  return appendAll(errors, validateParsed(data, ctx));
}

/** Every check after the schemas, on records that parsed. */
export function validateParsed(data: ParsedDataset, ctx: ValidationContext = {}): DataError[] {
  return runChecks(indexDataset(data), {
    official: ctx.official ?? null,
    texts: ctx.texts ?? new Map(),
    textProblems: ctx.textProblems,
  });
}
