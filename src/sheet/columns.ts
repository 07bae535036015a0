/**
 * The flat form of the data in a workbook, one sheet per record kind: which columns each sheet has, what a
 * cell holds and how it reads back. A column's header is the field's path in the JSON record
 * (`citation.phrase`, `date.year`), so an error of the checks at that field names that column. Nested
 * fields are flattened so a cell holds one plain value:
 *
 * - a list (places, actors, notes, names_in_report…) is one cell, one item per line (Alt+Enter in Excel);
 * - an object that may be absent (date, location, published) is its columns side by side, all empty = none;
 * - amounts and counts are sheets of their own, one row per figure, naming their record in the first
 *   column; a record's figures are in the order of their rows;
 * - a place's township is written by its name (娜姑镇), chosen from a list, and read back as its code.
 */
import {
  ActivityCategory,
  AmountKind,
  CountedAs,
  Direction,
  NormaliseStep,
  OrganisationKind,
  PairingLevel,
  PlaceKind,
  Precision,
  Qualifier,
  Scope,
  Script,
  Side,
  TextFolder,
  TownshipType,
} from '../data/schema';

/** The dropdown lists (the "lists" sheet): fixed ones from the schemas, the others from the data. */
export const FIXED_LISTS = {
  category: ActivityCategory.options,
  scope: Scope.options,
  direction: Direction.options,
  relation: ['in', 'since'],
  counted_as: CountedAs.options,
  qualifier: Qualifier.options,
  amount_kind: AmountKind.options,
  precision: Precision.options,
  place_kind: PlaceKind.options,
  township_type: TownshipType.options,
  organisation_kind: OrganisationKind.options,
  side: Side.options,
  pairing_level: PairingLevel.options,
  script: Script.options,
  text_folder: TextFolder.options,
  stored: ['as-scraped', 'normalised'],
} as const satisfies Record<string, readonly string[]>;

/**
 * Lists made from the data being exported: the townships by name, the source ids, and the units (the
 * built-in ones and the units sheet's: a count's unit is checked against both, checks/units.ts).
 */
export type DataList = 'township' | 'source' | 'unit';
export type ListName = keyof typeof FIXED_LISTS | DataList;

export type CellType =
  | { kind: 'text'; nullable: boolean }
  | { kind: 'number'; nullable: boolean; integer: boolean }
  | { kind: 'boolean' }
  | { kind: 'list'; of?: readonly string[] }
  | { kind: 'choice'; list: ListName; nullable: boolean }
  | { kind: 'township' };

export interface Column {
  /** the field's path in the record, dotted: also the header */
  header: string;
  type: CellType;
  /** the nullable object this column belongs to (all its columns empty = null) */
  group?: string;
}

export type SheetName =
  | 'sources'
  | 'organisations'
  | 'places'
  | 'activities'
  | 'amounts'
  | 'counts'
  | 'pairings'
  | 'people'
  | 'units';

const text = (header: string, nullable = false, group?: string): Column => ({
  header,
  type: { kind: 'text', nullable },
  group,
});
const num = (header: string, o: { nullable?: boolean; integer?: boolean; group?: string } = {}): Column => ({
  header,
  type: { kind: 'number', nullable: o.nullable ?? false, integer: o.integer ?? false },
  group: o.group,
});
const bool = (header: string): Column => ({ header, type: { kind: 'boolean' } });
const list = (header: string, of?: readonly string[]): Column => ({ header, type: { kind: 'list', of } });
const choice = (header: string, l: ListName, nullable = false, group?: string): Column => ({
  header,
  type: { kind: 'choice', list: l, nullable },
  group,
});

const date = [
  num('date.year', { integer: true, group: 'date' }),
  num('date.month', { integer: true, nullable: true, group: 'date' }),
  choice('date.relation', 'relation', false, 'date'),
];
const citation = [choice('citation.source', 'source'), text('citation.section'), text('citation.phrase')];
const side = (s: string) => [
  text(`${s}.label_zh`),
  text(`${s}.label_en`),
  list(`${s}.organisations`),
  list(`${s}.places`),
];

export const SHEETS: Record<SheetName, Column[]> = {
  sources: [
    text('id'),
    text('name_zh'),
    text('name_en'),
    text('title', true),
    text('outlet'),
    text('author', true),
    num('published.year', { integer: true, group: 'published' }),
    num('published.month', { integer: true, nullable: true, group: 'published' }),
    num('published.day', { integer: true, nullable: true, group: 'published' }),
    text('published_note', true),
    text('url', true),
    text('language'),
    choice('script', 'script'),
    choice('script_as_scraped', 'script'),
    choice('text.folder', 'text_folder'),
    text('text.file'),
    choice('normalisation.stored', 'stored'),
    list('normalisation.steps', NormaliseStep.options),
    text('text_sha256'),
    list('notes'),
  ],
  organisations: [
    text('id'),
    text('name_zh'),
    text('name_en'),
    list('names_in_report'),
    choice('kind', 'organisation_kind'),
    choice('side', 'side'),
    text('place', true),
    list('notes'),
  ],
  places: [
    text('id'),
    choice('kind', 'place_kind'),
    text('name_zh'),
    text('name_en'),
    text('pinyin'),
    list('names_in_report'),
    text('official_code', true),
    text('official_name_zh', true),
    choice('township_type', 'township_type', true),
    bool('in_huize'),
    { header: 'township', type: { kind: 'township' } },
    text('within', true),
    text('parent_zh', true),
    text('parent_code', true),
    choice('precision', 'precision'),
    num('location.lon', { group: 'location' }),
    num('location.lat', { group: 'location' }),
    num('location.uncertainty_km', { group: 'location' }),
    text('location.basis', false, 'location'),
    text('location.basis_zh', false, 'location'),
    text('location.basis_en', false, 'location'),
    text('location.source', false, 'location'),
    list('notes'),
    list('notes_zh'),
    list('notes_en'),
  ],
  activities: [
    text('id'),
    choice('category', 'category'),
    text('title_zh'),
    text('title_en'),
    list('actors'),
    list('recipients'),
    list('people'),
    choice('scope', 'scope'),
    list('places'),
    list('destinations'),
    bool('shared'),
    choice('direction', 'direction', true),
    ...date,
    ...citation,
    list('notes'),
    list('notes_zh'),
    list('notes_en'),
  ],
  amounts: [
    text('activity'),
    text('key'),
    num('value_wan'),
    choice('kind', 'amount_kind'),
    text('what_zh'),
    text('what_en'),
    text('as_written'),
    bool('additive'),
    text('split_note', true),
    text('split_note_zh', true),
    text('split_note_en', true),
  ],
  counts: [
    text('record'),
    text('key'),
    num('value'),
    choice('unit', 'unit'),
    choice('counted_as', 'counted_as'),
    text('what_zh'),
    text('what_en'),
    choice('qualifier', 'qualifier'),
    bool('prospective'),
    text('as_written'),
    text('part_of', true),
  ],
  pairings: [
    text('id'),
    choice('level', 'pairing_level'),
    text('relation_zh'),
    ...side('baoshan_side'),
    ...side('huize_side'),
    text('activity', true),
    ...date,
    ...citation,
    list('notes'),
    list('notes_zh'),
    list('notes_en'),
  ],
  people: [
    text('id'),
    text('name_zh'),
    text('name_en'),
    text('role_zh'),
    text('role_en'),
    text('organisation', true),
    ...citation,
    list('notes'),
  ],
  units: [text('id'), text('label_zh'), text('label_en'), text('label_en_one', true)],
};

/** The sheets in the workbook's order: the registry, the records, then the figures. */
export const SHEET_ORDER: SheetName[] = [
  'sources',
  'organisations',
  'places',
  'activities',
  'amounts',
  'counts',
  'pairings',
  'people',
  'units',
];

/** Sheets a workbook written before them may lack: absent = none (units.json: no units added). */
export const OPTIONAL_SHEETS: ReadonlySet<SheetName> = new Set(['units']);

/** The id prefix a new record of the sheet gets (a township's id is its code). */
export const ID_PREFIX: Partial<Record<SheetName, string>> = {
  sources: 'src',
  organisations: 'org',
  places: 'place',
  activities: 'act',
  pairings: 'pair',
  people: 'person',
};
