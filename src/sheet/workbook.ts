/**
 * The workbook file (exceljs): writing the sheets with frozen headers, dropdown lists and the dictionary,
 * and reading the cells back as plain values.
 */
import ExcelJS from 'exceljs';
import type { ParsedDataset } from '../../src/data/files';
import type { SheetRow } from './assemble';
import { FIXED_LISTS, SHEETS, SHEET_ORDER, type ListName, type SheetName } from './columns';
import { dictionaryRows, GENERAL_RULES } from './dictionary';
import { toSheets, townshipNames, type Cell, type CellError } from './flatten';
import { letterOf } from './locate';
import { guardedWorkbookBytes, notAWorkbook } from './zipGuard';

/** How far down the dropdowns reach below the last record, for new rows. */
const SPARE_ROWS = 500;
const WIDE = new Set([
  'citation.phrase',
  'notes',
  'notes_zh',
  'notes_en',
  'published_note',
  'names_in_report',
  'location.basis',
  'location.basis_zh',
  'location.basis_en',
]);

/** exceljs keeps range validations in worksheet.dataValidations, which its types do not declare. */
const validations = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;

export function buildWorkbook(data: ParsedDataset): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const sheets = toSheets(data);
  const lists: Record<ListName, readonly string[]> = {
    ...FIXED_LISTS,
    township: [...townshipNames(data).values()],
    source: data.sources.map((s) => s.id),
  };
  const listNames = Object.keys(lists) as ListName[];
  const listRange = (name: ListName) => {
    const letter = letterOf(listNames.indexOf(name));
    return `lists!$${letter}$2:$${letter}$${lists[name].length + 1}`;
  };
  for (const name of SHEET_ORDER) {
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
    const columns = SHEETS[name];
    ws.columns = columns.map((c) => ({
      header: c.header,
      key: c.header,
      width: WIDE.has(c.header) ? 60 : c.type.kind === 'list' ? 30 : 18,
      style: { alignment: { vertical: 'top', wrapText: c.type.kind === 'list' || WIDE.has(c.header) } },
    }));
    ws.getRow(1).font = { bold: true };
    for (const row of sheets[name]) ws.addRow(row);
    const last = sheets[name].length + 1 + SPARE_ROWS;
    columns.forEach((c, i) => {
      const list = c.type.kind === 'choice' ? c.type.list : c.type.kind === 'township' ? 'township' : null;
      if (!list) return;
      const letter = letterOf(i);
      validations(ws).add(`${letter}2:${letter}${last}`, {
        type: 'list',
        allowBlank: true,
        formulae: [listRange(list)],
        showErrorMessage: true,
        errorStyle: 'error',
        errorTitle: 'Not in the list',
        error: `Choose a value of the list "${list}" (sheet lists).`,
      });
    });
  }
  const lw = wb.addWorksheet('lists', { views: [{ state: 'frozen', ySplit: 1 }] });
  lw.columns = listNames.map((n) => ({ header: n, key: n, width: 20 }));
  lw.getRow(1).font = { bold: true };
  const longest = Math.max(...listNames.map((n) => lists[n].length));
  for (let i = 0; i < longest; i++) lw.addRow(listNames.map((n) => lists[n][i] ?? null));
  const dw = wb.addWorksheet('dictionary', { views: [{ state: 'frozen', ySplit: 1 }] });
  dw.columns = [
    { header: 'sheet', width: 14 },
    { header: 'column', width: 28 },
    { header: 'how to write it', width: 50, style: { alignment: { wrapText: true, vertical: 'top' } } },
    { header: 'meaning', width: 80, style: { alignment: { wrapText: true, vertical: 'top' } } },
  ];
  dw.getRow(1).font = { bold: true };
  for (const rule of GENERAL_RULES) dw.addRow(['(all)', '', rule, '']);
  for (const row of dictionaryRows()) dw.addRow(row);
  return wb;
}

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

/**
 * A cell whose value the import must not take as it stands: a formula (its cached result is whatever the
 * spreadsheet last computed, never checked) or a date (Excel turns "2019-05-20" typed in a text cell into
 * one). Null for a plain value.
 */
function suspectCell(v: ExcelJS.CellValue): { rule: string; message: string } | null {
  if (v instanceof Date)
    return {
      rule: 'sheet-date',
      message: `the spreadsheet holds this cell as a date (${v.toISOString().slice(0, 10)}), which no column takes: format the cell as text and type the value again`,
    };
  if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    const f = v as { formula?: string; sharedFormula?: string; result?: ExcelJS.CellValue };
    const result = plainCell(f.result ?? null);
    return {
      rule: 'sheet-formula',
      message: `a formula (=${f.formula ?? `shared from ${f.sharedFormula}`}) in a data cell: its cached value ${JSON.stringify(result)} is not taken; type the value itself`,
    };
  }
  return null;
}

/** The header row: each expected column's position, or errors for unknown, missing and doubled columns. */
function readHeader(ws: ExcelJS.Worksheet, name: SheetName, errors: CellError[]): Map<string, number> {
  const expected = SHEETS[name].map((c) => c.header);
  const at = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => {
    const h = String(plainCell(cell.value) ?? '');
    if (!expected.includes(h)) {
      errors.push({
        sheet: name,
        row: 1,
        column: h || `(column ${col})`,
        rule: 'sheet-header',
        message: 'not a column of this sheet',
      });
    } else if (at.has(h)) {
      // Read by header, a second column of the same name would silently replace the first.
      errors.push({
        sheet: name,
        row: 1,
        column: h,
        rule: 'sheet-header',
        message: `the column appears twice, in ${letterOf(at.get(h)! - 1)} and ${letterOf(col - 1)}: delete one`,
      });
    } else at.set(h, col);
  });
  for (const h of expected) {
    if (!at.has(h))
      errors.push({ sheet: name, row: 1, column: h, rule: 'sheet-header', message: 'the column is missing' });
  }
  return at;
}

/** Each record sheet's rows (empty rows skipped), or errors for a missing sheet, wrong headers or cells. */
export async function readWorkbook(
  file: string,
): Promise<{ rows: Record<SheetName, SheetRow[]>; errors: CellError[] }> {
  const bytes = await guardedWorkbookBytes(file);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw notAWorkbook(file, (e as Error).message);
  }
  const errors: CellError[] = [];
  const rows = {} as Record<SheetName, SheetRow[]>;
  for (const name of SHEET_ORDER) {
    rows[name] = [];
    const ws = wb.getWorksheet(name);
    if (!ws) {
      errors.push({
        sheet: name,
        row: 0,
        column: '(sheet)',
        rule: 'sheet-missing',
        message: 'the workbook has no such sheet',
      });
      continue;
    }
    const expected = SHEETS[name].map((c) => c.header);
    const at = readHeader(ws, name, errors);
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
      rows[name].push({ row: n, cells });
    });
  }
  return { rows, errors };
}
