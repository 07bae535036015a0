import { DATA_FILES } from '../files';
import type { TownshipType } from '../schema';
import { collect, type Check } from './types';

/** The kind of township an official code numbers: 001–099 街道, 100–199 镇, 200–299 乡. */
function townshipTypeOf(code: string): TownshipType | null {
  const n = Number(code.slice(6));
  if (n >= 1 && n < 100) return '街道';
  if (n >= 100 && n < 200) return '镇';
  if (n >= 200 && n < 300) return '乡';
  return null;
}

/**
 * A place's township agrees with everything else that says where it is: its own official code, the place
 * it lies within, and whether it is in Huize at all. The township is what the map paints, so a
 * contradiction would put a record on the wrong cell.
 */
export const checkPlaceTownships: Check = (data) =>
  collect((err) => {
    const F = DATA_FILES.places;
    for (const p of data.places) {
      if (p.kind === 'township') {
        if (p.official_code !== p.id) {
          err(F, p.id, 'id', 'township-mismatch', 'a township record is keyed by its official code');
        }
        if (p.township !== p.id)
          err(F, p.id, 'township', 'township-mismatch', 'a township is its own township');
        const type = townshipTypeOf(p.id);
        if (p.township_type !== type) {
          err(F, p.id, 'township_type', 'township-mismatch', `code ${p.id} is a ${type ?? '?'}`);
        }
      }
      if (!p.in_huize && p.township !== null) {
        err(F, p.id, 'township', 'township-mismatch', 'a place outside Huize cannot have a Huize township');
      }
      const code = p.official_code;
      if (code !== null && p.in_huize && code.length >= 9 && p.township !== code.slice(0, 9)) {
        err(
          F,
          p.id,
          'township',
          'township-mismatch',
          `official code ${code} lies in township ${code.slice(0, 9)}, not ${p.township ?? 'null'}`,
        );
      }
      const w = p.within === null ? undefined : data.byId.places.get(p.within);
      if (w && w.township !== null && p.township !== w.township) {
        err(
          F,
          p.id,
          'township',
          'township-mismatch',
          `it lies within ${w.id}, whose township is ${w.township}`,
        );
      }
    }
  });
