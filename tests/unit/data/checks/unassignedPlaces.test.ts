import { describe } from 'vitest';
import { checkUnassignedPlaces } from '../../../../src/data/checks/unassignedPlaces';
import type { ParsedDataset } from '../../../../src/data/files';
import { checkTable, record } from './fixture';

/** The school, its township unproven. */
const unassign = (d: ParsedDataset) => {
  const s = record(d.places, 'place-zhemi-school');
  s.township = null;
  s.within = null;
  return s;
};

describe('checkUnassignedPlaces', () => {
  checkTable(checkUnassignedPlaces, [
    {
      name: 'an unassigned Huize place without a note',
      breakIt: (d) => (unassign(d).precision = 'county'),
      code: 'unassigned-without-note',
      at: { file: 'places.json', id: 'place-zhemi-school', field: 'notes' },
    },
    {
      name: 'an unassigned Huize place finer than the county',
      breakIt: (d) => (unassign(d).notes = ['the report does not say which township']),
      code: 'unassigned-without-note',
      at: { file: 'places.json', id: 'place-zhemi-school', field: 'precision' },
    },
  ]);
});
