import { describe } from 'vitest';
import { checkScope } from '../../../../src/data/checks/scope';
import { checkTable, record } from './fixture';

const at = (id: string, field: string) => ({ file: 'activities.json' as const, id, field });

describe('checkScope', () => {
  checkTable(checkScope, [
    {
      name: 'a destination in Huize',
      breakIt: (d) => (record(d.activities, 'act-camp').destinations = ['place-zhemi-village']),
      code: 'scope',
      at: at('act-camp', 'destinations.0'),
    },
    {
      name: 'a county-wide record on more than the county',
      breakIt: (d) => (record(d.activities, 'act-county-funds').places = ['place-huize-county', '530326204']),
      code: 'scope',
      at: at('act-county-funds', 'places'),
    },
    {
      name: 'scope "outside" on a place in Huize',
      breakIt: (d) => (record(d.activities, 'act-road').scope = 'outside'),
      code: 'scope',
      at: at('act-road', 'places.0'),
    },
    {
      name: 'scope "unassigned" on a place outside Huize',
      breakIt: (d) => {
        const a = record(d.activities, 'act-road');
        a.scope = 'unassigned';
        a.places = ['place-shanghai'];
      },
      code: 'scope',
      at: at('act-road', 'places.0'),
    },
    {
      name: 'scope "unassigned" where every place has a township',
      breakIt: (d) => (record(d.activities, 'act-road').scope = 'unassigned'),
      code: 'scope',
      at: at('act-road', 'scope'),
    },
    {
      name: 'scope "township" on a place without one',
      breakIt: (d) => (record(d.activities, 'act-road').places = ['place-shanghai']),
      code: 'scope',
      at: at('act-road', 'places.0'),
    },
  ]);
});
