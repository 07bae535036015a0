/**
 * `data:export-sheet` and `data:import-sheet` behind their command lines: the data folder as a workbook,
 * and a workbook back as the data folder — checked first by the same function as check:data and the build
 * (build/inputs.ts runInputChecks), and written only when every check passes.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inputPaths, readDataFolder, runInputChecks, type InputPaths } from '../../build/inputs';
import { formatError } from '../../src/data/errors';
import { DATA_FILES, type DataKey } from '../../src/data/files';
import { dataFileText } from '../../src/data/format';
import { parseDataset } from '../../src/data/parse';
import { assemble } from './assemble';
import type { SheetName } from './columns';
import type { CellError } from './flatten';
import { locate } from './locate';
import { buildWorkbook, readWorkbook } from './workbook';

export class SheetError extends Error {
  override readonly name = 'SheetError';
}

/** The paths for a data folder given on the command line (or data/, or HUIZE_DATA_DIR). */
export const pathsFor = (dataDir: string | undefined): InputPaths =>
  inputPaths(dataDir ? { ...process.env, HUIZE_DATA_DIR: dataDir } : process.env);

/** Writes the data folder as a workbook. Refuses data that does not parse: those records would be lost. */
export async function exportSheet(out: string, paths: InputPaths): Promise<Record<DataKey, number>> {
  const { raw, errors: readErrors } = readDataFolder(paths.dataDir);
  const { data, errors } = parseDataset(raw);
  const all = [...readErrors, ...errors];
  if (all.length > 0)
    throw new SheetError(`the data does not parse; nothing exported:\n${all.map(formatError).join('\n')}`);
  await buildWorkbook(data).xlsx.writeFile(out);
  return Object.fromEntries((Object.keys(DATA_FILES) as DataKey[]).map((k) => [k, data[k].length])) as Record<
    DataKey,
    number
  >;
}

export interface ImportResult {
  /** the cells that cannot be read, or else the checks' errors found again in the workbook */
  errors: CellError[];
  notices: string[];
  newIds: { sheet: SheetName; row: number; id: string }[];
  /** the data files whose text differs from the folder's (written unless a dry run) */
  changed: string[];
  written: boolean;
  /** false when cells could not be read: the checks run once every cell reads */
  checked: boolean;
}

export async function importSheet(file: string, paths: InputPaths, dryRun: boolean): Promise<ImportResult> {
  const read = await readWorkbook(file);
  const none = { notices: [], changed: [], written: false, checked: false };
  if (read.errors.length > 0) return { errors: read.errors, newIds: [], ...none };
  const { raw, index, errors: cellErrors, newIds } = assemble(read.rows);
  // A cell that cannot be read leaves its record broken, and the checks would only echo that: the cells
  // are fixed first.
  if (cellErrors.length > 0) return { errors: cellErrors, newIds, ...none };
  const checked = runInputChecks(paths, raw);
  const errors = checked.errors.map((e) => locate(e, index));
  if (checked.geoError) {
    const { file, message } = checked.geoError;
    errors.push({ sheet: '(map)', row: 0, column: file, rule: 'geo-file', message });
  }
  const result = {
    errors,
    notices: checked.notices,
    newIds,
    changed: [] as string[],
    written: false,
    checked: true,
  };
  if (errors.length > 0) return result;
  const { data } = parseDataset(raw);
  for (const key of Object.keys(DATA_FILES) as DataKey[]) {
    const path = join(paths.dataDir, DATA_FILES[key]);
    const text = dataFileText(data[key]);
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    result.changed.push(DATA_FILES[key]);
    if (!dryRun) writeFileSync(path, text);
  }
  result.written = !dryRun && result.changed.length > 0;
  return result;
}
