/**
 * The dictionary sheet: what each column of each sheet holds and how to write it, with the schema's own
 * description of the field (src/data/schema), plus the rules that hold for every sheet.
 */
import type { z } from 'zod';
import {
  Activity,
  ActivityCategory,
  Amount,
  Count,
  Organisation,
  Pairing,
  Person,
  Place,
  Source,
  Unit,
} from '../data/schema';
import { SHEETS, SHEET_ORDER, type Column, type SheetName } from './columns';

const SCHEMAS: Record<SheetName, z.ZodType> = {
  sources: Source,
  organisations: Organisation,
  places: Place,
  activities: Activity,
  amounts: Amount,
  counts: Count,
  pairings: Pairing,
  people: Person,
  units: Unit,
};

export const GENERAL_RULES: string[] = [
  'One sheet per kind of record; one row per record, in the order of the JSON file. The first row holds the column names: leave it as it is.',
  'A column’s name is the field’s path in the JSON record (citation.phrase is the phrase of the citation); an error of the import names the sheet, the row, the column and the rule it broke.',
  'A list (places, actors, notes…) is one cell with one item per line (Alt+Enter in Excel; Ctrl+Option+Enter on a Mac). An empty cell is an empty list.',
  'A date, location or publication date is its columns side by side; leave all of them empty when there is none.',
  'Amounts and counts have sheets of their own: one row per figure, whose first column names its record by id. A record’s figures are in the order of their rows.',
  'Dropdown lists (the lists sheet) give the allowed values: categories, units, precision, townships, sources and the other fixed choices. A township is written by its name.',
  'A new row may leave id empty: the import gives it a stable id (its kind, a few words of its English name, a hash of the row). Give an id yourself if figure rows must name the record in the same import.',
  'A new figure may leave key empty: it gets amount-N or count-N.',
  'Nothing is written unless every check passes (the same checks as npm run check:data); --dry-run only checks.',
  `Categories are a fixed set (they drive the map's metrics): ${ActivityCategory.options.join(', ')}.`,
  'Units: the built-in ones are in the lists sheet (unit). A report that counts in another unit (册, 棵, tonnes) adds a row to the units sheet: its id (lower-case, e.g. books), the Chinese word written after the figure (册), the English one (books) and, if different, the English word after 1 (book).',
  'The texts sheet holds the report texts, one row per source: id (the source’s id) and text (the text as citations quote it, normalised). A text longer than a cell holds goes on in the next rows with the same id. A new source’s text may be added here, or chosen as a .txt file with the workbook; leave its text_sha256 empty and it is computed.',
];

function unwrap(s: z.ZodType): z.ZodType {
  let at = s as { _zod: { def: { type: string } }; unwrap?: () => z.ZodType; element?: z.ZodType };
  for (;;) {
    const type = at._zod.def.type;
    if ((type === 'nullable' || type === 'optional') && at.unwrap) at = at.unwrap() as typeof at;
    else if (type === 'array' && at.element) at = at.element as unknown as typeof at;
    else return at as unknown as z.ZodType;
  }
}

/** The schema's description of the field at `path`, if it has one. */
export function describeField(schema: z.ZodType, path: string[]): string {
  let at: z.ZodType | undefined = schema;
  for (const key of path) {
    const shape: Record<string, z.ZodType> | undefined = (
      unwrap(at) as unknown as { shape?: Record<string, z.ZodType> }
    ).shape;
    at = shape?.[key];
    if (!at) return '';
  }
  return at.description ?? unwrap(at).description ?? '';
}

export function howToWrite(c: Column): string {
  const t = c.type;
  const orEmpty = (nullable: boolean) => (nullable ? ', or empty for none' : '');
  const base = (() => {
    switch (t.kind) {
      case 'text':
        return `text${orEmpty(t.nullable)}`;
      case 'number':
        return `${t.integer ? 'a whole number' : 'a number'}${orEmpty(t.nullable)}`;
      case 'boolean':
        return 'TRUE or FALSE';
      case 'list':
        return `a list, one item per line${t.of ? ` (each one of: ${t.of.join(', ')})` : ''}`;
      case 'choice':
        return `one of the list "${t.list}" (dropdown)${orEmpty(t.nullable)}`;
      case 'township':
        return 'the name of a Huize township, from the list "township" (dropdown); empty when not proven';
    }
  })();
  return c.group ? `${base}; with the other ${c.group}.* columns, all empty = no ${c.group}` : base;
}

const OWNER: Partial<Record<SheetName, string>> = {
  amounts: 'the id of the activity the amount belongs to',
  counts: 'the id of the activity or pairing the count belongs to',
};

/** The dictionary's rows: sheet, column, how to write it, what it means. */
export function dictionaryRows(): string[][] {
  return [
    ...SHEET_ORDER.flatMap((sheet) =>
      SHEETS[sheet].map((c, i) => {
        const owner = i === 0 ? OWNER[sheet] : undefined;
        const meaning = owner ?? describeField(SCHEMAS[sheet], c.header.split('.'));
        return [sheet, c.header, howToWrite(c), meaning];
      }),
    ),
    ['texts', 'id', 'text', 'the id of the source (sources sheet) whose text this is'],
    [
      'texts',
      'text',
      'text',
      'the text as citations quote it (normalised); a long one goes on in the next rows',
    ],
  ];
}
