/**
 * The figures written in a stretch of text, read with the checks' own parser (data/figures.ts parseFigure)
 * and the same notion of a number as report-figure-missing: an amount in 万元, a count with the unit words
 * written after it, a year or month of a date, or a bare number.
 */
import { parseFigure } from '../data/figures';

/** A unit a count may be in, with the words the text writes after its figures (人次, 亩, 册…). */
export interface UnitWords {
  id: string;
  zh: string;
}

interface Written {
  /** the figure as written, digits first (`3.4万余人`) */
  asWritten: string;
  /** where its digits start in the stretch */
  at: number;
}

export type FigureFound = Written &
  (
    | { kind: 'amount'; valueWan: number; moreThan: boolean }
    | { kind: 'count'; value: number; moreThan: boolean; words: string; units: string[] }
    | { kind: 'year'; value: number }
    | { kind: 'month'; value: number }
    | { kind: 'number'; value: number }
  );

export function figuresIn(text: string, units: readonly UnitWords[]): FigureFound[] {
  // Longest words first, so 人次 is read before 人.
  const words = [...new Set(units.map((u) => u.zh))].sort((a, b) => b.length - a.length);
  const found: FigureFound[] = [];
  for (const m of text.matchAll(/\d+(?:\.\d+)?/g)) {
    const digits = m[0];
    const at = m.index;
    const after = text.slice(at + digits.length);
    if (/^\d{4}$/.test(digits) && after.startsWith('年')) {
      found.push({ kind: 'year', asWritten: `${digits}年`, at, value: Number(digits) });
      continue;
    }
    if (/^\d{1,2}$/.test(digits) && after.startsWith('月') && Number(digits) >= 1 && Number(digits) <= 12) {
      found.push({ kind: 'month', asWritten: `${digits}月`, at, value: Number(digits) });
      continue;
    }
    const amount = /^万余?元/.exec(after);
    const parsedAmount = amount ? parseFigure(digits + amount[0], true) : null;
    if (amount && parsedAmount) {
      found.push({
        kind: 'amount',
        asWritten: digits + amount[0],
        at,
        valueWan: parsedAmount.value,
        moreThan: parsedAmount.moreThan,
      });
      continue;
    }
    const prefix = /^万?余?/.exec(after)![0];
    const rest = after.slice(prefix.length);
    const word = words.find((w) => rest.startsWith(w));
    const parsed = parseFigure(digits + prefix + (word ?? ''), false);
    if (word !== undefined && parsed) {
      found.push({
        kind: 'count',
        asWritten: digits + prefix + word,
        at,
        value: parsed.value,
        moreThan: parsed.moreThan,
        words: word,
        units: units.filter((u) => u.zh === word).map((u) => u.id),
      });
      continue;
    }
    found.push({ kind: 'number', asWritten: digits, at, value: Number(digits) });
  }
  return found;
}
