/**
 * data:import-sheet against hostile workbooks (issue 27), each built with exceljs from the exported data
 * with one thing broken: a text registered where it is not, a doubled column, a formula, a date typed into
 * a text cell, fields no one should store, thousands of copies, a zip bomb, files that are no workbook.
 * Each runs the command and checks its exit code, the rule it names (sheet, row, column) and that nothing
 * was written; the big ones are also read in this process, within a memory bound, with only a hang guard.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inputPaths } from '../../../build/inputs';
import { SHEETS, type SheetName } from '../../../src/sheet/columns';
import { exportSheet, importSheet } from '../../../data/sheet/roundTrip';
import { sheetLimits } from '../../../src/sheet/zipGuard';
import { TEXT_LIMIT_DEFAULT } from '../../../src/data/checks/textFields';
import { handZip } from '../geo/shapefile-writer';
import { fingerprint, rssMiB, tool } from './hostileKit';
import { makeWorkspace } from './inputWorkspace';

const scratch = mkdtempSync(join(tmpdir(), 'huize-hostile-sheet-'));
const ws = makeWorkspace();
afterAll(() => {
  ws.dispose();
  rmSync(scratch, { recursive: true, force: true });
});
const exported = join(scratch, 'data.xlsx');
const ready = exportSheet(exported, inputPaths({}));
const maxRssMiB = 1536;
let n = 0;

const col = (sheet: SheetName, header: string) => SHEETS[sheet].findIndex((c) => c.header === header) + 1;

/** The exported workbook with one change, saved under a new name. */
async function edited(change: (sheet: (name: SheetName) => ExcelJS.Worksheet) => void): Promise<string> {
  await ready;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(exported);
  change((name) => wb.getWorksheet(name)!);
  const out = join(scratch, `edited-${n++}.xlsx`);
  await wb.xlsx.writeFile(out);
  return out;
}

const setCell = (sheet: SheetName, row: number, header: string, value: ExcelJS.CellValue) =>
  edited((s) => (s(sheet).getRow(row).getCell(col(sheet, header)).value = value));

const raw = (name: string, content: Buffer | string) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};

interface Case {
  name: string;
  make: () => Promise<string>;
  /** what the output must hold: the rule and where */
  says: string[];
  big?: boolean;
}

const cases: Case[] = [
  {
    name: 'the report registered in the sources folder instead of ../shared/report',
    make: () => setCell('sources', 2, 'text.folder', 'sources'),
    says: ['sources, row 2, column text.file', '(source-text-missing)'],
  },
  {
    name: 'a second column with the same header',
    make: () =>
      edited((s) => {
        const sheet = s('activities');
        const at = SHEETS.activities.length + 1;
        sheet.getRow(1).getCell(at).value = 'title_en';
        sheet.getRow(2).getCell(at).value = 'Something else';
      }),
    says: ['activities, row 1, column title_en', 'appears twice', '(sheet-header)'],
  },
  {
    name: 'a formula in a figure cell',
    make: () => setCell('counts', 2, 'value', { formula: '1+1', result: 2 } as ExcelJS.CellFormulaValue),
    says: ['counts, row 2, column value', '=1+1', '(sheet-formula)'],
  },
  {
    name: 'a date in a text cell',
    make: () =>
      edited((s) => {
        const cell = s('activities').getRow(2).getCell(col('activities', 'title_en'));
        cell.value = new Date('2019-05-20T00:00:00Z');
        cell.numFmt = 'yyyy-mm-dd';
      }),
    says: ['activities, row 2, column title_en', '2019-05-20', '(sheet-date)'],
  },
  {
    name: 'a 100,000-character title',
    make: () => setCell('activities', 2, 'title_en', 'x'.repeat(100_000)),
    says: ['activities, row 2, column title_en', `at most ${TEXT_LIMIT_DEFAULT}`, '(text-too-long)'],
  },
  {
    name: 'a right-to-left override and a tab in a title',
    make: () => setCell('activities', 3, 'title_zh', '甲\u202e乙\t丙'),
    says: ['activities, row 3, column title_zh', 'U+202E', '(text-control-character)'],
  },
  {
    name: 'a url that is not http(s)',
    make: () => setCell('sources', 2, 'url', 'javascript:alert(1)'),
    says: ['sources, row 2, column url', '(schema)'],
  },
  {
    name: 'a url that is not well formed',
    make: () => setCell('sources', 2, 'url', 'http://[oops'),
    says: ['sources, row 2, column url', 'well-formed', '(schema)'],
  },
  {
    name: '5,000 copies of an activity',
    make: () =>
      edited((s) => {
        const sheet = s('activities');
        const values = sheet.getRow(2).values as ExcelJS.CellValue[];
        const idAt = col('activities', 'id');
        for (let i = 0; i < 5000; i++) {
          const copy = [...values];
          copy[idAt] = `act-copy-${i}`;
          sheet.addRow(copy.slice(1));
        }
      }),
    says: ['(duplicate-record)', 'act-copy-0 repeats', 'more duplicate-record error(s)'],
    big: true,
  },
  {
    name: `a part that inflates to 200 MiB (limit ${sheetLimits.inflatedBytes / 2 ** 20} MiB)`,
    make: async () =>
      raw(
        'bomb.xlsx',
        handZip([
          { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
          { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
          { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(200 * 2 ** 20, 0x20), declaredSize: 1000 },
        ]),
      ),
    says: ['xl/worksheets/sheet1.xml inflates beyond', 'WorkbookFileError'],
    big: true,
  },
  {
    name: 'a text file named .xlsx',
    make: async () => raw('notes.xlsx', 'id,title\nact-1,hello\n'),
    says: ['not an .xlsx workbook:', 'notes.xlsx'],
  },
  {
    name: 'a zip that holds no workbook',
    make: async () => {
      const zip = new JSZip();
      zip.file('readme.txt', 'hello');
      return raw('other.xlsx', await zip.generateAsync({ type: 'nodebuffer' }));
    },
    says: ['not an .xlsx workbook:', 'other.xlsx', 'xl/workbook.xml'],
  },
];

describe('data:import-sheet on hostile workbooks', () => {
  const realBefore = fingerprint('data', 'geo');

  it.each(cases)(
    '$name',
    async ({ make, says, big }) => {
      const file = await make();
      const before = fingerprint(ws.dir);
      const r = await tool('data/import-sheet.ts', [file, '--data-dir', ws.paths.dataDir]);
      expect(r.status, r.output.slice(0, 4000)).toBe(1);
      for (const s of says) expect(r.output, r.output.slice(0, 4000)).toContain(s);
      expect(r.output).not.toContain('every check passed');
      expect(fingerprint(ws.dir)).toEqual(before);
      if (big) {
        await importSheet(file, ws.paths, false).then(
          (result) => expect(result.errors.length).toBeGreaterThan(0),
          (e: unknown) => expect(String(e)).toContain('inflates beyond'),
        );
        expect(rssMiB()).toBeLessThan(maxRssMiB);
        expect(fingerprint(ws.dir)).toEqual(before);
      }
    },
    180_000,
  );

  it('left the real data/ and geo/ as they were', () => {
    expect(fingerprint('data', 'geo')).toEqual(realBefore);
  });
});
