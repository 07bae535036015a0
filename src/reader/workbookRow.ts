/**
 * What the citation card copies: tab-separated cells, the form Excel and WPS read a paste as cells of one
 * row. A cell holding a tab, a line end or a quote is quoted (its quotes doubled), as Excel writes such a
 * cell to the clipboard itself; one a spreadsheet would run as a formula gets the tables' apostrophe.
 */
import { neutraliseFormula } from '../data/csv';
import type { Citation } from '../data/schema';
import type { CiteCard } from './cite';

export function tsvField(text: string): string {
  const safe = neutraliseFormula(text);
  return /[\t\r\n"]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const tsvRow = (cells: readonly string[]): string => cells.map(tsvField).join('\t');

/** The workbook's three citation columns (citation.source, citation.section, citation.phrase), in order. */
export const citationCells = (c: Citation): string[] => [c.source, c.section, c.phrase];

/**
 * The date the words give, when they give one: a single year, the month written right after it, and 以来
 * after them for "since". None when they name no year or several.
 */
export function dateOfWords(card: Pick<CiteCard, 'phrase' | 'figures'>) {
  const years = card.figures.filter((f) => f.kind === 'year');
  const months = card.figures.filter((f) => f.kind === 'month');
  if (years.length !== 1) return null;
  const year = years[0]!;
  const afterYear = year.at + year.asWritten.length;
  const month = months.find((f) => f.at === afterYear) ?? null;
  const end = month ? month.at + month.asWritten.length : afterYear;
  return {
    year: year.value,
    month: month ? month.value : null,
    relation: card.phrase.startsWith('以来', end) ? ('since' as const) : ('in' as const),
  };
}

/**
 * A row of the `activities` sheet for the card's citation, as one paste: every column of `headers` (the
 * sheet's, in its order: src/sheet/columns.ts), the citation's three filled in, the places it names in
 * Huize (one id a line, as the sheet's list cells hold them) and the date its words give; the rest empty,
 * for the person to fill and the checks to judge.
 */
export function activityRow(headers: readonly string[], card: CiteCard): string {
  if (!card.citation) return '';
  const [source, section, phrase] = citationCells(card.citation);
  const date = dateOfWords(card);
  const places = card.places.filter((p) => p.place.in_huize).map((p) => p.place.id);
  const cells: Record<string, string> = {
    'citation.source': source!,
    'citation.section': section!,
    'citation.phrase': phrase!,
    places: [...new Set(places)].join('\n'),
    'date.year': date ? String(date.year) : '',
    'date.month': date?.month ? String(date.month) : '',
    'date.relation': date ? date.relation : '',
  };
  return tsvRow(headers.map((h) => cells[h] ?? ''));
}
