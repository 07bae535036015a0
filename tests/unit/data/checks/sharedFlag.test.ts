import { describe } from 'vitest';
import { checkSharedFlag } from '../../../../src/data/checks/sharedFlag';
import { checkTable, record } from './fixture';

describe('checkSharedFlag', () => {
  checkTable(checkSharedFlag, [
    {
      name: 'figures of two townships not flagged shared',
      breakIt: (d) => (record(d.activities, 'act-camp').shared = false),
      code: 'shared-flag',
      at: { file: 'activities.json', id: 'act-camp', field: 'shared' },
    },
    {
      name: 'figures of one township flagged shared',
      breakIt: (d) => (record(d.activities, 'act-zhemi').shared = true),
      code: 'shared-flag',
      at: { file: 'activities.json', id: 'act-zhemi', field: 'shared' },
    },
    {
      name: 'two townships without a figure flagged shared',
      breakIt: (d) => {
        const a = record(d.activities, 'act-camp');
        a.amounts = [];
        a.counts = [];
      },
      code: 'shared-flag',
      at: { file: 'activities.json', id: 'act-camp', field: 'shared' },
    },
    {
      name: 'county-wide figures flagged shared',
      breakIt: (d) => (record(d.activities, 'act-county-funds').shared = true),
      code: 'shared-flag',
      at: { file: 'activities.json', id: 'act-county-funds', field: 'shared' },
    },
  ]);
});
