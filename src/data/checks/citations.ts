import { GARBLE_MARK } from '../garble';
import { sectionText } from '../report';
import { citedRecords, collect, type Check } from './types';

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
        if (c.phrase.includes(GARBLE_MARK)) {
          err(
            file,
            id,
            'citation.phrase',
            'citation-garbled',
            `the phrase contains a character the scrape lost (${GARBLE_MARK})`,
          );
        }
        if (!data.byId.sources.has(c.source)) {
          err(
            file,
            id,
            'citation.source',
            'unknown-source',
            `unknown source "${c.source}" (not in sources.json)`,
          );
          continue;
        }
        const text = texts.get(c.source)?.report;
        if (!text) continue;
        if (!text.text.includes(c.phrase)) {
          err(
            file,
            id,
            'citation.phrase',
            'citation-not-found',
            `phrase not found in the normalised text of ${c.source}: "${c.phrase}"`,
          );
          continue;
        }
        const body = sectionText(text, c.section);
        if (body === null) {
          err(file, id, 'citation.section', 'citation-section', `no section "${c.section}" in ${c.source}`);
        } else if (!body.includes(c.phrase)) {
          err(
            file,
            id,
            'citation.section',
            'citation-section',
            `the phrase is not in section "${c.section}" of ${c.source}`,
          );
        }
      }
    }
  });
