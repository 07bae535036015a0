/**
 * The opener's heavy half, loaded by src/desk/open.ts on the first opening: the shared import path
 * (src/sheet/importBook.ts) with the browser's check context — the cut official code list
 * (`virtual:huize-desk`), and the texts the workbook and the chosen .txt files give; a source with no text
 * given is a missing text, as a missing file is for check:data.
 */
import type { CheckContext, SourceText, TextProblem } from '../data/checks';
import { joinData } from '../data/join';
import { Source } from '../data/schema';
import { importBook, type BookEnv, type TextFile } from '../sheet/importBook';
import { toDeskError } from './deskErrors';
import { messageOf } from './messages';
import type { OpenInput, OpenOptions, OpenResult } from './types';

let official: Promise<CheckContext['official']> | undefined;

function officialList(): Promise<CheckContext['official']> {
  official ??= import('virtual:huize-desk').then(
    ({ default: inputs }) => new Map(inputs.official.map(([code, name]) => [code, { code, name }])),
  );
  return official;
}

/** The browser's context: nothing is read from disk, so every text is one the person gave. */
function browserEnv(options: OpenOptions): BookEnv {
  return {
    geo: options.geo,
    async context(raw, given: ReadonlyMap<string, SourceText>) {
      const problems = new Map<string, TextProblem>();
      for (const s of Array.isArray(raw.sources) ? raw.sources : []) {
        const r = Source.safeParse(s);
        if (r.success && !given.has(r.data.id))
          problems.set(r.data.id, { kind: 'missing', path: `${TEXTS_PATH} ${r.data.text.file}` });
      }
      return {
        context: { official: await officialList(), texts: given, textProblems: problems },
        notices: [],
      };
    },
  };
}

/** How a missing text is named in the (English) message: the texts sheet, or the file to choose. */
const TEXTS_PATH = 'the texts sheet or the chosen file';

/** A .txt as Node reads it (`readFileSync(path, 'utf8')`): UTF-8, a byte-order mark kept as a character. */
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

export async function openBook(input: OpenInput, options: OpenOptions): Promise<OpenResult> {
  const files: TextFile[] = (input.texts ?? []).map((f) => ({ name: f.name, text: decode(f.bytes) }));
  const book = await importBook(input.workbook.bytes, input.workbook.name, browserEnv(options), {
    files,
    normalise: async (raw) => (await import('../data/normalise')).normaliseReport(raw),
  });
  if (book.errors.length > 0 || !book.data)
    return {
      ok: false,
      errors: book.errors.map((e) => toDeskError(e, options.locale)),
      checked: book.checked,
    };
  const notices =
    book.ignored.length > 0
      ? [messageOf('desk.ignored', { names: book.ignored.join(', ') }, options.locale)]
      : [];
  return {
    ok: true,
    data: joinData(book.data),
    parsed: book.data,
    texts: book.texts,
    filled: [
      ...book.newIds.map((n) => ({ sheet: n.sheet, row: n.row, column: 'id', value: n.id })),
      ...book.filled,
    ],
    notices,
    todos: book.todos.map((t) => ({ source: t.id, count: t.count })),
  };
}
