import type { DataFile } from '../errors';
import { DATA_FILES } from '../files';
import { collect, type Check } from './types';

/**
 * Each spelling an organisation or place lists as the sources' occurs in one of the source texts: the
 * township check and the search both trust these spellings. A spelling found in no text present is an
 * error only when every registered source's text is present (it may be in a missing one).
 */
export const checkNamesInReport: Check = (data, { texts }) =>
  collect((err) => {
    const present = data.sources.filter((s) => texts.has(s.id)).map((s) => texts.get(s.id)!.report.text);
    if (present.length === 0 || present.length < data.sources.length) return;
    const named: [DataFile, { id: string; names_in_report: string[] }[]][] = [
      [DATA_FILES.organisations, data.organisations],
      [DATA_FILES.places, data.places],
    ];
    for (const [file, records] of named) {
      for (const { id, names_in_report } of records) {
        names_in_report.forEach((n, i) => {
          if (!present.some((text) => text.includes(n))) {
            err(
              file,
              id,
              `names_in_report.${i}`,
              'name-not-in-report',
              `"${n}" occurs in no source text (${data.sources.map((s) => s.id).join(', ')})`,
            );
          }
        });
      }
    }
  });
