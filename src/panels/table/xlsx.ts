/**
 * The XLSX download: the activity figures, the townships and the column dictionary, one sheet each, with
 * numbers in numeric cells and a frozen header. exceljs is loaded when a workbook is asked for: it is larger
 * than the rest of the table view together.
 */
import type { Cell } from './downloads';

export interface Sheet {
  name: string;
  rows: readonly (readonly Cell[])[];
  /** rows at the top that head the columns (the header, and the HXL row when there is one) */
  headRows: number;
}

export async function workbook(sheets: readonly Sheet[]): Promise<Blob> {
  const loaded = await import('exceljs');
  // The browser build is a UMD bundle: bundlers hand it over as the default export, Node as named ones.
  const ExcelJS = (loaded as unknown as { default?: typeof loaded }).default ?? loaded;
  const book = new ExcelJS.Workbook();
  book.creator = 'Huize Aid Map';
  for (const sheet of sheets) {
    // Excel refuses sheet names over 31 characters and some punctuation.
    const ws = book.addWorksheet(sheet.name.replace(/[\\/*?:[\]]/g, ' ').slice(0, 31), {
      views: [{ state: 'frozen', ySplit: sheet.headRows }],
    });
    for (const row of sheet.rows) ws.addRow(row.map((c) => c ?? undefined));
    for (let r = 1; r <= sheet.headRows; r++) ws.getRow(r).font = { bold: true };
    ws.columns.forEach((column) => {
      let widest = 8;
      column.eachCell?.({ includeEmpty: false }, (cell) => {
        widest = Math.max(widest, Math.min(60, String(cell.value ?? '').length * 1.6));
      });
      column.width = widest;
    });
  }
  const buffer = await book.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
