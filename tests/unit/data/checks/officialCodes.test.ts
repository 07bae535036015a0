import { describe, expect, it } from 'vitest';
import { checkOfficialCodes } from '../../../../src/data/checks/officialCodes';
import { indexDataset } from '../../../../src/data/checks/types';
import { checkTable, goodContext, goodData, record } from './fixture';

describe('checkOfficialCodes', () => {
  checkTable(checkOfficialCodes, [
    {
      name: 'a code not in the official list',
      breakIt: (d) => (record(d.places, 'place-zhemi-village').official_code = '530326204999'),
      code: 'official-code',
      at: { file: 'places.json', id: 'place-zhemi-village', field: 'official_code' },
    },
    {
      name: 'a name the official list does not give the code',
      breakIt: (d) => (record(d.places, 'place-zhemi-village').official_name_zh = '者米村'),
      code: 'official-name',
      at: { file: 'places.json', id: 'place-zhemi-village', field: 'official_name_zh' },
    },
    {
      name: 'a parent code not in the official list',
      breakIt: (d) => (record(d.places, 'place-shanghai').parent_code = '999999'),
      code: 'official-code',
      at: { file: 'places.json', id: 'place-shanghai', field: 'parent_code' },
    },
  ]);

  it('checks nothing without the official list', () => {
    const d = goodData();
    record(d.places, 'place-zhemi-village').official_code = '530326204999';
    expect(checkOfficialCodes(indexDataset(d), { ...goodContext(), official: null })).toEqual([]);
  });
});
