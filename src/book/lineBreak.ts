/**
 * Breaks styled text into lines that fit a width. Pure, measured by the caller's font (pdf-lib's in the
 * PDF, a fixed advance in tests). Chinese breaks between any two characters, Latin between words; closing
 * punctuation and footnote numbers never start a line and opening punctuation never ends one (the rules a
 * Chinese typesetter follows), so a line never begins with "，" or a lone footnote number.
 */

/** How long `text` is at `size`, in the same unit as the width asked for. */
export type Measure = (text: string, size: number) => number;

export interface Style {
  size: number;
  colour: 'ink' | 'muted' | 'heading';
  /** Raised and smaller: a footnote number. */
  raised?: boolean;
}

/** A piece of one line: text in one style, `x` from the line's start. */
export interface Piece extends Style {
  text: string;
  x: number;
  width: number;
}

export interface StyledText extends Style {
  text: string;
}

const noStart = /^[，。、；：！？）》」』】〉”’,.;:!?)\]%…·※]/u;
const noEnd = /[（《「『【〈“‘([]$/u;
/** A Latin word or number with what trails it ("1,234.5 ", "Huize "), a run of spaces, or one character. */
const atoms = /[\p{Script=Latin}\d.,'’%+\-/&]+\s*|\s+|./gsu;

interface Token {
  pieces: StyledText[];
}

function tokenize(runs: readonly StyledText[]): Token[] {
  const tokens: Token[] = [];
  let glueNext = false;
  for (const run of runs) {
    const parts = run.raised ? [run.text] : (run.text.match(atoms) ?? []);
    for (const text of parts) {
      const piece = { ...run, text };
      const last = tokens.at(-1);
      if (last && (glueNext || run.raised || noStart.test(text))) last.pieces.push(piece);
      else tokens.push({ pieces: [piece] });
      glueNext = noEnd.test(text);
    }
  }
  return tokens;
}

/** The size a piece is drawn at: a footnote number smaller. */
export const drawnSize = (p: Style): number => (p.raised ? p.size * 0.62 : p.size);

/** Splits a token wider than a whole line into pieces that fit (a very long word or number). */
function splitWide(token: Token, width: number, measure: Measure): Token[] {
  const out: Token[] = [];
  let current: StyledText[] = [];
  let used = 0;
  for (const piece of token.pieces) {
    for (const ch of piece.text) {
      const w = measure(ch, drawnSize(piece));
      if (used + w > width && current.length) {
        out.push({ pieces: current });
        current = [];
        used = 0;
      }
      const last = current.at(-1);
      if (last && last.size === piece.size && last.colour === piece.colour && last.raised === piece.raised) {
        last.text += ch;
      } else current.push({ ...piece, text: ch });
      used += w;
    }
  }
  if (current.length) out.push({ pieces: current });
  return out;
}

/** The runs broken into lines no wider than `width`; spaces at a line's start or end are dropped. */
export function breakLines(runs: readonly StyledText[], width: number, measure: Measure): Piece[][] {
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  let x = 0;
  const place = (token: Token) => {
    for (const p of token.pieces) {
      const text = line.length === 0 && p === token.pieces[0] ? p.text.trimStart() : p.text;
      if (!text) continue;
      const w = measure(text, drawnSize(p));
      line.push({ ...p, text, x, width: w });
      x += w;
    }
  };
  const tokenWidth = (t: Token) => t.pieces.reduce((s, p) => s + measure(p.text.trimEnd(), drawnSize(p)), 0);
  for (const token of tokenize(runs)) {
    const parts = tokenWidth(token) > width ? splitWide(token, width, measure) : [token];
    for (const part of parts) {
      if (line.length && x + tokenWidth(part) > width + 0.01) {
        lines.push(trimEnd(line, measure));
        line = [];
        x = 0;
      }
      place(part);
    }
  }
  if (line.length) lines.push(trimEnd(line, measure));
  return lines;
}

function trimEnd(line: Piece[], measure: Measure): Piece[] {
  const last = line.at(-1);
  if (!last || last.text.trimEnd() === last.text) return line;
  const text = last.text.trimEnd();
  return [...line.slice(0, -1), ...(text ? [{ ...last, text, width: measure(text, drawnSize(last)) }] : [])];
}
