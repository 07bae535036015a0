import { describe } from 'vitest';
import { checkIds } from '../../../../src/data/checks/ids';
import { checkTable, record } from './fixture';

describe('checkIds', () => {
  checkTable(checkIds, [
    {
      name: 'an id used twice in one file',
      breakIt: (d) => void d.organisations.push({ ...record(d.organisations, 'org-jia') }),
      code: 'duplicate-id',
      at: { file: 'organisations.json', id: 'org-jia', field: 'id' },
    },
    {
      name: 'an id used in two files',
      breakIt: (d) => (record(d.people, 'person-ding').id = 'org-jia'),
      code: 'duplicate-id',
      at: { file: 'people.json', id: 'org-jia', field: 'id' },
    },
    {
      name: 'a count key used twice in one record',
      breakIt: (d) => (record(d.activities, 'act-workers').counts[1]!.key = 'workers'),
      code: 'duplicate-id',
      at: { file: 'activities.json', id: 'act-workers', field: 'counts.1.key' },
    },
  ]);
});
