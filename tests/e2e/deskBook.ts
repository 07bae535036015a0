/**
 * What a person does to the workbook the app downloads, done with exceljs as Excel or WPS would: a second
 * report (its source in `sources`, its text in `texts`) and one activity in a township with no record yet;
 * and a broken copy (a cited phrase the report does not hold). Rows are laid out as the workbook's own
 * writer lays them out (src/sheet/flatten.ts toSheets), so only the edit is the test's.
 */
import ExcelJS from 'exceljs';
import { newSource } from '../../bench/lib/deskWorkbooks';
import type { ParsedDataset } from '../../src/data/files';
import type { Activity, Place } from '../../src/data/schema';
import { SHEETS } from '../../src/sheet/columns';
import { toSheets } from '../../src/sheet/flatten';
import { letterOf } from '../../src/sheet/locate';
import { TEXTS_SHEET } from '../../src/sheet/texts';

export const SECOND = {
  source: 'src-desk-e2e',
  headline: '宝山区企业到者海镇开展结对帮扶',
  lead: '宝山区一家企业到会泽县者海镇开展结对帮扶活动，为当地学校送去图书。',
  activity: 'act-desk-e2e-zhehai',
  title_zh: '宝山区企业到者海镇开展结对帮扶',
  title_en: 'A Baoshan company pairs up with Zhehai',
};
export const SECOND_TEXT = `${SECOND.headline}\n${SECOND.lead}\n`;

function records(township: string): Pick<ParsedDataset, 'sources' | 'activities'> {
  const activity: Activity = {
    id: SECOND.activity,
    category: 'donation',
    title_zh: SECOND.title_zh,
    title_en: SECOND.title_en,
    actors: [],
    recipients: [],
    people: [],
    scope: 'township',
    places: [township],
    destinations: [],
    shared: false,
    direction: null,
    date: { year: 2019, month: null, relation: 'in' },
    amounts: [],
    counts: [],
    citation: { source: SECOND.source, section: 'lead', phrase: SECOND.lead },
    notes: [],
    notes_zh: [],
    notes_en: [],
  };
  return { sources: [newSource(SECOND.source, SECOND_TEXT, SECOND.headline)], activities: [activity] };
}

/** The downloaded workbook with the second report added; where the new activity's citation cell is. */
export async function withSecondReport(
  bytes: Uint8Array,
  places: readonly Place[],
  township: string,
): Promise<{ bytes: Uint8Array; phraseCell: { row: number; letter: string } }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const added = records(township);
  // The published places too: an activity's township column holds the township's name.
  const empty = { organisations: [], pairings: [], people: [], units: [] };
  const rows = toSheets({ ...empty, places: [...places], ...added } as ParsedDataset);
  const append = (sheet: 'sources' | 'activities', row: unknown[]) => {
    const ws = book.getWorksheet(sheet)!;
    const at = lastRow(ws) + 1;
    ws.getRow(at).values = row as ExcelJS.CellValue[];
    return at;
  };
  append('sources', rows.sources[0]!);
  const row = append('activities', rows.activities[0]!);
  const texts = book.getWorksheet(TEXTS_SHEET)!;
  texts.getRow(lastRow(texts) + 1).values = [SECOND.source, SECOND_TEXT];
  const letter = letterOf(SHEETS.activities.findIndex((c) => c.header === 'citation.phrase'));
  return { bytes: new Uint8Array(await book.xlsx.writeBuffer()), phraseCell: { row, letter } };
}

/** The same workbook with the new activity citing words its report does not hold. */
export async function withWrongPhrase(
  bytes: Uint8Array,
  cell: { row: number; letter: string },
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  book.getWorksheet('activities')!.getCell(`${cell.letter}${cell.row}`).value = '这句话不在报道里。';
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The last row holding a value (exceljs counts rows that only carry the dropdowns' validation). */
function lastRow(ws: ExcelJS.Worksheet): number {
  let last = 1;
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if ((row.values as unknown[]).some((v) => v !== null && v !== undefined && v !== '')) last = n;
  });
  return last;
}
