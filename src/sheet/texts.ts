/**
 * The `texts` sheet: the report texts travel inside the workbook, one row per source (`id`, `text`), so a
 * workbook alone carries everything the checks read. Each text is the one citations quote (normalised).
 * Excel keeps at most 32,767 characters in a cell: a longer text goes on in the next rows with the same id,
 * and reading joins them in row order.
 */
export const TEXTS_SHEET = 'texts';
export const TEXTS_HEADERS = ['id', 'text'] as const;

/** The longest piece of a text one cell holds (below Excel's 32,767, so a save never cuts it). */
export const TEXT_CELL_MAX = 32_000;

/** The text in pieces a cell can hold, never cutting a character that takes two UTF-16 units. */
export function textPieces(text: string, max = TEXT_CELL_MAX): string[] {
  const pieces: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + max);
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end--;
    pieces.push(text.slice(at, end));
    at = end;
  }
  return pieces.length > 0 ? pieces : [''];
}

/** The sheet's rows: the sources' texts in the registry's order, long ones over several rows. */
export function textRows(
  sources: readonly { id: string }[],
  texts: ReadonlyMap<string, string>,
): [string, string][] {
  return sources.flatMap(({ id }) => {
    const text = texts.get(id);
    return text === undefined ? [] : textPieces(text).map((p): [string, string] => [id, p]);
  });
}

/** A text read back: the rows that held it, joined, and the first row (where an error about it points). */
export interface ReadText {
  text: string;
  row: number;
}

/** The sheet's rows read back as one text per id, in row order. */
export function joinTextRows(
  rows: readonly { row: number; id: string; text: string }[],
): Map<string, ReadText> {
  const out = new Map<string, ReadText>();
  for (const { row, id, text } of rows) {
    const prior = out.get(id);
    if (prior) prior.text += text;
    else out.set(id, { text, row });
  }
  return out;
}
