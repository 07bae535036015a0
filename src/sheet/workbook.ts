/**
 * Writing the workbook (exceljs): the sheets with frozen headers, dropdown lists, the report texts and the
 * dictionary. data:export-sheet and the app's download write it with this; readBook.ts reads it back.
 */
import ExcelJS from 'exceljs';
import type { ParsedDataset } from '../data/files';
import { BUILTIN_UNITS } from '../data/schema';
import { FIXED_LISTS, SHEETS, SHEET_ORDER, type ListName } from './columns';
import { dictionaryRows, GENERAL_RULES } from './dictionary';
import { toSheets, townshipNames } from './flatten';
import { letterOf } from './locate';
import { textRows, TEXTS_HEADERS, TEXTS_SHEET } from './texts';

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

/** The workbook of `data`, with `texts` (source id → the text citations quote) in its texts sheet. */
export function buildWorkbook(data: ParsedDataset, texts: ReadonlyMap<string, string>): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Huize Aid Map';
  const sheets = toSheets(data);
  const lists: Record<ListName, readonly string[]> = {
    ...FIXED_LISTS,
    township: [...townshipNames(data).values()],
    source: data.sources.map((s) => s.id),
    unit: [...BUILTIN_UNITS, ...(data.units ?? []).map((u) => u.id)],
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
  const tw = wb.addWorksheet(TEXTS_SHEET, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  tw.columns = TEXTS_HEADERS.map((h) => ({
    header: h,
    key: h,
    width: h === 'text' ? 120 : 30,
    style: { alignment: { vertical: 'top', wrapText: h === 'text' } },
  }));
  tw.getRow(1).font = { bold: true };
  for (const row of textRows(data.sources, texts)) tw.addRow(row);
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
