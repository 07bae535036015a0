import { describe } from 'vitest';
import { checkPairingSides } from '../../../../src/data/checks/pairingSides';
import { checkTable, record } from './fixture';

const at = (field: string) => ({ file: 'pairings.json' as const, id: 'pair-jia-zhemi', field });

describe('checkPairingSides', () => {
  checkTable(checkPairingSides, [
    {
      name: 'a Baoshan side that names nothing',
      breakIt: (d) => (record(d.pairings, 'pair-jia-zhemi').baoshan_side.organisations = []),
      code: 'schema',
      at: at('baoshan_side'),
    },
    {
      name: 'a Huize side that names nothing',
      breakIt: (d) => (record(d.pairings, 'pair-jia-zhemi').huize_side.places = []),
      code: 'schema',
      at: at('huize_side'),
    },
    {
      name: 'a Huize side place outside Huize',
      breakIt: (d) => (record(d.pairings, 'pair-jia-zhemi').huize_side.places = ['place-shanghai']),
      code: 'scope',
      at: at('huize_side.places.0'),
    },
  ]);
});
