/**
 * The citation card of a selection in the reader: the citation exactly as the checks will take it (the
 * section worked out from where the selection lies, judged by the citation check's own rules), the places
 * it names (matched as the checks match a citation to its places) and the figures written in it.
 */
import { citationProblems, type CitationProblem } from '../data/checks/citations';
import { placeNames } from '../data/checks/types';
import type { Citation, Place } from '../data/schema';
import { figuresIn, type FigureFound, type UnitWords } from './figuresIn';
import { lineAt, type ReportLayout } from './layout';

export type CiteRefusal =
  | { kind: 'empty' }
  /** the schema's shortest phrase is two characters */
  | { kind: 'too-short' }
  /** a heading is no section's text: a phrase under it is cited with the heading as its section */
  | { kind: 'heading' }
  /** the selection runs over a section boundary: one citation quotes one section */
  | { kind: 'crosses'; sections: string[] }
  /** a line no section holds */
  | { kind: 'outside' }
  /** the citation check refuses it (e.g. a character the scrape lost) */
  | { kind: 'rules'; problems: CitationProblem[] };

export interface PlaceFound {
  place: Place;
  /** the words of the selection that name it */
  name: string;
  at: number;
}

export interface CiteCard {
  start: number;
  end: number;
  phrase: string;
  /** null when refused */
  citation: Citation | null;
  refusal: CiteRefusal | null;
  /** the words occur earlier in the text too: the checks read a phrase where it first occurs */
  repeated: boolean;
  places: PlaceFound[];
  figures: FigureFound[];
}

/**
 * The places the words name, as the checks match a citation to its places (placeNames), in the order they
 * are named (the longest name of each where several fit).
 */
export function placesNamed(words: string, places: Iterable<Place>): PlaceFound[] {
  const found: PlaceFound[] = [];
  for (const place of places) {
    let best: { name: string; at: number } | null = null;
    for (const name of placeNames(place)) {
      const at = words.indexOf(name);
      if (at < 0) continue;
      if (!best || at < best.at || (at === best.at && name.length > best.name.length)) best = { name, at };
    }
    if (best) found.push({ place, ...best });
  }
  return found.sort((a, b) => a.at - b.at || b.name.length - a.name.length);
}

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/** The section labels of the lines from `start` to `end`, headings named as such, in order. */
function sectionsOver(layout: ReportLayout, start: number, end: number) {
  const labels: { section: string | null; heading: boolean }[] = [];
  for (let i = Math.max(0, lineAt(layout, start)); i <= lineAt(layout, end - 1); i++) {
    const line = layout.lines[i]!;
    if (line.end <= start) continue;
    labels.push({
      section: line.kind === 'heading' ? (line.heading ?? null) : line.section,
      heading: line.kind === 'heading',
    });
  }
  return labels;
}

export function citeSelection(
  layout: ReportLayout,
  source: string,
  range: { start: number; end: number },
  places: Iterable<Place>,
  units: readonly UnitWords[],
): CiteCard {
  const { text, report } = layout;
  let { start, end } = range;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  const phrase = text.slice(start, end);
  const card = (refusal: CiteRefusal | null, citation: Citation | null): CiteCard => ({
    start,
    end,
    phrase,
    citation,
    refusal,
    repeated: phrase.length > 0 && text.indexOf(phrase) < start,
    places: placesNamed(phrase, places),
    figures: figuresIn(phrase, units),
  });
  if (phrase.length === 0) return card({ kind: 'empty' }, null);
  const over = sectionsOver(layout, start, end);
  const sections = [...new Set(over.map((o) => o.section ?? ''))];
  if (sections.length > 1) return card({ kind: 'crosses', sections: sections.filter(Boolean) }, null);
  if (over.some((o) => o.heading)) return card({ kind: 'heading' }, null);
  const section = over[0]?.section ?? null;
  if (section === null) return card({ kind: 'outside' }, null);
  if (phrase.length < 2) return card({ kind: 'too-short' }, null);
  const citation = { source, section, phrase };
  const problems = citationProblems(citation, true, report);
  return problems.length > 0 ? card({ kind: 'rules', problems }, null) : card(null, citation);
}
