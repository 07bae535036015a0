import type { DataFile } from '../errors';
import { DATA_FILES } from '../files';
import { sectionText } from '../report';
import type { Citation } from '../schema';
import { collect, type Check } from './types';

/**
 * Every citation quotes the normalised report word for word, under the section it names, and never relies
 * on a character the scrape lost: the citation is the record's evidence, and readers follow it to the text.
 * Only the garbled-character rule runs without the report.
 */
export const checkCitations: Check = (data, { report }) =>
  collect((err) => {
    const cited: [DataFile, { id: string; citation: Citation }[]][] = [
      [DATA_FILES.people, data.people],
      [DATA_FILES.activities, data.activities],
      [DATA_FILES.pairings, data.pairings],
    ];
    for (const [file, records] of cited) {
      for (const { id, citation: c } of records) {
        if (c.phrase.includes('?')) {
          err(
            file,
            id,
            'citation.phrase',
            'citation-garbled',
            'the phrase contains a character the scrape lost (?)',
          );
        }
        if (!report) continue;
        if (!report.text.includes(c.phrase)) {
          err(
            file,
            id,
            'citation.phrase',
            'citation-not-found',
            `phrase not found in the normalised report: "${c.phrase}"`,
          );
          continue;
        }
        const body = sectionText(report, c.section);
        if (body === null) {
          err(file, id, 'citation.section', 'citation-section', `no section "${c.section}" in the report`);
        } else if (!body.includes(c.phrase)) {
          err(
            file,
            id,
            'citation.section',
            'citation-section',
            `the phrase is not in section "${c.section}"`,
          );
        }
      }
    }
  });
