/**
 * The browser's opener (src/desk/open.ts) against the command line (data:import-sheet) on the same
 * workbooks (issue 23): the same errors at the same sheet, row, column and rule, and, where every check
 * passes, the same data files byte for byte — the opener's zip of data files against what the command
 * writes. The workbooks: the published data as the app downloads it, the same with a second report (its
 * text in the texts sheet, a new unit, an activity in a township with no record yet), and broken ones.
 */
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inputPaths, readGeo } from '../../../build/inputs';
import { importSheet } from '../../../data/sheet/roundTrip';
import { bookBytes, published, secondReport, ZHEHAI } from '../../../bench/lib/deskWorkbooks';
import { dataFilesZip, openWorkbook, workbookBytes, type OpenResult } from '../../../src/desk/open';
import { deskWords } from '../../../src/desk/messages';
import { SHEETS, type SheetName } from '../../../src/sheet/columns';
import type { CellError } from '../../../src/sheet/flatten';

const scratch = mkdtempSync(join(tmpdir(), 'huize-desk-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const geo = readGeo(inputPaths({}));
const base = published();
const books = {
  published: bookBytes(base),
  second: bookBytes(secondReport(base)),
};
let n = 0;

/** The command line on these bytes, into an empty data folder: its errors and the files it wrote. */
async function viaCli(bytes: Uint8Array) {
  const file = join(scratch, `book-${n++}.xlsx`);
  writeFileSync(file, bytes);
  const dataDir = mkdtempSync(join(scratch, 'data-'));
  const paths = { ...inputPaths({}), dataDir, sourcesDir: join(dataDir, 'sources') };
  const r = await importSheet(file, paths, false);
  const files: Record<string, string> = {};
  for (const f of readdirSync(dataDir))
    if (f.endsWith('.json')) files[`data/${f}`] = readFileSync(join(dataDir, f), 'utf8');
  if (existsSync(paths.sourcesDir))
    for (const f of readdirSync(paths.sourcesDir))
      files[`data/sources/${f}`] = readFileSync(join(paths.sourcesDir, f), 'utf8');
  return { errors: r.errors, files };
}

const open = async (bytes: Uint8Array, locale: 'zh-CN' | 'en' = 'zh-CN') =>
  openWorkbook({ workbook: { name: 'book.xlsx', bytes } }, { locale, geo });

const zipped = (zip: Uint8Array) =>
  Object.fromEntries(Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, strFromU8(bytes)]));

const where = (e: Pick<CellError, 'sheet' | 'row' | 'column' | 'rule'>) =>
  `${e.sheet}|${e.row}|${e.column.startsWith('(') ? '' : e.column}|${e.rule}`;

async function bothOn(
  bytes: Uint8Array,
): Promise<{ cli: Awaited<ReturnType<typeof viaCli>>; desk: OpenResult }> {
  const [cli, desk] = await Promise.all([viaCli(bytes), open(bytes)]);
  return { cli, desk };
}

/** A workbook with one change, made with exceljs from the given one. */
async function edited(
  from: Promise<Uint8Array>,
  change: (sheet: (name: SheetName) => ExcelJS.Worksheet) => void,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await from) as unknown as ArrayBuffer);
  change((name) => wb.getWorksheet(name)!);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
const col = (sheet: SheetName, header: string) => SHEETS[sheet].findIndex((c) => c.header === header) + 1;
const set =
  (sheet: SheetName, row: number, header: string, value: ExcelJS.CellValue) =>
  (s: (name: SheetName) => ExcelJS.Worksheet) =>
    (s(sheet).getRow(row).getCell(col(sheet, header)).value = value);

describe('the opener and data:import-sheet on the same workbook', () => {
  it.each(['published', 'second'] as const)(
    'the %s workbook: both pass, and the opener’s data files are the command’s, byte for byte',
    async (name) => {
      const { cli, desk } = await bothOn(await books[name]);
      expect(cli.errors.map(where)).toEqual([]);
      expect(desk.ok ? [] : desk.errors.map((e) => `${where(e)}: ${e.message}`)).toEqual([]);
      if (!desk.ok) return;
      expect(zipped(await dataFilesZip(desk.parsed, desk.texts))).toEqual(cli.files);
      // The joined data the map is given is the same records.
      expect([...desk.data.activities.keys()]).toEqual(desk.parsed.activities.map((a) => a.id));
    },
    60_000,
  );

  it('the second report: its activity is in 者海镇, its unit and its headline read as data', async () => {
    const desk = await open(await books.second);
    if (!desk.ok) throw new Error(desk.errors.map((e) => e.message).join('\n'));
    expect(desk.data.activitiesByTownship.get(ZHEHAI)?.map((a) => a.id)).toEqual(['act-desk-books-zhehai']);
    expect(desk.data.units.get('books')?.label_zh).toBe('册');
    expect(desk.data.sources.size).toBe(2);
    expect(zipped(await dataFilesZip(desk.data, desk.texts))).toHaveProperty(
      'data/sources/src-desk-second.txt',
    );
  }, 60_000);

  it('the workbook the app downloads opens again to the same data files', async () => {
    const first = await open(await books.second);
    if (!first.ok) throw new Error('the second report does not open');
    const again = await open(await workbookBytes(first.data, first.texts));
    if (!again.ok) throw new Error(again.errors.map((e) => e.message).join('\n'));
    expect(zipped(await dataFilesZip(again.parsed, again.texts))).toEqual(
      zipped(await dataFilesZip(first.parsed, first.texts)),
    );
  }, 60_000);

  const broken: { name: string; make: () => Promise<Uint8Array>; rule: string; says?: string[] }[] = [
    {
      name: 'text in a number cell',
      make: () => edited(books.published, set('counts', 2, 'value', '三百')),
      rule: 'sheet-number',
      says: ['三百'],
    },
    {
      name: 'an unknown category: the choices are listed',
      make: () => edited(books.published, set('activities', 2, 'category', 'party')),
      rule: 'sheet-choice',
      says: ['party', 'donation', 'training'],
    },
    {
      name: 'an unknown unit: the choices are listed',
      make: () => edited(books.published, set('counts', 2, 'unit', 'tonnes')),
      rule: 'unknown-unit',
      says: ['tonnes', 'people', 'mu'],
    },
    {
      name: 'a phrase that is not in the text',
      make: () => edited(books.published, set('activities', 2, 'citation.phrase', '这句话报道里没有')),
      rule: 'citation-not-found',
    },
    {
      name: 'a citation that names no township: the place’s row is named',
      make: () =>
        edited(books.second, (s) => {
          const ws = s('activities');
          const last = ws.actualRowCount;
          ws.getRow(last).getCell(col('activities', 'places')).value = '530326105';
        }),
      rule: 'county-figure-on-township',
      says: ['names_in_report'],
    },
  ];
  it.each(broken)(
    '$name: the same errors at the same cells',
    async ({ make, rule, says = [] }) => {
      const { cli, desk } = await bothOn(await make());
      expect(desk.ok).toBe(false);
      if (desk.ok) return;
      expect(desk.errors.map(where)).toEqual(cli.errors.map(where));
      const e = desk.errors.find((x) => x.rule === rule)!;
      expect(e, desk.errors.map(where).join('\n')).toBeDefined();
      expect(e.columnLetter).toMatch(/^[A-Z]+$/);
      for (const s of says) expect(e.message).toContain(s);
      // The message is the desk's Chinese one, not the check's English.
      expect(e.key.startsWith('desk.')).toBe(true);
      expect(e.key).not.toBe('desk.rule.other');
      expect(deskWords.has(e.key), e.key).toBe(true);
      // A second cell to edit is said after the rule's message.
      expect(e.message.startsWith(deskWords.text('zh-CN', e.key, e.vars))).toBe(true);
      expect(e.message).toMatch(/\p{Script=Han}/u);
      const also = cli.errors.find((x) => x.rule === rule)!.also;
      expect(e.also ? { sheet: e.also.sheet, row: e.also.row, column: e.also.column } : undefined).toEqual(
        also,
      );
    },
    60_000,
  );
});
