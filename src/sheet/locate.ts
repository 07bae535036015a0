/**
 * An error of the checks (file, record id, field) found again in the workbook: the sheet of the file, the
 * row of the record (or of the figure, for amounts.N and counts.N), and the column whose header is the
 * field's path without its list positions (places.0 → places, counts.1.value → value).
 */
import type { DataError } from '../data/errors';
import { DATA_FILES, type DataKey } from '../data/files';
import type { RowIndex } from './assemble';
import { SHEETS, type SheetName } from './columns';
import type { CellError } from './flatten';

const sheetOfFile = new Map<string, SheetName>(
  (Object.entries(DATA_FILES) as [DataKey, string][]).map(([key, file]) => [file, key]),
);

function columnFor(sheet: SheetName, field: string): string {
  const path = field
    .split('.')
    .filter((s) => !/^\d+$/.test(s))
    .join('.');
  const headers = SHEETS[sheet].map((c) => c.header);
  if (headers.includes(path)) return path;
  // text@offset: a figure of the source's text that no record quotes
  if (path.startsWith('text@')) return '(text)';
  // a whole group (date, location) → its first column
  const stem = path.split('.')[0]!;
  return headers.find((h) => h === stem || h.startsWith(`${stem}.`)) ?? '(record)';
}

/** Where a record's field is in the workbook: its sheet, row and column (the row 0 when not found). */
function place(file: string, id: string, field: string, index: RowIndex) {
  const sheet = sheetOfFile.get(file);
  if (!sheet) return null;
  return { sheet, row: index.records.get(sheet)?.get(id) ?? 0, column: columnFor(sheet, field) };
}

export function locate(e: DataError, index: RowIndex): CellError {
  const extra = {
    ...(e.vars ? { vars: e.vars } : {}),
    ...(e.also ? { also: place(e.also.file, e.also.id, e.also.field, index) ?? undefined } : {}),
  };
  const sheet = sheetOfFile.get(e.file);
  if (!sheet)
    return {
      sheet: e.file,
      row: 0,
      column: e.field,
      rule: e.code,
      message: `${e.id}: ${e.message}`,
      ...extra,
    };
  const figure = /^(amounts|counts)\.(\d+)(?:\.(.+))?$/.exec(e.field);
  if (figure) {
    const [, kind, i, rest] = figure as unknown as [string, 'amounts' | 'counts', string, string | undefined];
    const row = index.figures.get(`${e.id}/${kind}/${i}`) ?? 0;
    return {
      sheet: kind,
      row,
      column: rest ? columnFor(kind, rest) : '(row)',
      rule: e.code,
      message: e.message,
      ...extra,
    };
  }
  const row = index.records.get(sheet)?.get(e.id) ?? 0;
  return { sheet, row, column: columnFor(sheet, e.field), rule: e.code, message: e.message, ...extra };
}

/** Excel's letter for a column of a sheet (A, B, … AA), or '' when the header is not one of its columns. */
export function columnLetter(sheet: string, header: string): string {
  const i =
    (SHEETS as Record<string, { header: string }[]>)[sheet]?.findIndex((c) => c.header === header) ?? -1;
  return i < 0 ? '' : letterOf(i);
}

/** Excel's letter for the column at 0-based position i. */
export function letterOf(i: number): string {
  let n = i + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** `activities, row 12, column citation.phrase (R): … (citation-not-found)` */
export function formatCellError(e: CellError): string {
  const at = (sheet: string, row: number, column: string) => {
    const letter = columnLetter(sheet, column);
    return `${sheet}, ${row > 0 ? `row ${row}` : 'no row'}, column ${column}${letter ? ` (${letter})` : ''}`;
  };
  const also = e.also ? `; edit ${at(e.also.sheet, e.also.row, e.also.column)}` : '';
  return `${at(e.sheet, e.row, e.column)}: ${e.message}${also} (${e.rule})`;
}
