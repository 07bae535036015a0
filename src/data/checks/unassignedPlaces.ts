import { DATA_FILES } from '../files';
import { collect, type Check } from './types';

/**
 * A Huize place whose township the report does not prove is honest about it: its precision says county,
 * and its notes say why, so no reader takes the missing township for an oversight.
 */
export const checkUnassignedPlaces: Check = (data) =>
  collect((err) => {
    const F = DATA_FILES.places;
    for (const p of data.places) {
      if (!p.in_huize || p.township !== null || p.kind === 'county') continue;
      if (p.precision !== 'county') {
        err(
          F,
          p.id,
          'precision',
          'unassigned-without-note',
          'a Huize place without a township has precision "county"',
        );
      }
      if (p.notes.length === 0) {
        err(F, p.id, 'notes', 'unassigned-without-note', 'an unassigned Huize place must say why in notes');
      }
    }
  });
