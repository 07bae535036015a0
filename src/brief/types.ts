/**
 * The shape of a brief (简报): a few sentences about the county, a township or a region, made from the data
 * only, each report figure followed by a footnote that cites it. Structured, so that the Word document and the
 * PDF atlas can make real footnotes, and the copy button plain text (briefPlainText).
 */
import type { FilterEffect } from '../data/filterEffect';
import type { ActivityFilters } from '../data/filters';
import type { HuizeData } from '../data/load';
import type { TownshipMetrics } from '../data/metrics';
import type { Locale } from '../domain';

/** What a brief is about: the whole county, one township (its 9-digit code), or a region (its codes). */
export type BriefSubject =
  | { kind: 'county' }
  | { kind: 'township'; code: string }
  | {
      kind: 'region';
      codes: readonly string[];
      /** the region's name as shown (a named region's label), or null for a region picked by hand */
      name?: string | null;
    };

/**
 * A piece of a paragraph: text, or the place of a footnote's number. Footnotes are numbered 1, 2, 3 … in the
 * order they are first referred to; a citation that backs several figures keeps its number, so a number may
 * occur more than once (as in 顺序编码制). A renderer that needs one note per reference (Word) repeats it.
 */
export type BriefRun = { text: string } | { footnote: number };

/**
 * A paragraph: `body` is the brief itself (two to five sentences); `note` says what the filters hid (set
 * smaller, after the body), present only under a filter.
 */
export interface BriefParagraph {
  kind: 'body' | 'note';
  runs: BriefRun[];
}

/** Where a figure comes from: the source document, the section the phrase sits under, and the phrase. */
export interface BriefFootnote {
  /** the number its run carries (1-based, in reading order) */
  n: number;
  /** the source document's name in the brief's language (sources.json name_zh / name_en, or its title) */
  sourceTitle: string;
  /** the section as a reader names it in the brief's language (导语, a heading of the report, …) */
  section: string;
  /** 'zh-CN' when `section` is the report's heading quoted as written (not a translation) */
  sectionLang: 'zh-CN' | null;
  /** the cited words, verbatim from the source's normalised text (in the source's language) */
  phrase: string;
  /** the language of the phrase (the source's), e.g. 'zh-CN' */
  phraseLang: string;
  /** the figures' words as written inside `phrase` (e.g. "22.4万元"), for setting them apart; may be empty */
  highlights: string[];
  /** the source's id (sources.json); for tests and links, never shown */
  sourceId: string;
  /** the ids of the records (activities, pairings) that cite it; for tests and links, never shown */
  recordIds: string[];
}

/** A brief, in one language. */
export interface Brief {
  locale: Locale;
  subject: BriefSubject;
  /** a heading for it: the township's name, the region's name, or the county's */
  title: string;
  paragraphs: BriefParagraph[];
  footnotes: BriefFootnote[];
}

/** What a brief is made from: the data as the map shows it, and what the filters did. */
export interface BriefInput {
  /** the data AFTER the filters (applyFilters), as the map and panels show it */
  data: HuizeData;
  /** townshipMetrics(data), as the map colours by; computed when left out */
  metrics?: ReadonlyMap<string, TownshipMetrics>;
  subject: BriefSubject;
  locale: Locale;
  /** the active filters (noFilters when none) */
  filters: ActivityFilters;
  /** filterEffect(unfiltered data, filters): how many records the filters hide */
  effect: FilterEffect;
}
