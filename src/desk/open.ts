/**
 * The report desk's data side (issue 23): a workbook in the project's own format (what
 * `npm run data:export-sheet` and the app's own download write), with the report texts in its `texts` sheet
 * or given as .txt files, becomes either the dataset the app shows (`AppController.replaceData` takes
 * `data`) or the list of errors a person can act on. It runs the very same read, assemble, parse and checks
 * as `data:import-sheet` and `check:data` (src/sheet, src/data/checks); only the reading of files differs.
 *
 * No DOM and no Node API: the caller reads a File into bytes. Everything heavy (exceljs, fflate, the
 * official code list, the published texts) is loaded by dynamic import when first used, so importing this
 * module costs the first view nothing but this file.
 */
import type { HuizeData, ParsedData } from '../data/join';
import type { DeskFile, OpenInput, OpenOptions, OpenResult } from './types';

export type {
  DeskError,
  DeskFile,
  FilledCell,
  OpenedData,
  OpenInput,
  OpenOptions,
  OpenResult,
  RefusedData,
} from './types';

/**
 * Reads a workbook (and report texts) and runs every check of `data:import-sheet` on it. Resolves to the
 * new dataset or the errors; never rejects for anything in the files (a PNG, an empty file, a zip bomb: one
 * error line each).
 */
export async function openWorkbook(input: OpenInput, options: OpenOptions): Promise<OpenResult> {
  const { openBook } = await import('./openBook');
  return openBook(input, options);
}

/**
 * The texts of the published data's sources (the ones the app was built with), id → normalised text, for
 * the workbook download of the published map. Loaded when first asked for.
 */
export async function publishedTexts(): Promise<ReadonlyMap<string, string>> {
  const { default: texts } = await import('virtual:huize-texts');
  return new Map(Object.entries(texts));
}

/**
 * The workbook the app downloads: the project's own format (every sheet `data:export-sheet` writes, the
 * dropdown lists and the dictionary) with the `texts` sheet. Opening it again gives the same data.
 */
export async function workbookBytes(
  data: ParsedData | HuizeData,
  texts: ReadonlyMap<string, string>,
): Promise<Uint8Array> {
  const { bookBytes } = await import('./saveBook');
  return bookBytes(data, texts);
}

/**
 * A zip of the data files as `data:import-sheet` would write them: `data/*.json` (dataFileText) and
 * `data/sources/<text.file>` for each source kept in the data's sources folder. Committing them reproduces
 * the map.
 */
export async function dataFilesZip(
  data: ParsedData | HuizeData,
  texts: ReadonlyMap<string, string>,
): Promise<Uint8Array> {
  const { filesZip } = await import('./saveBook');
  return filesZip(data, texts);
}

/** A File (browser) as a DeskFile. */
export async function deskFile(file: Pick<File, 'name' | 'arrayBuffer'>): Promise<DeskFile> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
