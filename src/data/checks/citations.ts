import type { ErrorCode } from '../errors';
import { GARBLE_MARK } from '../garble';
import { sectionText, type SplitReport } from '../report';
import type { Citation } from '../schema';
import { citedRecords, collect, type Check } from './types';

/** What is wrong with one citation against its source's text (the text-independent rules included). */
export interface CitationProblem {
  field: 'citation.phrase' | 'citation.section' | 'citation.source';
  code: ErrorCode;
  message: string;
}

/**
 * The problems of one citation: `known` says whether its source is registered, `report` is the source's
 * split text (undefined when the text is absent, which skips the rules against it). Shared with the
 * reader's citation card, so a citation made by selecting text is judged by these very rules.
 */
export function citationProblems(
  c: Citation,
  known: boolean,
  report: SplitReport | undefined,
): CitationProblem[] {
  const problems: CitationProblem[] = [];
  if (c.phrase.includes(GARBLE_MARK)) {
    problems.push({
      field: 'citation.phrase',
      code: 'citation-garbled',
      message: `the phrase contains a character the scrape lost (${GARBLE_MARK})`,
    });
  }
  if (!known) {
    problems.push({
      field: 'citation.source',
      code: 'unknown-source',
      message: `unknown source "${c.source}" (not in sources.json)`,
    });
    return problems;
  }
  if (!report) return problems;
  if (!report.text.includes(c.phrase)) {
    problems.push({
      field: 'citation.phrase',
      code: 'citation-not-found',
      message: `phrase not found in the normalised text of ${c.source}: "${c.phrase}"`,
    });
    return problems;
  }
  const body = sectionText(report, c.section);
  if (body === null) {
    problems.push({
      field: 'citation.section',
      code: 'citation-section',
      message: `no section "${c.section}" in ${c.source}`,
    });
  } else if (!body.includes(c.phrase)) {
    problems.push({
      field: 'citation.section',
      code: 'citation-section',
      message: `the phrase is not in section "${c.section}" of ${c.source}`,
    });
  }
  return problems;
}

/**
 * Every citation names a registered source and quotes that source's normalised text word for word, under
 * the section it names, and never relies on a character the scrape lost: the citation is the record's
 * evidence, and readers follow it to the text. A phrase of another document is refused because it is not
 * in the one the citation names. The source and garbled-character rules run without the texts too.
 */
export const checkCitations: Check = (data, { texts }) =>
  collect((err) => {
    for (const [file, records] of citedRecords(data)) {
      for (const { id, citation: c } of records) {
        const known = data.byId.sources.has(c.source);
        for (const p of citationProblems(c, known, texts.get(c.source)?.report)) {
          err(file, id, p.field, p.code, p.message);
        }
      }
    }
  });
