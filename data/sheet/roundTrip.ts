/**
 * `data:export-sheet` and `data:import-sheet` behind their command lines: the data folder as a workbook
 * (with the report texts in its texts sheet), and a workbook back as the data folder — through the one
 * import path the browser's report desk also takes (src/sheet/importBook.ts), with the check context read
 * from disk as check:data and the build read it (build/context.ts), and written only when every check passes.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContext } from '../../build/context';
import { inputPaths, readDataFolder, readGeo, type InputPaths } from '../../build/inputs';
import { readSourceTexts } from '../../build/sources';
import { formatError } from '../../src/data/errors';
import { DATA_FILES, type DataKey, type ParsedDataset } from '../../src/data/files';
import { dataFileText } from '../../src/data/format';
import { parseDataset } from '../../src/data/parse';
import { GeoFileError } from '../../src/geo/geoFiles';
import type { SheetName } from '../../src/sheet/columns';
import type { CellError } from '../../src/sheet/flatten';
import { importBook } from '../../src/sheet/importBook';
import { buildWorkbook } from '../../src/sheet/workbook';
import { sheetLimits, WorkbookFileError } from '../../src/sheet/zipGuard';
import { writtenTexts } from '../../src/sheet/writtenTexts';

export class SheetError extends Error {
  override readonly name = 'SheetError';
}

/** The paths for a data folder given on the command line (or data/, or the environment's HUIZE_DATA_DIR). */
export const pathsFor = (dataDir: string | undefined, env: NodeJS.ProcessEnv): InputPaths =>
  inputPaths(dataDir ? { ...env, HUIZE_DATA_DIR: dataDir } : env);

/** The normalised texts of the data's sources that are present, for the workbook's texts sheet. */
export function folderTexts(data: ParsedDataset, paths: InputPaths): Map<string, string> {
  const { texts } = readSourceTexts(data.sources, paths);
  return new Map([...texts].map(([id, t]) => [id, t.report.text]));
}

/** Writes the data folder as a workbook. Refuses data that does not parse: those records would be lost. */
export async function exportSheet(out: string, paths: InputPaths): Promise<Record<DataKey, number>> {
  const { raw, errors: readErrors } = readDataFolder(paths.dataDir);
  const { data, errors } = parseDataset(raw);
  const all = [...readErrors, ...errors];
  if (all.length > 0)
    throw new SheetError(`the data does not parse; nothing exported:\n${all.map(formatError).join('\n')}`);
  await buildWorkbook(data, folderTexts(data, paths)).xlsx.writeFile(out);
  return Object.fromEntries(
    (Object.keys(DATA_FILES) as DataKey[]).map((k) => [k, (data[k] ?? []).length]),
  ) as Record<DataKey, number>;
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

/** The workbook's bytes; too large a file is refused before it is read. */
function workbookFile(file: string): Uint8Array {
  try {
    const size = statSync(file).size;
    if (size > sheetLimits.fileBytes)
      throw new WorkbookFileError(
        `${file} is ${Math.round(size / 2 ** 20)} MiB: the import reads workbooks up to ${sheetLimits.fileBytes / 2 ** 20} MiB`,
        'file-too-large',
        { file },
      );
    return readFileSync(file);
  } catch (e) {
    if (e instanceof WorkbookFileError) throw e;
    throw new WorkbookFileError(`cannot read ${file}: ${(e as Error).message}`, 'file-unreadable', { file });
  }
}

export async function importSheet(file: string, paths: InputPaths, dryRun: boolean): Promise<ImportResult> {
  let geo = null;
  let geoError: GeoFileError | null = null;
  try {
    geo = readGeo(paths);
  } catch (e) {
    if (!(e instanceof GeoFileError)) throw e;
    geoError = e;
  }
  const book = await importBook(workbookFile(file), file, {
    context: async (raw, given) => checkContext(raw, paths, given),
    geo,
  });
  // The file as a whole is not a workbook: one line, as the command has always said it.
  const [first] = book.errors;
  if (book.errors.length === 1 && first!.sheet === '' && first!.rule.startsWith('file-'))
    throw new WorkbookFileError(first!.message, first!.rule, first!.vars ?? {});
  const errors = [...book.errors];
  if (book.checked && geoError)
    errors.push({
      sheet: '(map)',
      row: 0,
      column: geoError.file,
      rule: 'geo-file',
      message: geoError.message,
    });
  const result: ImportResult = {
    errors,
    notices: book.notices,
    newIds: book.newIds,
    changed: [],
    written: false,
    checked: book.checked,
  };
  const data = book.data;
  if (errors.length > 0 || !data) return result;
  const files: [string, string][] = [
    ...(Object.keys(DATA_FILES) as DataKey[]).map((key): [string, string] => [
      join(paths.dataDir, DATA_FILES[key]),
      dataFileText(data[key] ?? []),
    ]),
    ...writtenTexts(data, book.texts).map(({ file: name, text }): [string, string] => [
      join(paths.sourcesDir, name),
      text,
    ]),
  ];
  for (const [path, text] of files) {
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    result.changed.push(path.startsWith(paths.dataDir) ? path.slice(paths.dataDir.length + 1) : path);
    if (!dryRun) {
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, text);
    }
  }
  result.written = !dryRun && result.changed.length > 0;
  return result;
}
