/**
 * Reading a workbook's bytes back as plain cells (exceljs), after the zip guard: each record sheet's rows,
 * the texts sheet, and one error per cell or sheet that cannot be taken as it stands (a formula, a date, a
 * merged range, a wrong header, a missing sheet). A workbook with none of the project's sheets is one error.
 */
import ExcelJS from 'exceljs';
import type { SheetRow } from './assemble';
import { OPTIONAL_SHEETS, SHEETS, SHEET_ORDER, type SheetName } from './columns';
import type { Cell, CellError } from './flatten';
import { letterOf } from './locate';
import { joinTextRows, TEXTS_HEADERS, TEXTS_SHEET, type ReadText } from './texts';
import { guardWorkbookBytes, notAWorkbook } from './zipGuard';

/** Sheets the project's workbook has beside the record sheets: not read as records. */
const OWN_SHEETS = new Set<string>([...SHEET_ORDER, TEXTS_SHEET, 'lists', 'dictionary']);

/** A cell as a plain value: rich text as its text, a formula as its result, a link as its text. */
export function plainCell(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('formula' in v || 'sharedFormula' in v)
    return plainCell((v as { result?: ExcelJS.CellValue }).result ?? null);
  if ('hyperlink' in v) return plainCell((v as { text: ExcelJS.CellValue }).text);
  if ('error' in v) return String(v.error);
  return String(v as unknown);
}

type Problem = Pick<CellError, 'rule' | 'message' | 'vars'>;

/**
 * A cell whose value the import must not take as it stands: a formula (its cached result is whatever the
 * spreadsheet last computed, never checked) or a date (Excel turns "2019-05-20" typed in a text cell into
 * one). Null for a plain value.
 */
function suspectCell(v: ExcelJS.CellValue): Problem | null {
  if (v instanceof Date) {
    const date = v.toISOString().slice(0, 10);
    return {
      rule: 'sheet-date',
      message: `the spreadsheet holds this cell as a date (${date}), which no column takes: format the cell as text and type the value again`,
      vars: { date },
    };
  }
  if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    const f = v as { formula?: string; sharedFormula?: string; result?: ExcelJS.CellValue };
    const result = JSON.stringify(plainCell(f.result ?? null));
    const formula = `=${f.formula ?? `shared from ${f.sharedFormula}`}`;
    return {
      rule: 'sheet-formula',
      message: `a formula (${formula}) in a data cell: its cached value ${result} is not taken; type the value itself`,
      vars: { formula, result },
    };
  }
  return null;
}

/** The header row: each expected column's position, or errors for unknown, missing and doubled columns. */
function readHeader(
  ws: ExcelJS.Worksheet,
  name: string,
  expected: readonly string[],
  errors: CellError[],
): Map<string, number> {
  const at = new Map<string, number>();
  const err = (column: string, message: string, vars: Problem['vars']) =>
    errors.push({ sheet: name, row: 1, column, rule: 'sheet-header', message, vars });
  ws.getRow(1).eachCell((cell, col) => {
    const h = String(plainCell(cell.value) ?? '');
    if (!expected.includes(h)) {
      err(h || `(column ${col})`, 'not a column of this sheet', { problem: 'unknown', column: h });
    } else if (at.has(h)) {
      // Read by header, a second column of the same name would silently replace the first.
      const [a, b] = [letterOf(at.get(h)! - 1), letterOf(col - 1)];
      err(h, `the column appears twice, in ${a} and ${b}: delete one`, { problem: 'twice', a, b, column: h });
    } else at.set(h, col);
  });
  for (const h of expected) {
    if (!at.has(h)) err(h, 'the column is missing', { problem: 'missing', column: h });
  }
  return at;
}

/** Merged ranges, which hold one value for several cells: the import cannot say which row it belongs to. */
function mergedRanges(ws: ExcelJS.Worksheet): string[] {
  const merges = (ws as unknown as { model?: { merges?: string[] } }).model?.merges;
  return Array.isArray(merges) ? merges : [];
}

/** A sheet's rows as plain cells in the order of `expected`, empty rows skipped. */
function readRows(ws: ExcelJS.Worksheet, name: string, expected: readonly string[], errors: CellError[]) {
  const at = readHeader(ws, name, expected, errors);
  for (const range of mergedRanges(ws)) {
    const row = Number(/\d+/.exec(range)?.[0] ?? 0);
    errors.push({
      sheet: name,
      row,
      column: '',
      rule: 'sheet-merged',
      message: `the cells ${range} are merged: unmerge them and give each cell its own value`,
      vars: { range },
    });
  }
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if (n === 1) return;
    const cells = expected.map((h) => {
      if (!at.has(h)) return null;
      const value = row.getCell(at.get(h)!).value;
      const suspect = suspectCell(value);
      if (suspect) errors.push({ sheet: name, row: n, column: h, ...suspect });
      return plainCell(value);
    });
    if (cells.every((c) => c === null)) return;
    rows.push({ row: n, cells });
  });
  return rows;
}

export interface ReadBook {
  rows: Record<SheetName, SheetRow[]>;
  /** the texts sheet: source id → its text (joined over its rows) and first row */
  texts: Map<string, ReadText>;
  errors: CellError[];
  /** sheets the workbook has that the project's does not: not read */
  ignored: string[];
}

/**
 * Reads a workbook's bytes. Throws WorkbookFileError (one line) for a file that is not a workbook, too big
 * or a zip bomb; everything wrong inside a workbook is an error in the result.
 */
export async function readBook(bytes: Uint8Array, file: string): Promise<ReadBook> {
  guardWorkbookBytes(bytes, file);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw notAWorkbook(file, (e as Error).message.split('\n')[0]!.slice(0, 200), 'file-unreadable');
  }
  const errors: CellError[] = [];
  const rows = {} as Record<SheetName, SheetRow[]>;
  const names = wb.worksheets.map((ws) => ws.name);
  if (!SHEET_ORDER.some((s) => names.includes(s))) {
    errors.push({
      sheet: '',
      row: 0,
      column: '',
      rule: 'file-foreign',
      message: `the workbook has none of the sheets of the map's data (${SHEET_ORDER.join(', ')}): start from the workbook the map downloads`,
      vars: { sheets: SHEET_ORDER.join(', '), found: names.join(', ') },
    });
    return { rows: emptyRows(), texts: new Map(), errors, ignored: [] };
  }
  for (const name of SHEET_ORDER) {
    const ws = wb.getWorksheet(name);
    if (!ws) {
      rows[name] = [];
      if (!OPTIONAL_SHEETS.has(name))
        errors.push({
          sheet: name,
          row: 0,
          column: '',
          rule: 'sheet-missing',
          message: 'the workbook has no such sheet',
          vars: { sheet: name },
        });
      continue;
    }
    rows[name] = readRows(
      ws,
      name,
      SHEETS[name].map((c) => c.header),
      errors,
    );
  }
  const tw = wb.getWorksheet(TEXTS_SHEET);
  const textCells = tw ? readRows(tw, TEXTS_SHEET, TEXTS_HEADERS, errors) : [];
  const texts = joinTextRows(
    textCells.map(({ row, cells: [id, text] }) => ({
      row,
      id: id === null || id === undefined ? '' : String(id),
      text: text === null || text === undefined ? '' : String(text),
    })),
  );
  return { rows, texts, errors, ignored: names.filter((n) => !OWN_SHEETS.has(n)) };
}

function emptyRows(): Record<SheetName, SheetRow[]> {
  return Object.fromEntries(SHEET_ORDER.map((s) => [s, []])) as unknown as Record<SheetName, SheetRow[]>;
}
