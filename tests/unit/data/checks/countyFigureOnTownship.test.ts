import { describe } from 'vitest';
import { checkCountyFigureOnTownship } from '../../../../src/data/checks/countyFigureOnTownship';
import { checkTable, record } from './fixture';

describe('checkCountyFigureOnTownship', () => {
  checkTable(checkCountyFigureOnTownship, [
    {
      name: 'the county under scope "township"',
      breakIt: (d) => (record(d.activities, 'act-county-funds').scope = 'township'),
      code: 'county-figure-on-township',
      at: { file: 'activities.json', id: 'act-county-funds', field: 'places.0' },
    },
    {
      name: 'a county-wide figure moved to a township its citation does not name',
      breakIt: (d) => {
        const a = record(d.activities, 'act-county-funds');
        a.scope = 'township';
        a.places = ['530326204'];
      },
      code: 'county-figure-on-township',
      at: { file: 'activities.json', id: 'act-county-funds', field: 'places.0' },
    },
  ]);
});
