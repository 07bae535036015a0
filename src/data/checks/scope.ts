import { DATA_FILES } from '../files';
import { HUIZE_COUNTY_PLACE_ID } from '../schema';
import { collect, placesOf, type Check } from './types';

/**
 * An activity's scope agrees with its places, since the map files it by scope: county-wide figures on the
 * county alone, "outside" beyond Huize, "unassigned" on a Huize site without a proven township, "township"
 * only where every place has one. Destinations are where Huize people went, so never in Huize.
 * (A county put under scope "township" is the county-figure check's.)
 */
export const checkScope: Check = (data) =>
  collect((err) => {
    const F = DATA_FILES.activities;
    for (const a of data.activities) {
      a.destinations.forEach((d, i) => {
        if (data.byId.places.get(d)?.in_huize) {
          err(F, a.id, `destinations.${i}`, 'scope', 'a destination must lie outside Huize');
        }
      });
      const ps = placesOf(a, data);
      if (!ps) continue;
      if (a.scope === 'county') {
        if (a.places.length !== 1 || a.places[0] !== HUIZE_COUNTY_PLACE_ID) {
          err(F, a.id, 'places', 'scope', `a county-wide record sits on "${HUIZE_COUNTY_PLACE_ID}" alone`);
        }
      } else if (a.scope === 'outside') {
        ps.forEach((p, i) => {
          if (p.in_huize) err(F, a.id, `places.${i}`, 'scope', `scope "outside" but ${p.id} is in Huize`);
        });
      } else if (a.scope === 'unassigned') {
        ps.forEach((p, i) => {
          if (!p.in_huize || p.kind === 'county') {
            err(F, a.id, `places.${i}`, 'scope', `scope "unassigned" needs a Huize site, not ${p.id}`);
          }
        });
        if (!ps.some((p) => p.township === null)) {
          err(F, a.id, 'scope', 'scope', 'every place has a township: the scope is "township"');
        }
      } else {
        ps.forEach((p, i) => {
          if (p.township === null && p.id !== HUIZE_COUNTY_PLACE_ID) {
            err(F, a.id, `places.${i}`, 'scope', `scope "township" but ${p.id} has no proven township`);
          }
        });
      }
    }
  });
