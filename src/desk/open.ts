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
import type { Locale } from '../domain';
import type { HuizeData, ParsedData } from '../data/join';
import type { GeoForCheck } from '../data/checks/geoConsistency';
import { messageOf } from './messages';

/** A file as the desk reads it: its name (said in messages, never shown as a title) and its bytes. */
export interface DeskFile {
  name: string;
  bytes: Uint8Array;
}

/** What to open: one workbook, and any report texts chosen with it (.txt, matched by `text.file`). */
export interface OpenInput {
  workbook: DeskFile;
  texts?: readonly DeskFile[];
}

export interface OpenOptions {
  /** the language of every `message` */
  locale: Locale;
  /** the geo files the app draws on (AppController.geo): the data is checked against them */
  geo: GeoForCheck;
}

/**
 * One error, where to fix it: the sheet, the row (1 = the header row; 0 when it is about a whole sheet or
 * the file), the column by its header and its letter, the rule it broke, and a message in the user's
 * language. `key` and `vars` give the message again in another language (`deskMessage`).
 */
export interface DeskError {
  /** a sheet of the workbook; '' for the file as a whole; a .txt file's name for an error in that file */
  sheet: string;
  row: number;
  /** the column's header ('citation.phrase'); '' when the error is not about one column */
  column: string;
  /** Excel's letter of that column (A, B, … AA); '' when there is none */
  columnLetter: string;
  /** e.g. sheet-number, sheet-choice, citation-not-found, file-not-workbook */
  rule: string;
  message: string;
  key: string;
  vars: Readonly<Record<string, string | number>>;
  /** a second cell to edit to put it right (a place's names_in_report); also said in `message` */
  also?: { sheet: string; row: number; column: string; columnLetter: string };
}

/** A row that was given an id (or a computed field) because it left it empty. */
export interface FilledCell {
  sheet: string;
  row: number;
  column: string;
  value: string;
}

/** A workbook that passed every check: what the map shows, and what the downloads write. */
export interface OpenedData {
  ok: true;
  /** the joined dataset: `AppController.replaceData(result.data)` */
  data: HuizeData;
  /** the same records as the schemas output them, in sheet order (the data files' content) */
  parsed: ParsedData;
  /** source id → its text as the checks read it (normalised): for workbookBytes and dataFilesZip */
  texts: ReadonlyMap<string, string>;
  /** ids and other cells the desk filled in (new rows without an id) */
  filled: FilledCell[];
  /** things said once, in the user's language (e.g. a sheet that was ignored) */
  notices: string[];
}

/** A workbook that did not pass: the map keeps the data it had. */
export interface RefusedData {
  ok: false;
  /** every error, in sheet order then row order (at most 50 of one rule, then one line saying how many more) */
  errors: DeskError[];
  /** false when cells could not be read: the checks on the records run once every cell reads */
  checked: boolean;
}

export type OpenResult = OpenedData | RefusedData;

/**
 * Reads a workbook (and report texts) and runs every check of `data:import-sheet` on it. Resolves to the
 * new dataset or the errors; never rejects for anything in the files (a PNG, an empty file, a zip bomb: one
 * error line each).
 */
export async function openWorkbook(input: OpenInput, options: OpenOptions): Promise<OpenResult> {
  const { openBook } = await import('./openBook');
  return openBook(input, options);
}

/** An error's message again, in another language (the list follows a language switch). */
export function deskMessage(error: Pick<DeskError, 'key' | 'vars'>, locale: Locale): string {
  return messageOf(error.key, error.vars, locale);
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
