import { describe } from 'vitest';
import { checkPlaceTownships } from '../../../../src/data/checks/placeTownships';
import { checkTable, record } from './fixture';

const at = (id: string, field: string) => ({ file: 'places.json' as const, id, field });

describe('checkPlaceTownships', () => {
  checkTable(checkPlaceTownships, [
    {
      name: 'a township not keyed by its official code',
      breakIt: (d) => (record(d.places, '530326204').official_code = null),
      code: 'township-mismatch',
      at: at('530326204', 'id'),
    },
    {
      // Its own code names it too, so the one break breaks both rules.
      name: 'a township that is not its own township',
      breakIt: (d) => (record(d.places, '530326204').township = null),
      code: 'township-mismatch',
      at: [at('530326204', 'township'), at('530326204', 'township')],
    },
    {
      name: 'a township type its code contradicts',
      breakIt: (d) => (record(d.places, '530326204').township_type = '镇'),
      code: 'township-mismatch',
      at: at('530326204', 'township_type'),
    },
    {
      name: 'a place outside Huize with a Huize township',
      breakIt: (d) => (record(d.places, 'place-shanghai').township = '530326102'),
      code: 'township-mismatch',
      at: at('place-shanghai', 'township'),
    },
    {
      name: "a place's township that contradicts its code",
      breakIt: (d) => {
        const v = record(d.places, 'place-zhemi-village');
        v.township = '530326102';
        v.within = null;
      },
      code: 'township-mismatch',
      at: at('place-zhemi-village', 'township'),
    },
    {
      name: 'a township other than that of the place it lies within',
      breakIt: (d) => (record(d.places, 'place-zhemi-school').township = '530326102'),
      code: 'township-mismatch',
      at: at('place-zhemi-school', 'township'),
    },
  ]);
});
