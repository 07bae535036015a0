/**
 * The report desk's types (src/desk/open.ts re-exports them): what is opened, what comes back, and each
 * error where a person fixes it. Apart so the opener's lazily loaded halves can name them without importing
 * the opener that loads them.
 */
import type { Locale } from '../domain';
import type { HuizeData, ParsedData } from '../data/join';
import type { GeoForCheck } from '../data/checks/geoConsistency';

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
  /** per source, how many figures of its text no record quotes yet: a to-do, which never refuses */
  todos: SourceTodo[];
}

/** A source whose text has figures no record quotes (the rule report-figure-missing): the reader lists them. */
export interface SourceTodo {
  source: string;
  count: number;
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
