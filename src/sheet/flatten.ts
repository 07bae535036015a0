/**
 * Records ⇄ rows of cells, following the columns of columns.ts. Writing is total (the data parsed);
 * reading names every cell it cannot read (a text in a number column, a township not in the list, a value
 * not in its dropdown list), so the import can say sheet, row and column.
 */
import type { ParsedDataset } from '../data/files';
import { FIXED_LISTS, SHEETS, type CellType, type Column, type SheetName } from './columns';

export type Cell = string | number | boolean | null;

export interface CellError {
  sheet: SheetName | string;
  row: number;
  column: string;
  rule: string;
  message: string;
  /** the message's values, for the report desk's dictionary (`desk.rule.<rule>`) */
  vars?: Readonly<Record<string, string | number>>;
  /** another cell to edit to put it right (the row of a place whose names a citation may use) */
  also?: { sheet: string; row: number; column: string };
}

/** What a cell that cannot be read says: the rule, an English message, and its values. */
export interface CellProblem {
  rule: string;
  message: string;
  vars: Readonly<Record<string, string | number>>;
}

type Json = Record<string, unknown>;

const getAt = (record: unknown, path: string[]): unknown =>
  path.reduce<unknown>((v, k) => (v === null || v === undefined ? v : (v as Json)[k]), record);

function setAt(record: Json, path: string[], value: unknown): void {
  let at = record;
  for (const k of path.slice(0, -1)) {
    if (at[k] === undefined || at[k] === null) at[k] = {};
    at = at[k] as Json;
  }
  at[path[path.length - 1]!] = value;
}

/** One record as the cells of its row. `townshipName` maps a township code to the name shown. */
export function toRow(record: unknown, columns: Column[], townshipName: ReadonlyMap<string, string>): Cell[] {
  return columns.map(({ header, type }) => {
    const v = getAt(record, header.split('.'));
    if (v === null || v === undefined) return null;
    if (type.kind === 'list') return (v as string[]).length > 0 ? (v as string[]).join('\n') : null;
    if (type.kind === 'township') return townshipName.get(v as string) ?? (v as string);
    return v as Cell;
  });
}

/** Every sheet's rows, records in file order and each record's figures in order. */
export function toSheets(data: ParsedDataset): Record<SheetName, Cell[][]> {
  const names = townshipNames(data);
  const rows = (sheet: SheetName, records: readonly unknown[]) =>
    records.map((r) => toRow(r, SHEETS[sheet], names));
  const figures = <T>(owners: { id: string; list: readonly T[] }[], sheet: SheetName) =>
    owners.flatMap(({ id, list }) => list.map((f) => [id, ...toRow(f, SHEETS[sheet].slice(1), names)]));
  return {
    sources: rows('sources', data.sources),
    organisations: rows('organisations', data.organisations),
    places: rows('places', data.places),
    activities: rows('activities', data.activities),
    amounts: figures(
      data.activities.map((a) => ({ id: a.id, list: a.amounts })),
      'amounts',
    ),
    counts: figures(
      [...data.activities, ...data.pairings].map((r) => ({ id: r.id, list: r.counts })),
      'counts',
    ),
    pairings: rows('pairings', data.pairings),
    people: rows('people', data.people),
    units: rows('units', data.units ?? []),
  };
}

/** Township code → its name, from the township records. */
export function townshipNames(data: Pick<ParsedDataset, 'places'>): Map<string, string> {
  return new Map(data.places.filter((p) => p.kind === 'township').map((p) => [p.id, p.name_zh]));
}

const isEmpty = (c: Cell) => c === null || c === '';
const asText = (c: Cell) => (typeof c === 'string' ? c : String(c));

/**
 * One cell read back as the value of its field, or the reason it cannot be. `townships` maps a
 * township's name (or code) to its code.
 */
export function readCell(
  c: Cell,
  type: CellType,
  townships: ReadonlyMap<string, string>,
): { value: unknown } | CellProblem {
  switch (type.kind) {
    case 'text':
      return { value: isEmpty(c) ? (type.nullable ? null : '') : asText(c) };
    case 'number': {
      if (isEmpty(c)) {
        return type.nullable
          ? { value: null }
          : { rule: 'sheet-number', message: 'empty: a number is needed', vars: { value: '' } };
      }
      if (typeof c === 'number') return { value: c };
      if (typeof c === 'string' && /^-?\d+(?:\.\d+)?$/.test(c.trim())) return { value: Number(c) };
      return { rule: 'sheet-number', message: `"${asText(c)}" is not a number`, vars: { value: asText(c) } };
    }
    case 'boolean': {
      if (typeof c === 'boolean') return { value: c };
      const t = typeof c === 'string' ? c.trim().toLowerCase() : '';
      if (t === 'true' || t === 'false') return { value: t === 'true' };
      return {
        rule: 'sheet-boolean',
        message: `"${c ?? ''}" is not TRUE or FALSE`,
        vars: { value: c === null ? '' : asText(c) },
      };
    }
    case 'list': {
      const items = isEmpty(c)
        ? []
        : asText(c)
            .split('\n')
            .map((s) => s.replace(/\r$/, ''))
            .filter(Boolean);
      const bad = type.of ? items.find((i) => !type.of!.includes(i)) : undefined;
      if (bad !== undefined) {
        const choices = type.of!.join(', ');
        return {
          rule: 'sheet-choice',
          message: `"${bad}" is not one of: ${choices}`,
          vars: { value: bad, choices },
        };
      }
      return { value: items };
    }
    case 'choice': {
      const fixed = (FIXED_LISTS as Record<string, readonly string[]>)[type.list];
      const choices = fixed ? fixed.join(', ') : '';
      if (isEmpty(c)) {
        return type.nullable
          ? { value: null }
          : {
              rule: 'sheet-choice',
              message: `empty: choose from the list "${type.list}"${fixed ? `: ${choices}` : ''}`,
              vars: { value: '', list: type.list, choices },
            };
      }
      if (fixed && !fixed.includes(asText(c))) {
        return {
          rule: 'sheet-choice',
          message: `"${asText(c)}" is not in the list "${type.list}": one of ${choices}`,
          vars: { value: asText(c), list: type.list, choices },
        };
      }
      return { value: asText(c) };
    }
    case 'township': {
      if (isEmpty(c)) return { value: null };
      const code = townships.get(asText(c));
      if (code === undefined) {
        return {
          rule: 'sheet-township',
          message: `"${asText(c)}" is not a township in the list "township"`,
          vars: { value: asText(c) },
        };
      }
      return { value: code };
    }
  }
}

/** A row read back as a record, with the errors of its cells. */
export function fromRow(
  cells: readonly Cell[],
  columns: Column[],
  townships: ReadonlyMap<string, string>,
  at: { sheet: string; row: number },
): { record: Json; errors: CellError[] } {
  const record: Json = {};
  const errors: CellError[] = [];
  const absentGroups = new Set(
    [...new Set(columns.map((c) => c.group).filter((g): g is string => !!g))].filter((g) =>
      columns.every((c, i) => c.group !== g || isEmpty(cells[i] ?? null)),
    ),
  );
  for (const g of absentGroups) record[g] = null;
  columns.forEach((column, i) => {
    if (column.group && absentGroups.has(column.group)) return;
    const r = readCell(cells[i] ?? null, column.type, townships);
    if ('value' in r) setAt(record, column.header.split('.'), r.value);
    else errors.push({ ...at, column: column.header, rule: r.rule, message: r.message, vars: r.vars });
  });
  return { record, errors };
}
