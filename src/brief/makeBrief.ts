import type { Brief, BriefInput } from './types';

/**
 * The brief of `input.subject` in `input.locale`: two to five sentences (what was done, by whom, how much,
 * how many people, when), each report figure followed by its footnote; a note paragraph when a filter hides
 * records. Numbers come from townshipMetrics / regionTotals, as in the panels.
 */
export function makeBrief(input: BriefInput): Brief {
  // Stub while the sentences are written: the API is fixed, the text follows.
  return { locale: input.locale, subject: input.subject, title: '', paragraphs: [], footnotes: [] };
}
