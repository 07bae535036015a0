import type { DataFile } from '../errors';
import { DATA_FILES } from '../files';
import { figureRecords } from '../figures';
import { collect, type Check } from './types';

/**
 * Record ids are unique across all six files, because activities and pairings share part_of references;
 * count keys are unique within their record, because part_of names a count by record and key.
 */
export const checkIds: Check = (data) =>
  collect((err) => {
    const seen = new Map<string, DataFile>();
    const files = [
      [DATA_FILES.sources, data.sources],
      [DATA_FILES.organisations, data.organisations],
      [DATA_FILES.places, data.places],
      [DATA_FILES.activities, data.activities],
      [DATA_FILES.pairings, data.pairings],
      [DATA_FILES.people, data.people],
    ] as const;
    for (const [file, records] of files) {
      for (const r of records) {
        const prior = seen.get(r.id);
        if (prior) err(file, r.id, 'id', 'duplicate-id', `id "${r.id}" is already used in ${prior}`);
        else seen.set(r.id, file);
      }
    }

    for (const r of figureRecords(data)) {
      const keys = new Set<string>();
      r.counts.forEach((c, i) => {
        if (keys.has(c.key)) {
          err(r.file, r.id, `counts.${i}.key`, 'duplicate-id', `count key "${c.key}" is used twice`);
        }
        keys.add(c.key);
      });
    }
  });
