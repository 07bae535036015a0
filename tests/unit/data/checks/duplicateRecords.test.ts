import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../../src/data/checks';
import { checkDuplicateRecords } from '../../../../src/data/checks/duplicateRecords';
import { checkTable, goodContext, goodData, record } from './fixture';

describe('checkDuplicateRecords', () => {
  checkTable(checkDuplicateRecords, [
    {
      name: 'an activity copied under a new id',
      breakIt: (d) => void d.activities.push({ ...record(d.activities, 'act-camp'), id: 'act-camp-copy' }),
      code: 'duplicate-record',
      at: { file: 'activities.json', id: 'act-camp-copy', field: 'citation.phrase' },
    },
    {
      name: 'a copy with a new title but the same phrase and figures',
      breakIt: (d) =>
        void d.activities.push({
          ...record(d.activities, 'act-workers'),
          id: 'act-workers-2',
          title_en: 'Workers again',
        }),
      code: 'duplicate-record',
      at: { file: 'activities.json', id: 'act-workers-2' },
    },
    {
      name: 'a pairing copied under a new id',
      breakIt: (d) => void d.pairings.push({ ...record(d.pairings, 'pair-jia-zhemi'), id: 'pair-copy' }),
      code: 'duplicate-record',
      at: { file: 'pairings.json', id: 'pair-copy' },
    },
  ]);

  it('names both records, and lets one phrase hold two figure-less records with their own titles', () => {
    const d = goodData();
    d.activities.push({ ...record(d.activities, 'act-camp'), id: 'act-camp-copy' });
    expect(checkDuplicateRecords(indexDataset(d), goodContext())[0]!.message).toMatch(
      /act-camp-copy repeats act-camp/,
    );
    const e = goodData();
    const road = record(e.activities, 'act-road');
    e.activities.push({ ...road, id: 'act-road-2', title_zh: '另一条路', amounts: [], counts: [] });
    road.amounts = [];
    road.counts = [];
    expect(checkDuplicateRecords(indexDataset(e), goodContext())).toEqual([]);
  });

  it('flags 5,000 copies, each naming the record it copies', () => {
    const d = goodData();
    const camp = record(d.activities, 'act-camp');
    for (let i = 0; i < 5000; i++) d.activities.push({ ...camp, id: `act-camp-${i}` });
    const errors = checkDuplicateRecords(indexDataset(d), goodContext());
    expect(errors).toHaveLength(5000);
    expect(errors.every((e) => e.message.endsWith('one of them is a copy'))).toBe(true);
  });
});
