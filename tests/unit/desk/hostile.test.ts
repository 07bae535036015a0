/**
 * Hostile and odd files at the report desk (issue 23): each gives ONE clear error line (sheet, row, column
 * and a message in the user's language) — never a stack, never a pile of echoes — and nothing in a file
 * runs: a formula's cached value is not taken, markup in a cell stays text.
 */
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inputPaths, readGeo } from '../../../build/inputs';
import { bookBytes, published } from '../../../bench/lib/deskWorkbooks';
import { openWorkbook } from '../../../src/desk/open';
import { SHEETS, type SheetName } from '../../../src/sheet/columns';
import { sheetLimits } from '../../../src/sheet/zipGuard';
import { handZip } from '../geo/shapefile-writer';

const geo = readGeo(inputPaths({}));
const base = bookBytes(published());
const open = (bytes: Uint8Array, name = 'book.xlsx') =>
  openWorkbook({ workbook: { name, bytes } }, { locale: 'zh-CN', geo });
const col = (sheet: SheetName, header: string) => SHEETS[sheet].findIndex((c) => c.header === header) + 1;

async function workbook(fill: (wb: ExcelJS.Workbook) => void, from?: Uint8Array): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  if (from) await wb.xlsx.load(from as unknown as ArrayBuffer);
  fill(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
const edited = async (change: (s: (name: SheetName) => ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void) =>
  workbook((wb) => change((name) => wb.getWorksheet(name)!, wb), await base);

const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

const cases: {
  name: string;
  make: () => Promise<Uint8Array>;
  rule: string;
  at?: { sheet: string; row: number; columnLetter: string };
  says?: string[];
}[] = [
  {
    name: 'a PNG named .xlsx',
    make: async () => PNG,
    rule: 'file-not-workbook',
    says: ['book.xlsx', '.xlsx'],
  },
  {
    name: 'a text file named .xlsx',
    make: async () => new TextEncoder().encode('id,title\nact-1,hello\n'),
    rule: 'file-not-workbook',
  },
  { name: 'an empty file', make: async () => new Uint8Array(0), rule: 'file-empty', says: ['book.xlsx'] },
  {
    name: 'a zip that holds no workbook',
    make: async () => zipSync({ 'readme.txt': new TextEncoder().encode('hello') }),
    rule: 'file-no-workbook',
  },
  {
    name: `a zip bomb (a part inflating to 200 MiB, limit ${sheetLimits.inflatedBytes / 2 ** 20} MiB)`,
    make: async () =>
      new Uint8Array(
        handZip([
          { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
          { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
          { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(200 * 2 ** 20, 0x20), declaredSize: 1000 },
        ]),
      ),
    rule: 'file-bomb',
  },
  {
    name: 'a workbook from another tool, with formulas and none of the sheets',
    make: () =>
      workbook((wb) => {
        const ws = wb.addWorksheet('Sheet1');
        ws.addRow(['名称', '数量']);
        ws.addRow(['图书', { formula: 'SUM(1,2)', result: 3 }]);
        ws.mergeCells('A3:B3');
      }),
    rule: 'file-foreign',
  },
  {
    name: 'a formula in a figure cell',
    make: () =>
      edited(
        (s) => (s('counts').getRow(2).getCell(col('counts', 'value')).value = { formula: '1+1', result: 2 }),
      ),
    rule: 'sheet-formula',
    at: { sheet: 'counts', row: 2, columnLetter: 'C' },
    says: ['=1+1'],
  },
  {
    name: 'text in a number cell',
    make: () => edited((s) => (s('counts').getRow(3).getCell(col('counts', 'value')).value = '三百')),
    rule: 'sheet-number',
    at: { sheet: 'counts', row: 3, columnLetter: 'C' },
  },
  {
    name: 'merged cells',
    make: () => edited((s) => s('activities').mergeCells('C4:D4')),
    rule: 'sheet-merged',
    at: { sheet: 'activities', row: 4, columnLetter: '' },
    says: ['C4:D4'],
  },
  {
    name: 'a date where text is expected',
    make: () =>
      edited((s) => {
        const cell = s('activities').getRow(2).getCell(col('activities', 'title_en'));
        cell.value = new Date('2019-05-20T00:00:00Z');
        // A style of its own: exceljs shares a column's style object among its cells.
        cell.style = { ...cell.style, numFmt: 'yyyy-mm-dd' };
      }),
    rule: 'sheet-date',
    at: { sheet: 'activities', row: 2, columnLetter: 'D' },
    says: ['2019-05-20'],
  },
  {
    name: 'a 100,000-character cell',
    make: () =>
      edited(
        (s) => (s('activities').getRow(2).getCell(col('activities', 'title_en')).value = 'x'.repeat(100_000)),
      ),
    rule: 'text-too-long',
    at: { sheet: 'activities', row: 2, columnLetter: 'D' },
    says: ['100000'],
  },
];

describe('hostile and odd files at the desk', () => {
  it.each(cases)(
    '$name: one error line',
    async ({ make, rule, at, says = [] }) => {
      const r = await open(await make());
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.errors.map((e) => `${e.sheet}|${e.row}|${e.columnLetter}|${e.rule}`)).toHaveLength(1);
      const [e] = r.errors;
      expect(e!.rule).toBe(rule);
      if (at) expect({ sheet: e!.sheet, row: e!.row, columnLetter: e!.columnLetter }).toEqual(at);
      expect(e!.message).toMatch(/\p{Script=Han}/u);
      expect(e!.message).not.toMatch(/\n\s+at /);
      for (const s of says) expect(e!.message).toContain(s);
    },
    60_000,
  );

  it('extra sheets are left unread and named, and the workbook still opens', async () => {
    const r = await open(await edited((_s, wb) => wb.addWorksheet('我的笔记').addRow(['随便写写'])));
    expect(r.ok ? r.notices : r.errors.map((e) => e.message)).toEqual([expect.stringContaining('我的笔记')]);
  }, 60_000);

  it('markup and a formula-looking text in cells stay text', async () => {
    const markup = '<img src=x onerror="alert(1)">=HYPERLINK("x")';
    const r = await open(
      await edited((s) => (s('activities').getRow(2).getCell(col('activities', 'title_en')).value = markup)),
    );
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
    expect(r.parsed.activities[0]!.title_en).toBe(markup);
  }, 60_000);
});
