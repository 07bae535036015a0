/**
 * The one path from a workbook to checked data, for `data:import-sheet` (data/sheet/roundTrip.ts) and the
 * browser's report desk (src/desk/open.ts) alike: read the cells, put the records together, take the
 * report texts (texts sheet, or .txt files chosen with it), run every check (src/data/checkAll.ts) and find
 * each error again in the workbook (a to-do, src/data/todos.ts, is said and never refuses). Only the check context (the official list, the texts on disk) and the
 * geo files come from the caller.
 */
import { checkAll, sourceText } from '../data/checkAll';
import type { CheckContext, SourceText } from '../data/checks';
import type { GeoForCheck } from '../data/checks/geoConsistency';
import { capPerRule } from '../data/errors';
import type { ParsedDataset, RawDataset } from '../data/files';
import { formatTodos, todosBySource, type SourceTodos } from '../data/todos';
import { assemble } from './assemble';
import type { SheetName } from './columns';
import type { CellError } from './flatten';
import { locate } from './locate';
import { readBook } from './readBook';
import { WorkbookFileError } from './zipGuard';
import { TEXTS_SHEET } from './texts';

export interface BookEnv {
  /** the checks' context for `raw`, with `given` (source id → text) standing in for those sources' files */
  context(
    raw: RawDataset,
    given: ReadonlyMap<string, SourceText>,
  ): Promise<{ context: CheckContext; notices: string[]; differs?: readonly string[] }>;
  geo: GeoForCheck | null;
}

/** A report text chosen with the workbook: its file name (a source's text.file) and its text as stored. */
export interface TextFile {
  name: string;
  text: string;
}

export interface BookResult {
  /** the cells that cannot be read, or else the checks' errors found again in the workbook */
  errors: CellError[];
  /** things to say once, the to-dos' notices among them (one per source, formatTodos) */
  notices: string[];
  /** per source, the figures no record quotes yet: work left, never a refusal (src/data/todos.ts) */
  todos: SourceTodos[];
  newIds: { sheet: SheetName; row: number; id: string }[];
  /** cells the import filled in: a new source's text_sha256 */
  filled: { sheet: SheetName; row: number; column: string; value: string }[];
  /** false when cells could not be read: the checks run once every cell reads */
  checked: boolean;
  /** the records as the schemas output them, when every check passed */
  data: ParsedDataset | null;
  /** source id → the normalised text the workbook or a .txt file gave */
  texts: Map<string, string>;
  /** sheets that are not the project's, left unread */
  ignored: string[];
}

type Json = Record<string, unknown>;

/**
 * Reads and checks a workbook. `normalise` turns a .txt stored as scraped into the text citations quote
 * (src/data/normalise.ts, loaded by the caller when needed). Never throws for anything in the files.
 */
export async function importBook(
  bytes: Uint8Array,
  file: string,
  env: BookEnv,
  txt: { files: readonly TextFile[]; normalise: (raw: string) => Promise<string> } = {
    files: [],
    normalise: async (t) => t,
  },
): Promise<BookResult> {
  const result: BookResult = {
    errors: [],
    notices: [],
    todos: [],
    newIds: [],
    filled: [],
    checked: false,
    data: null,
    texts: new Map(),
    ignored: [],
  };
  let read;
  try {
    read = await readBook(bytes, file);
  } catch (e) {
    if (!(e instanceof WorkbookFileError)) throw e;
    result.errors.push({ sheet: '', row: 0, column: '', rule: e.rule, message: e.message, vars: e.vars });
    return result;
  }
  result.ignored = read.ignored;
  if (read.errors.length > 0) return { ...result, errors: read.errors };
  const { raw, index, errors: cellErrors, newIds } = assemble(read.rows);
  result.newIds = newIds;
  // A cell that cannot be read leaves its record broken, and the checks would only echo that.
  if (cellErrors.length > 0) return { ...result, errors: cellErrors };
  const sources = (raw.sources as Json[]).filter((s) => typeof s.id === 'string');
  const errors: CellError[] = [];
  for (const [id, { row }] of read.texts) {
    if (!sources.some((s) => s.id === id))
      errors.push({
        sheet: TEXTS_SHEET,
        row,
        column: 'id',
        rule: 'texts-unknown-source',
        message: `"${id}" is not the id of a source in the sources sheet`,
        vars: { id },
      });
    else result.texts.set(id, read.texts.get(id)!.text);
  }
  for (const f of txt.files) {
    const source = sources.find((s) => (s.text as Json | null)?.file === f.name);
    if (!source) {
      errors.push({
        sheet: f.name,
        row: 0,
        column: '',
        rule: 'text-file-unknown',
        message: `no source names ${f.name} as its text.file`,
        vars: { file: f.name },
      });
      continue;
    }
    const stored = (source.normalisation as Json | null)?.stored;
    const text = stored === 'as-scraped' ? await txt.normalise(f.text) : f.text;
    const id = source.id as string;
    const inSheet = result.texts.get(id);
    if (inSheet !== undefined && inSheet !== text) {
      errors.push({
        sheet: TEXTS_SHEET,
        row: read.texts.get(id)!.row,
        column: 'text',
        rule: 'text-twice',
        message: `the texts sheet and ${f.name} give two different texts of ${id}: keep one`,
        vars: { id, file: f.name },
      });
    }
    result.texts.set(id, text);
  }
  if (errors.length > 0) return { ...result, errors };
  // A new source leaves its text_sha256 empty: it is the hash of the text given for it.
  for (const s of sources) {
    const text = result.texts.get(s.id as string);
    if (s.text_sha256 !== '' || text === undefined) continue;
    const given = sourceText(text);
    s.text_sha256 = given.sha256;
    const row = index.records.get('sources')?.get(s.id as string) ?? 0;
    result.filled.push({ sheet: 'sources', row, column: 'text_sha256', value: given.sha256 });
  }
  const given = new Map([...result.texts].map(([id, text]) => [id, sourceText(text)]));
  const { context, notices, differs = [] } = await env.context(raw, given);
  for (const id of differs) {
    errors.push({
      sheet: TEXTS_SHEET,
      row: read.texts.get(id)?.row ?? 0,
      column: 'text',
      rule: 'text-differs',
      message: `the text of ${id} differs from its file, which the import does not write (kept as scraped, or outside the data folder): its text cannot be changed from the workbook`,
      vars: { id },
    });
  }
  if (errors.length > 0) return { ...result, errors };
  const checked = checkAll(raw, env.geo, context);
  result.todos = todosBySource(checked.todos);
  result.notices = [...notices, ...result.todos.map(formatTodos)];
  result.checked = true;
  result.errors = capPerRule(checked.errors).map((e) => locate(e, index));
  if (result.errors.length === 0) result.data = checked.data;
  return result;
}
