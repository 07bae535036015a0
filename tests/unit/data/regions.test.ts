import { describe, expect, it } from 'vitest';
import { matchRegion, namedRegions } from '../../../src/data/regions';

describe('namedRegions', () => {
  const kinds = new Map([
    ['530326001', '街道'],
    ['530326002', '街道'],
    ['530326102', '镇'],
    ['530326201', '乡'],
  ]);
  const rows = [
    {
      name: 'all three',
      sources: { kinds, withRecords: ['530326102', '530326001', '530326102'], paired: ['530326201'] },
      expected: {
        urban: ['530326001', '530326002'],
        records: ['530326001', '530326102'],
        paired: ['530326201'],
      },
    },
    {
      name: 'empty regions are left out',
      sources: { kinds: new Map([['530326102', '镇']]), withRecords: [], paired: ['530326102'] },
      expected: { paired: ['530326102'] },
    },
  ];
  for (const { name, sources, expected } of rows) {
    it(name, () => {
      const got = Object.fromEntries(namedRegions(sources).map((r) => [r.id, r.codes]));
      expect(got).toEqual(expected);
    });
  }
});

describe('matchRegion', () => {
  const regions = namedRegions({
    kinds: new Map([
      ['a', '街道'],
      ['b', '街道'],
    ]),
    withRecords: ['a'],
    paired: [],
  });
  it('finds a region by its members in any order', () =>
    expect(matchRegion(regions, ['b', 'a'])?.id).toBe('urban'));
  it('finds nothing for a partial set', () => expect(matchRegion(regions, ['b'])).toBeNull());
  it('finds nothing for no townships', () => expect(matchRegion(regions, [])).toBeNull());
});
