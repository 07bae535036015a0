import { DATA_FILES } from '../files';
import { collect, type Check } from './types';

/**
 * Each side of a pairing names at least one organisation or place, and the Huize side's places are in
 * Huize: the pairings view draws the Huize side on the map.
 */
export const checkPairingSides: Check = (data) =>
  collect((err) => {
    const F = DATA_FILES.pairings;
    for (const p of data.pairings) {
      for (const s of ['baoshan_side', 'huize_side'] as const) {
        if (p[s].organisations.length + p[s].places.length === 0) {
          err(F, p.id, s, 'schema', 'a side needs at least one organisation or place');
        }
      }
      p.huize_side.places.forEach((id, i) => {
        const pl = data.byId.places.get(id);
        if (pl && !pl.in_huize) err(F, p.id, `huize_side.places.${i}`, 'scope', `${id} is not in Huize`);
      });
    }
  });
