import { DATA_FILES } from '../files';
import { HUIZE_COUNTY_PLACE_ID } from '../schema';
import { collect, placesOf, type Check } from './types';

/**
 * A figure may sit on a township only where the cited words name that place; otherwise it is a
 * county-wide figure pushed down to a township, and the map would credit one township with all of Huize's.
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
        } else if (!p.names_in_report.some((n) => a.citation.phrase.includes(n))) {
          err(
            F,
            a.id,
            `places.${i}`,
            'county-figure-on-township',
            `the citation does not name ${p.id} (${p.name_zh}); a county-wide figure must stay at county level`,
          );
        }
      });
    }
  });
