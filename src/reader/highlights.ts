/**
 * The highlight model: each phrase cited by records, found at its place in the normalised text (in the
 * section its citation names, where a phrase occurs more than once), and each line cut into runs by where
 * phrases and uncovered figures begin and end, so overlapping and nested phrases need no nested markup.
 * Pure: the reader renders the runs as text.
 */
import type { Citation } from '../data/schema';
import { lineAt, type ReportLayout } from './layout';

/** A record that cites the source: what it is, its colour in the key, and its citation. */
export interface CitingRecord {
  id: string;
  kind: 'activity' | 'pairing' | 'person';
  /** the key's colour: an activity's category, or 'pairing', or 'person' */
  category: string;
  citation: Citation;
}

/** One distinct phrase (section and words) and every record that cites it. */
export interface CitedPhrase {
  /** its place in `phrases`, which is in reading order */
  index: number;
  start: number;
  end: number;
  section: string;
  records: CitingRecord[];
}

export interface Highlights {
  phrases: CitedPhrase[];
  /** records whose phrase is not in the text (the citation check refuses them; opened data never has any) */
  notFound: CitingRecord[];
  /** record id → the index of its phrase */
  byRecord: ReadonlyMap<string, number>;
}

/** Where the words are in the text: the first place inside the citation's section, else the first at all. */
function locate(layout: ReportLayout, { phrase, section }: Citation): number {
  const { text, lines } = layout;
  const first = text.indexOf(phrase);
  for (let at = first; at >= 0; at = text.indexOf(phrase, at + 1)) {
    const from = lineAt(layout, at);
    const to = lineAt(layout, at + phrase.length - 1);
    if (from < 0) continue;
    let inside = true;
    for (let i = from; i <= to && inside; i++) inside = lines[i]!.section === section;
    if (inside) return at;
  }
  return first;
}

export function citedPhrases(layout: ReportLayout, records: readonly CitingRecord[]): Highlights {
  const groups = new Map<
    string,
    { start: number; section: string; phrase: string; records: CitingRecord[] }
  >();
  const notFound: CitingRecord[] = [];
  for (const r of records) {
    const key = `${r.citation.section}\u0000${r.citation.phrase}`;
    const group = groups.get(key);
    if (group) {
      group.records.push(r);
      continue;
    }
    const start = locate(layout, r.citation);
    if (start < 0) notFound.push(r);
    else groups.set(key, { start, section: r.citation.section, phrase: r.citation.phrase, records: [r] });
  }
  const phrases = [...groups.values()]
    .map((g) => ({ start: g.start, end: g.start + g.phrase.length, section: g.section, records: g.records }))
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((p, index): CitedPhrase => ({ index, ...p }));
  const byRecord = new Map<string, number>();
  for (const p of phrases) for (const r of p.records) byRecord.set(r.id, p.index);
  return { phrases, notFound, byRecord };
}

/** A stretch of one line under the same phrases (innermost first) and the same uncovered-figure mark. */
export interface Run {
  start: number;
  end: number;
  phrases: number[];
  uncovered: boolean;
}

/**
 * Cuts a line into runs at every boundary of a phrase or an uncovered figure inside it. `phrases` and
 * `uncovered` may hold ranges of other lines: those are skipped.
 */
export function lineRuns(
  line: { start: number; end: number },
  phrases: readonly CitedPhrase[],
  uncovered: readonly { start: number; end: number }[],
): Run[] {
  const touching = <T extends { start: number; end: number }>(list: readonly T[], a: number, b: number) =>
    list.filter((x) => x.start < b && x.end > a);
  const here = touching(phrases, line.start, line.end);
  const figures = touching(uncovered, line.start, line.end);
  const cuts = new Set([line.start, line.end]);
  for (const x of [...here, ...figures]) {
    if (x.start > line.start) cuts.add(x.start);
    if (x.end < line.end) cuts.add(x.end);
  }
  const at = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < at.length; i++) {
    const [a, b] = [at[i]!, at[i + 1]!];
    const covering = touching(here, a, b)
      .sort((p, q) => p.end - p.start - (q.end - q.start) || p.index - q.index)
      .map((p) => p.index);
    runs.push({ start: a, end: b, phrases: covering, uncovered: touching(figures, a, b).length > 0 });
  }
  return runs;
}

/** For each end offset where a phrase cited by several records ends, the largest such count. */
export function countsAtEnds(phrases: readonly CitedPhrase[]): ReadonlyMap<number, number> {
  const at = new Map<number, number>();
  for (const p of phrases) {
    if (p.records.length > 1) at.set(p.end, Math.max(at.get(p.end) ?? 0, p.records.length));
  }
  return at;
}

/** The records of the phrases under a mark, innermost phrase first, each once. */
export function recordsUnder(phrases: readonly CitedPhrase[], under: readonly number[]) {
  const seen = new Set<string>();
  return under.flatMap((i) => {
    const p = phrases[i]!;
    return p.records
      .filter((r) => !seen.has(r.id) && seen.add(r.id))
      .map((record) => ({ record, phrase: p }));
  });
}

/** One key entry per highlight colour used, in reading order of first use. */
export function keyCategories(phrases: readonly CitedPhrase[]): string[] {
  return [...new Set(phrases.map((p) => p.records[0]!.category))];
}
