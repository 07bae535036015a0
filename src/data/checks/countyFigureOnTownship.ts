import { DATA_FILES } from '../files';
import { HUIZE_COUNTY_PLACE_ID } from '../schema';
import { collect, placeNames, placesOf, type Check } from './types';

/**
 * A figure may sit on a township only where the cited words name that place; otherwise it is a
 * county-wide figure pushed down to a township, and the map would credit one township with all of Huize's.
 * A place is named by its name, its official name or a spelling in its names_in_report: a township the
 * first report never named has no spelling of its own yet (issue 23), and its name must do. Where none is
 * quoted, the error also points at the place's row, where another spelling would go.
 */
export const checkCountyFigureOnTownship: Check = (data) =>
  collect((err) => {
    const F = DATA_FILES.activities;
    for (const a of data.activities) {
      if (a.scope !== 'township') continue;
      const ps = placesOf(a, data);
      ps?.forEach((p, i) => {
        if (p.township === null) {
          if (p.id === HUIZE_COUNTY_PLACE_ID) {
            err(
              F,
              a.id,
              `places.${i}`,
              'county-figure-on-township',
              `scope "township" but ${p.id} has no proven township`,
            );
          }
        } else {
          const names = placeNames(p);
          if (names.some((n) => a.citation.phrase.includes(n))) return;
          err(
            F,
            a.id,
            `places.${i}`,
            'county-figure-on-township',
            `the citation names ${p.id} by none of ${names.join(', ')}; a county-wide figure must stay at county level (if the report names the place otherwise, add that spelling to the place's names_in_report)`,
            { place: p.name_zh, names: names.join('、') },
            { file: DATA_FILES.places, id: p.id, field: 'names_in_report' },
          );
        }
      });
    }
  });
