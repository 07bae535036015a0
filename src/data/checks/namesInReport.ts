import type { DataFile } from '../errors';
import { DATA_FILES } from '../files';
import { collect, type Check } from './types';

/**
 * Each spelling an organisation or place lists as the report's occurs in the report: the township check
 * and the search both trust these spellings.
 */
export const checkNamesInReport: Check = (data, { report }) =>
  collect((err) => {
    if (!report) return;
    const named: [DataFile, { id: string; names_in_report: string[] }[]][] = [
      [DATA_FILES.organisations, data.organisations],
      [DATA_FILES.places, data.places],
    ];
    for (const [file, records] of named) {
      for (const { id, names_in_report } of records) {
        names_in_report.forEach((n, i) => {
          if (!report.text.includes(n)) {
            err(
              file,
              id,
              `names_in_report.${i}`,
              'name-not-in-report',
              `"${n}" does not occur in the normalised report`,
            );
          }
        });
      }
    }
  });
