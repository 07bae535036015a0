import { describe, expect, it } from 'vitest';
import { changedStates, hoverChanges, type FeatureStates } from '../../../src/map/stateDiff';

const states = (entries: Record<string, Record<string, boolean | string | null>>): FeatureStates =>
  new Map(Object.entries(entries));

describe('changedStates', () => {
  const tests: {
    name: string;
    prev: FeatureStates;
    next: FeatureStates;
    expected: ReturnType<typeof changedStates>;
  }[] = [
    {
      name: 'nothing set yet: every key of every feature',
      prev: states({}),
      next: states({ a: { selected: false, dim: false }, b: { selected: true, dim: false } }),
      expected: {
        set: [
          ['a', { selected: false, dim: false }],
          ['b', { selected: true, dim: false }],
        ],
        removed: [],
      },
    },
    {
      name: 'the same states again: nothing',
      prev: states({ a: { selected: false }, b: { selected: true } }),
      next: states({ a: { selected: false }, b: { selected: true } }),
      expected: { set: [], removed: [] },
    },
    {
      name: 'the selection moves from a to b: two features, only the keys that changed',
      prev: states({
        a: { selected: true, dim: false },
        b: { selected: false, dim: true },
        c: { selected: false, dim: true },
      }),
      next: states({
        a: { selected: false, dim: true },
        b: { selected: true, dim: false },
        c: { selected: false, dim: true },
      }),
      expected: {
        set: [
          ['a', { selected: false, dim: true }],
          ['b', { selected: true, dim: false }],
        ],
        removed: [],
      },
    },
    {
      name: 'one key of one feature',
      prev: states({ a: { inregion: false, paired: false } }),
      next: states({ a: { inregion: true, paired: false } }),
      expected: { set: [['a', { inregion: true }]], removed: [] },
    },
    {
      name: 'a fill colour to null and back is a change; null to null is not',
      prev: states({ a: { fill: '#fff' }, b: { fill: null } }),
      next: states({ a: { fill: null }, b: { fill: null } }),
      expected: { set: [['a', { fill: null }]], removed: [] },
    },
    {
      name: 'a key not set before is set',
      prev: states({ a: { selected: false } }),
      next: states({ a: { selected: false, paired: false } }),
      expected: { set: [['a', { paired: false }]], removed: [] },
    },
    {
      name: 'a feature gone from the data (a smaller dataset) is removed; a new one is set whole',
      prev: states({ a: { selected: false }, b: { selected: false } }),
      next: states({ a: { selected: false }, c: { selected: false } }),
      expected: { set: [['c', { selected: false }]], removed: ['b'] },
    },
  ];
  for (const { name, prev, next, expected } of tests) {
    it(name, () => expect(changedStates(prev, next)).toEqual(expected));
  }
});

describe('hoverChanges', () => {
  const tests: { prev: string | null; next: string | null; expected: ReturnType<typeof hoverChanges> }[] = [
    { prev: null, next: null, expected: [] },
    { prev: 'a', next: 'a', expected: [] },
    { prev: null, next: 'a', expected: [['a', { hover: true }]] },
    { prev: 'a', next: null, expected: [['a', { hover: false }]] },
    {
      prev: 'a',
      next: 'b',
      expected: [
        ['a', { hover: false }],
        ['b', { hover: true }],
      ],
    },
  ];
  for (const { prev, next, expected } of tests) {
    it(`${prev} → ${next}`, () => expect(hoverChanges(prev, next)).toEqual(expected));
  }
});
