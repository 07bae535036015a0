import { DATA_FILES } from '../files';
import { collect, placesOf, type Check } from './types';

/**
 * `shared` is true exactly when an activity's figures belong undivided to more than one township: the
 * township totals must not add such a figure once per township as if each had it all.
 */
export const checkSharedFlag: Check = (data) =>
  collect((err) => {
    for (const a of data.activities) {
      const ps = placesOf(a, data);
      if (!ps) continue;
      const townships = new Set(
        a.scope === 'township' ? ps.flatMap((p) => (p.township === null ? [] : [p.township])) : [],
      );
      const shouldShare = townships.size > 1 && a.amounts.length + a.counts.length > 0;
      if (a.shared === shouldShare) continue;
      err(
        DATA_FILES.activities,
        a.id,
        'shared',
        'shared-flag',
        shouldShare
          ? `its figures belong to ${townships.size} townships together: shared must be true`
          : 'shared is true but its figures belong to at most one township',
      );
    }
  });
