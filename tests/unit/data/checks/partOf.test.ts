import { describe } from 'vitest';
import { checkPartOf } from '../../../../src/data/checks/partOf';
import type { ParsedDataset } from '../../../../src/data/files';
import { checkTable, record } from './fixture';

/** The "of which poor" count of the workers record, whose whole is act-workers#workers. */
const poor = (d: ParsedDataset) => record(d.activities, 'act-workers').counts[1]!;
const at = (field: string) => ({ file: 'activities.json' as const, id: 'act-workers', field });

describe('checkPartOf', () => {
  checkTable(checkPartOf, [
    {
      name: 'a part of a count that does not exist',
      breakIt: (d) => (poor(d).part_of = 'act-workers#nobody'),
      code: 'unknown-ref',
      at: at('counts.1.part_of'),
    },
    {
      name: 'a count that is part of itself',
      breakIt: (d) => (poor(d).part_of = 'act-workers#poor'),
      code: 'part-of',
      at: at('counts.1.part_of'),
    },
    {
      name: 'a part in another unit than its whole',
      breakIt: (d) => (poor(d).unit = 'households'),
      code: 'part-of',
      at: at('counts.1.part_of'),
    },
    {
      // A part over its whole makes its parts add to more than the whole as well.
      name: 'a part larger than its whole',
      breakIt: (d) => (poor(d).value = 3000),
      code: 'part-of',
      at: [at('counts.1.part_of'), at('counts.0')],
    },
    {
      name: 'parts that add to more than their whole',
      breakIt: (d) => {
        const a = record(d.activities, 'act-workers');
        a.counts.push({ ...structuredClone(poor(d)), key: 'young', value: 1500 });
      },
      code: 'part-of',
      at: at('counts.0'),
    },
  ]);
});
