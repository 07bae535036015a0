/**
 * The rows of a read workbook put back together as the six data files: each sheet's rows become records
 * (flatten.ts), the amounts and counts go back into their records in row order, and a new row without an
 * id or a key gets one. Where each record and figure came from is kept, so an error of the checks can name
 * its sheet, row and column (locate.ts).
 */
import { sha256Hex } from '../data/sha256';
import type { RawDataset } from '../data/files';
import { ID_PREFIX, SHEETS, SHEET_ORDER, type SheetName } from './columns';
import { fromRow, type Cell, type CellError } from './flatten';

export interface SheetRow {
  /** the row's number in the sheet (the header is row 1) */
  row: number;
  cells: Cell[];
}

/** Where the records and figures are in the workbook. */
export interface RowIndex {
  /** sheet → record id → row */
  records: Map<SheetName, Map<string, number>>;
  /** `<record id>/<amounts|counts>/<i>` → row in the amounts or counts sheet */
  figures: Map<string, number>;
}

type Json = Record<string, unknown>;

/**
 * A stable id for a new row: the kind's prefix, a few words of its English name, and a hash of what the
 * row holds, so importing the same sheet twice gives the same id. A new township is keyed by its code.
 */
export function newId(sheet: SheetName, record: Json, cells: readonly Cell[]): string {
  if (sheet === 'places' && record.kind === 'township' && typeof record.official_code === 'string') {
    return record.official_code;
  }
  const english = [record.name_en, record.title_en].find((v): v is string => typeof v === 'string') ?? '';
  const words =
    english
      .toLowerCase()
      .match(/[a-z0-9]+/g)
      ?.slice(0, 4) ?? [];
  const hash = sha256Hex(JSON.stringify(cells.slice(1))).slice(0, 6);
  return [ID_PREFIX[sheet] ?? sheet, ...words, hash].join('-');
}

function freeKey(taken: readonly Json[], stem: string): string {
  const keys = new Set(taken.map((f) => f.key));
  let n = taken.length + 1;
  while (keys.has(`${stem}-${n}`)) n++;
  return `${stem}-${n}`;
}

export function assemble(rows: Record<SheetName, SheetRow[]>): {
  raw: RawDataset;
  index: RowIndex;
  errors: CellError[];
  newIds: { sheet: SheetName; row: number; id: string }[];
} {
  const errors: CellError[] = [];
  const index: RowIndex = { records: new Map(), figures: new Map() };
  const newIds: { sheet: SheetName; row: number; id: string }[] = [];
  // A township is written by name: the places sheet's township rows say which name is which code.
  const placeCols = SHEETS.places;
  const col = (h: string) => placeCols.findIndex((c) => c.header === h);
  const townships = new Map<string, string>();
  for (const { cells } of rows.places) {
    const [id, kind, name] = [cells[col('id')], cells[col('kind')], cells[col('name_zh')]];
    if (kind === 'township' && id !== null && id !== undefined) {
      townships.set(String(id), String(id));
      if (typeof name === 'string') townships.set(name, String(id));
    }
  }
  const read = (sheet: SheetName): Json[] => {
    const byId = new Map<string, number>();
    index.records.set(sheet, byId);
    return rows[sheet].map(({ row, cells }) => {
      const { record, errors: e } = fromRow(cells, SHEETS[sheet], townships, { sheet, row });
      errors.push(...e);
      // A unit is named by the counts that use it: it has no id but the one its row gives.
      if ((record.id === '' || record.id === undefined) && ID_PREFIX[sheet]) {
        record.id = newId(sheet, record, cells);
        newIds.push({ sheet, row, id: record.id as string });
      }
      byId.set(record.id as string, row);
      return record;
    });
  };
  const records = Object.fromEntries(
    SHEET_ORDER.filter((s) => s !== 'amounts' && s !== 'counts').map((s) => [s, read(s)]),
  ) as Record<Exclude<SheetName, 'amounts' | 'counts'>, Json[]>;
  for (const a of records.activities) Object.assign(a, { amounts: [], counts: [] });
  for (const p of records.pairings) p.counts = [];
  const owners = (sheet: SheetName) =>
    new Map(
      (sheet === 'amounts' ? records.activities : [...records.activities, ...records.pairings]).map((r) => [
        r.id as string,
        r,
      ]),
    );
  for (const sheet of ['amounts', 'counts'] as const) {
    const ownerOf = owners(sheet);
    const [ownerCol, ...figureCols] = SHEETS[sheet];
    for (const { row, cells } of rows[sheet]) {
      const ownerId = cells[0] === null || cells[0] === undefined ? '' : String(cells[0]);
      const owner = ownerOf.get(ownerId);
      const { record, errors: e } = fromRow(cells.slice(1), figureCols, townships, { sheet, row });
      errors.push(...e);
      if (!owner) {
        const of = sheet === 'amounts' ? 'the activities sheet' : 'the activities or pairings sheet';
        errors.push({
          sheet,
          row,
          column: ownerCol!.header,
          rule: 'sheet-owner',
          message: `no record "${ownerId}" in ${of}`,
          vars: { id: ownerId },
        });
        continue;
      }
      const list = owner[sheet] as Json[];
      if (record.key === '') record.key = freeKey(list, sheet === 'amounts' ? 'amount' : 'count');
      index.figures.set(`${ownerId}/${sheet}/${list.length}`, row);
      list.push(record);
    }
  }
  return { raw: records as unknown as RawDataset, index, errors, newIds };
}
