import type { DataFile } from '../errors';
import { DATA_FILES } from '../files';
import { collect, type Check } from './types';

/** Every id a record names exists, in the file it should: the map never joins a dangling reference. */
export const checkReferences: Check = (data) =>
  collect((err) => {
    const { organisations, places, activities, people } = data.byId;
    const ref =
      (file: DataFile, id: string) =>
      (field: string, target: ReadonlyMap<string, unknown>, what: string, value: string | null) => {
        if (value !== null && !target.has(value))
          err(file, id, field, 'unknown-ref', `unknown ${what} "${value}"`);
      };

    for (const o of data.organisations) {
      ref(DATA_FILES.organisations, o.id)('place', places, 'place', o.place);
    }
    for (const p of data.people) {
      ref(DATA_FILES.people, p.id)('organisation', organisations, 'organisation', p.organisation);
    }
    for (const p of data.places) {
      ref(DATA_FILES.places, p.id)('within', places, 'place', p.within);
      if (p.township === null) continue;
      const t = places.get(p.township);
      if (!t || t.kind !== 'township') {
        err(
          DATA_FILES.places,
          p.id,
          'township',
          'unknown-ref',
          `township "${p.township}" is not a township record`,
        );
      }
    }
    for (const a of data.activities) {
      const r = ref(DATA_FILES.activities, a.id);
      a.actors.forEach((o, i) => r(`actors.${i}`, organisations, 'organisation', o));
      a.recipients.forEach((o, i) => r(`recipients.${i}`, organisations, 'organisation', o));
      a.people.forEach((o, i) => r(`people.${i}`, people, 'person', o));
      a.places.forEach((o, i) => r(`places.${i}`, places, 'place', o));
      a.destinations.forEach((o, i) => r(`destinations.${i}`, places, 'place', o));
    }
    for (const p of data.pairings) {
      const r = ref(DATA_FILES.pairings, p.id);
      for (const s of ['baoshan_side', 'huize_side'] as const) {
        p[s].organisations.forEach((o, i) => r(`${s}.organisations.${i}`, organisations, 'organisation', o));
        p[s].places.forEach((o, i) => r(`${s}.places.${i}`, places, 'place', o));
      }
      r('activity', activities, 'activity', p.activity);
    }
  });
