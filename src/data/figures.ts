/**
 * The figures records quote from the report (amounts and counts, with the words they are written as), read
 * once here for the checks that compare them with their phrase, with each other and with the report.
 */
import type { DataFile } from './errors';
import { DATA_FILES, type ParsedDataset } from './files';
import type { Amount, Citation, Count } from './schema';

export interface ParsedFigure {
  value: number;
  moreThan: boolean;
  /** where the digits start in the text, and how many there are */
  index: number;
  length: number;
}

/** A figure as written: `3.4万余人` → 34000, more-than; `22.4万元` (an amount) → 22.4. */
export function parseFigure(asWritten: string, isAmount: boolean): ParsedFigure | null {
  const m = /(\d+(?:\.\d+)?)(万)?(余)?/.exec(asWritten);
  if (!m?.[1]) return null;
  const base = Number(m[1]);
  if (isAmount) {
    if (!asWritten.slice(m.index + m[1].length).startsWith('万')) return null;
    return { value: base, moreThan: m[3] !== undefined, index: m.index, length: m[1].length };
  }
  const value = m[2] ? Math.round(base * 10000) : base;
  return { value, moreThan: m[3] !== undefined, index: m.index, length: m[1].length };
}

/** One amount or count of one record, where its words sit in the record's citation phrase. */
export type RecordFigure = {
  file: DataFile;
  id: string;
  /** `amounts.<i>` or `counts.<i>` */
  field: string;
  citation: Citation;
  asWritten: string;
  /** where as_written starts in the phrase; -1 when the phrase does not hold it */
  within: number;
  parsed: ParsedFigure | null;
} & ({ kind: 'amount'; amount: Amount } | { kind: 'count'; count: Count });

/** A record that quotes figures: an activity (amounts and counts) or a pairing (counts only). */
export interface FigureRecord {
  file: DataFile;
  id: string;
  citation: Citation;
  amounts: Amount[];
  counts: Count[];
}

/** The activities, then the pairings, in file order. */
export function figureRecords(data: ParsedDataset): FigureRecord[] {
  const record = (file: DataFile, r: Omit<FigureRecord, 'file'>): FigureRecord => ({
    file,
    id: r.id,
    citation: r.citation,
    amounts: r.amounts,
    counts: r.counts,
  });
  return [
    ...data.activities.map((a) => record(DATA_FILES.activities, a)),
    ...data.pairings.map((p) => record(DATA_FILES.pairings, { ...p, amounts: [] })),
  ];
}

/** Every figure of figureRecords, amounts before counts within a record. */
export function recordFigures(data: ParsedDataset): RecordFigure[] {
  return figureRecords(data).flatMap(({ file, id, citation, amounts, counts }) => {
    const base = (field: string, asWritten: string, isAmount: boolean) => ({
      file,
      id,
      field,
      citation,
      asWritten,
      within: citation.phrase.indexOf(asWritten),
      parsed: parseFigure(asWritten, isAmount),
    });
    return [
      ...amounts.map((amount, i): RecordFigure => ({
        ...base(`amounts.${i}`, amount.as_written, true),
        kind: 'amount',
        amount,
      })),
      ...counts.map((count, i): RecordFigure => ({
        ...base(`counts.${i}`, count.as_written, false),
        kind: 'count',
        count,
      })),
    ];
  });
}

/**
 * The figures quoted by more than one record, grouped by where they are printed in which source: with the
 * source's text, two records citing the same printed figure through different phrases still meet; without
 * it, the same words in the same phrase of the same source do. `texts` maps a source id to its normalised
 * text (the check context's texts).
 */
export function figuresQuotedTwice(
  data: ParsedDataset,
  texts: ReadonlyMap<string, { report: { text: string } }>,
): RecordFigure[][] {
  const groups = new Map<string, RecordFigure[]>();
  for (const f of recordFigures(data)) {
    if (f.within < 0) continue;
    const { source, phrase } = f.citation;
    const at = texts.get(source)?.report.text.indexOf(phrase) ?? -1;
    const key = at >= 0 ? `${source}@${at + f.within}` : `${source}\u0000${phrase}\u0000${f.asWritten}`;
    const group = groups.get(key) ?? [];
    group.push(f);
    groups.set(key, group);
  }
  return [...groups.values()].filter((g) => new Set(g.map((f) => `${f.file}/${f.id}`)).size > 1);
}

/**
 * The ids of the other records in a group of figuresQuotedTwice, for the message: the first few and how
 * many more, since a group of thousands (copied records) would make each message list them all.
 */
export function otherRecords(group: RecordFigure[], f: RecordFigure, shown = 5): string {
  const ids: string[] = [];
  let others = 0;
  for (const x of group) {
    if (x.id === f.id) continue;
    if (++others <= shown) ids.push(x.id);
  }
  return others > shown ? `${ids.join(', ')} and ${others - shown} more` : ids.join(', ');
}
