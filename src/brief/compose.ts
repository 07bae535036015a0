/**
 * Sentences as pieces of text and citations, filled from dictionary templates. A citation is numbered only
 * when the brief is finished (finish), so sentences may be written in any order and still number their
 * footnotes 1, 2, 3 … in reading order.
 */
import type { Locale } from '../domain';
import type { Citation, Source } from '../data/schema';
import { localName } from '../domain';
import { sectionName } from '../i18n/sectionName';
import type { Placeholders } from '../i18n/translate';
import type { BriefFootnote, BriefParagraph, BriefRun } from './types';
import { briefWords, type BriefKey, type BriefWords } from './words';

/** A cited spot: the record whose citation the footnote gives, and its figures' words in the phrase. */
export interface Cite {
  recordId: string;
  citation: Citation;
  highlights: string[];
}

export type Piece = { text: string } | { cite: Cite };
export type Rich = Piece[];
/** What fills a template's hole: plain text, a number, or text with citations. */
export type Part = string | number | Rich;

/** A template's values, one per hole; `n` picks the plural form even where the text does not show it. */
type Vars<K extends BriefKey> = [Placeholders<BriefWords[K]>] extends [never]
  ? [vars?: { n?: number }]
  : [vars: Record<Placeholders<BriefWords[K]>, Part> & { n?: number }];

const asRich = (part: Part): Rich => (typeof part === 'object' ? part : [{ text: String(part) }]);

/** A template's text with its `{holes}` filled; a hole without a value stays as written, so it shows. */
export function fill(text: string, vars: Readonly<Record<string, Part>> = {}): Rich {
  const out: Rich = [];
  let last = 0;
  for (const m of text.matchAll(/\{(\w+)\}/g)) {
    out.push({ text: text.slice(last, m.index) });
    const name = m[1]!;
    out.push(...(Object.hasOwn(vars, name) ? asRich(vars[name]!) : [{ text: m[0] }]));
    last = m.index + m[0].length;
  }
  out.push({ text: text.slice(last) });
  return out.filter((p) => !('text' in p) || p.text !== '');
}

/** Writes the dictionary's sentences of one language. */
export interface Say {
  locale: Locale;
  /** the key's text (its `.one` form where `n` asks for it), holes filled */
  <K extends BriefKey>(key: K, ...vars: Vars<K>): Rich;
}

export function sayer(locale: Locale): Say {
  const say = <K extends BriefKey>(key: K, ...vars: Vars<K>): Rich => {
    const values = (vars[0] ?? {}) as Record<string, Part>;
    return fill(briefWords.counted(locale, key, values.n), values);
  };
  return Object.assign(say, { locale });
}

/** Items between separators. */
export function join(items: readonly Rich[], separator: string): Rich {
  return items.flatMap((item, i) => (i === 0 ? item : [{ text: separator }, ...item]));
}

/** The footnote of a record's citation, with the words of the figures it stands for. */
export function cite(record: { id: string; citation: Citation }, highlights: readonly string[] = []): Rich {
  return [{ cite: { recordId: record.id, citation: record.citation, highlights: [...new Set(highlights)] } }];
}

export const isEmpty = (rich: Rich): boolean => rich.every((p) => 'text' in p && p.text.trim() === '');

/** BCP 47 of a source's ISO 639-1 language; Chinese sources are simplified (zh-CN). */
const bcp47 = (language: string): string => (language === 'zh' ? 'zh-CN' : language);

/**
 * The paragraphs with their citations numbered in the order they are first met (one number per source,
 * section and phrase, whichever records cite it), adjacent text merged, and the footnotes those numbers
 * stand for.
 */
export function finish(
  paragraphs: readonly { kind: BriefParagraph['kind']; rich: Rich }[],
  sources: ReadonlyMap<string, Source>,
  locale: Locale,
): { paragraphs: BriefParagraph[]; footnotes: BriefFootnote[] } {
  const footnotes: BriefFootnote[] = [];
  const byCitation = new Map<string, BriefFootnote>();
  const note = ({ citation, recordId, highlights }: Cite): number => {
    const key = JSON.stringify([citation.source, citation.section, citation.phrase]);
    const known = byCitation.get(key);
    if (known) {
      for (const h of highlights) if (!known.highlights.includes(h)) known.highlights.push(h);
      if (!known.recordIds.includes(recordId)) known.recordIds.push(recordId);
      return known.n;
    }
    const source = sources.get(citation.source);
    const section = sectionName(citation.section, locale);
    const made: BriefFootnote = {
      n: footnotes.length + 1,
      sourceTitle: source ? localName(source, locale) : citation.source,
      section: section.text,
      sectionLang: section.lang,
      phrase: citation.phrase,
      phraseLang: bcp47(source?.language ?? 'zh'),
      highlights: [...highlights],
      sourceId: citation.source,
      recordIds: [recordId],
    };
    footnotes.push(made);
    byCitation.set(key, made);
    return made.n;
  };
  const out = paragraphs.map(({ kind, rich }) => {
    const runs: BriefRun[] = [];
    for (const piece of rich) {
      const last = runs.at(-1);
      if ('text' in piece) {
        if (last && 'text' in last) last.text += piece.text;
        else runs.push({ text: piece.text });
        continue;
      }
      const n = note(piece.cite);
      // The same note twice in a row (two figures of one record side by side) is written once.
      if (!(last && 'footnote' in last && last.footnote === n)) runs.push({ footnote: n });
    }
    const end = runs.at(-1);
    if (end && 'text' in end) end.text = end.text.trimEnd();
    return { kind, runs };
  });
  return { paragraphs: out, footnotes };
}
