/**
 * The spreadsheet round trip (data:export-sheet, data:import-sheet): unchanged data comes back byte for
 * byte, a second report's records too; an unreadable cell or a failed check is an error naming sheet, row,
 * column and rule, and then nothing is written; a new row without an id gets a stable one.
 */
import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addSource } from '../../../data/lib/addSource';
import { SHEETS, type SheetName } from '../../../src/sheet/columns';
import { formatCellError } from '../../../src/sheet/locate';
import { exportSheet, importSheet } from '../../../data/sheet/roundTrip';
import { inputPaths, readDataFolder, type InputPaths } from '../../../build/inputs';
import { DATA_FILES } from '../../../src/data/files';
import { dataFileText } from '../../../src/data/format';
import { parseDataset } from '../../../src/data/parse';
import type { Activity } from '../../../src/data/schema';
import { makeWorkspace } from './inputWorkspace';
import { INVENTED_FILE, INVENTED_ID, inventedActivity } from './secondReport';

const scratch = mkdtempSync(join(tmpdir(), 'huize-sheet-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let n = 0;
/** A fresh empty data folder that reads the same source texts as `like`. */
const emptyFolder = (like: InputPaths = inputPaths({})): InputPaths => {
  const dataDir = mkdtempSync(join(scratch, `data-${n++}-`));
  return { ...like, dataDir };
};
const filesOf = (dir: string) =>
  Object.fromEntries(
    Object.values(DATA_FILES).map((f) => [
      f,
      existsSync(join(dir, f)) ? readFileSync(join(dir, f), 'utf8') : null,
    ]),
  );
const real = inputPaths({});
const hasReport = existsSync(join(real.sharedReportDir, '000_0027764fe652cbea.txt'));

const workbook = join(scratch, 'data.xlsx');
const exported = exportSheet(workbook, real);

/** The exported workbook with one change, saved under a new name. */
async function edited(change: (sheet: (name: SheetName) => ExcelJS.Worksheet) => void): Promise<string> {
  await exported;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(workbook);
  change((name) => wb.getWorksheet(name)!);
  const out = join(scratch, `edited-${n++}.xlsx`);
  await wb.xlsx.writeFile(out);
  return out;
}
const col = (sheet: SheetName, header: string) => SHEETS[sheet].findIndex((c) => c.header === header) + 1;
/** The first data row of a sheet whose cell in `header` holds something. */
const rowWith = (ws: ExcelJS.Worksheet, sheet: SheetName, header: string): number => {
  for (let r = 2; r <= ws.rowCount; r++)
    if (ws.getRow(r).getCell(col(sheet, header)).value !== null) return r;
  throw new Error(`no ${sheet} row has ${header}`);
};

describe('the spreadsheet round trip', () => {
  it('reproduces data/ byte for byte from an export of it', async () => {
    await exported;
    const target = emptyFolder();
    const r = await importSheet(workbook, target, false);
    expect(r.errors.map(formatCellError)).toEqual([]);
    expect(filesOf(target.dataDir)).toEqual(filesOf(real.dataDir));
    expect(readdirSync(target.dataDir).sort()).toEqual(Object.values(DATA_FILES).sort());
  }, 60_000);

  it('finds nothing to change when the data is unchanged', async () => {
    await exported;
    const r = await importSheet(workbook, real, true);
    expect(r.errors).toEqual([]);
    expect(r.changed).toEqual([]);
  }, 60_000);

  it('keeps a second report and the record citing it', async () => {
    const ws = makeWorkspace();
    try {
      addSource(
        { file: INVENTED_FILE, title: '虚构的图书捐赠', outlet: '测试网', id: INVENTED_ID },
        ws.paths,
      );
      ws.edit<Activity[]>('data/activities.json', (list) => void list.push(inventedActivity()));
      const file = join(scratch, 'second.xlsx');
      await exportSheet(file, ws.paths);
      const target = emptyFolder(ws.paths);
      const r = await importSheet(file, target, false);
      expect(r.errors.map(formatCellError)).toEqual([]);
      const { data } = parseDataset(readDataFolder(ws.paths.dataDir).raw);
      for (const [key, f] of Object.entries(DATA_FILES)) {
        expect(readFileSync(join(target.dataDir, f), 'utf8')).toBe(
          dataFileText(data[key as keyof typeof DATA_FILES] ?? []),
        );
      }
      expect(readFileSync(join(target.dataDir, 'activities.json'), 'utf8')).toContain(
        '"source": "src-invented-test"',
      );
    } finally {
      ws.dispose();
    }
  }, 60_000);

  it.each([
    {
      name: 'a township name not in the list',
      sheet: 'places' as const,
      header: 'township',
      value: '娜菇镇',
      rule: 'sheet-township',
    },
    {
      name: 'a text in a number column',
      sheet: 'counts' as const,
      header: 'value',
      value: '三百',
      rule: 'sheet-number',
    },
    {
      name: 'a choice not in its list',
      sheet: 'activities' as const,
      header: 'category',
      value: 'party',
      rule: 'sheet-choice',
    },
    {
      name: 'a yes/no cell that is neither',
      sheet: 'places' as const,
      header: 'in_huize',
      value: 'maybe',
      rule: 'sheet-boolean',
    },
  ])(
    '$name: a named error at its sheet, row and column, and nothing written',
    async ({ sheet, header, value, rule }) => {
      let row = 0;
      const file = await edited((s) => {
        row = rowWith(s(sheet), sheet, header);
        s(sheet).getRow(row).getCell(col(sheet, header)).value = value;
      });
      const target = emptyFolder();
      const r = await importSheet(file, target, false);
      expect(r.errors).toEqual([expect.objectContaining({ sheet, row, column: header, rule })]);
      expect(formatCellError(r.errors[0]!)).toMatch(
        new RegExp(
          `^${sheet}, row ${row}, column ${header.replace('.', '\\.')} \\([A-Z]+\\): .*${value}.* \\(${rule}\\)$`,
        ),
      );
      expect(readdirSync(target.dataDir)).toEqual([]);
    },
    60_000,
  );

  it.runIf(hasReport)(
    'a failed check names the sheet, row and column of the field',
    async () => {
      let at = { phrase: 0, amount: 0 };
      const file = await edited((s) => {
        at = {
          phrase: rowWith(s('activities'), 'activities', 'id'),
          amount: rowWith(s('amounts'), 'amounts', 'as_written'),
        };
        s('activities').getRow(at.phrase).getCell(col('activities', 'citation.phrase')).value =
          '报道里没有的一句话';
        s('amounts').getRow(at.amount).getCell(col('amounts', 'as_written')).value = '99999万元';
      });
      const target = emptyFolder();
      const r = await importSheet(file, target, false);
      expect(r.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            sheet: 'activities',
            row: at.phrase,
            column: 'citation.phrase',
            rule: 'citation-not-found',
          }),
          expect.objectContaining({
            sheet: 'amounts',
            row: at.amount,
            column: 'as_written',
            rule: 'figure-not-in-phrase',
          }),
        ]),
      );
      expect(readdirSync(target.dataDir)).toEqual([]);
    },
    60_000,
  );

  it('gives a new row without an id a stable id', async () => {
    const file = await edited((s) => {
      const ws = s('activities');
      const copy = (ws.getRow(2).values as ExcelJS.CellValue[]).slice(1);
      copy[col('activities', 'id') - 1] = null;
      copy[col('activities', 'title_en') - 1] = 'A second gift, added in the sheet';
      ws.addRow(copy);
    });
    const ids = [];
    for (const target of [emptyFolder(), emptyFolder()]) {
      const r = await importSheet(file, target, false);
      expect(r.errors.map(formatCellError)).toEqual([]);
      expect(r.newIds).toHaveLength(1);
      const id = r.newIds[0]!.id;
      expect(id).toMatch(/^act-a-second-gift-added-[0-9a-f]{6}$/);
      expect(readFileSync(join(target.dataDir, 'activities.json'), 'utf8')).toContain(`"id": "${id}"`);
      ids.push(id);
    }
    expect(ids[0]).toBe(ids[1]);
  }, 60_000);
});
