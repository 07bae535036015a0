import { type ClassificationMethod } from '../../../src/domain';
import { describe, expect, it } from 'vitest';
import { classCount, classify, slotOf } from '../../../src/choropleth/classify';

describe('classify', () => {
  const rows: {
    name: string;
    values: (number | null)[];
    method: ClassificationMethod;
    k: number;
    breaks: number[];
    hasZero: boolean;
  }[] = [
    {
      name: 'equal interval',
      values: [1, 2, 3, 10],
      method: 'equal',
      k: 3,
      breaks: [1, 4, 7, 10],
      hasZero: false,
    },
    {
      name: 'quantile over 1..9',
      values: [1, 2, 3, 4, 5, 6, 7, 8, 9],
      method: 'quantile',
      k: 2,
      breaks: [1, 5, 9],
      hasZero: false,
    },
    {
      name: 'natural breaks split clear clusters',
      values: [1, 2, 3, 100, 101, 102],
      method: 'jenks',
      k: 2,
      breaks: [1, 100, 102],
      hasZero: false,
    },
    {
      name: 'null is no record, zero is its own class and not a break',
      values: [null, 0, 5, 10],
      method: 'equal',
      k: 5,
      breaks: [5, 7.5, 10],
      hasZero: true,
    },
    { name: 'no positive values', values: [null, 0], method: 'quantile', k: 5, breaks: [], hasZero: true },
    {
      name: 'one distinct value',
      values: [3, 3, null],
      method: 'jenks',
      k: 5,
      breaks: [3, 3],
      hasZero: false,
    },
    {
      name: 'fewer distinct values than classes',
      values: [1, 1, 2, 2],
      method: 'quantile',
      k: 5,
      breaks: [1, 2],
      hasZero: false,
    },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const c = classify(row.values, row.method, row.k);
      expect(c.breaks).toEqual(row.breaks);
      expect(c.hasZero).toBe(row.hasZero);
    });
  }

  it('breaks ascend strictly for every method on real-looking data', () => {
    const values = [1, 1, 2, 3, 3, 5, 8, 13, 21, 22.4, 34];
    for (const method of ['quantile', 'jenks', 'equal'] as const) {
      const { breaks } = classify(values, method, 5);
      for (let i = 1; i < breaks.length; i++) expect(breaks[i]).toBeGreaterThan(breaks[i - 1]!);
      expect(breaks[0]).toBe(1);
      expect(breaks.at(-1)).toBe(34);
    }
  });
});

describe('slotOf', () => {
  const c = classify([1, 2, 3, 10], 'equal', 3); // breaks 1, 4, 7, 10
  const rows: { value: number | null; slot: ReturnType<typeof slotOf> }[] = [
    { value: null, slot: { kind: 'none' } },
    { value: 0, slot: { kind: 'zero' } },
    { value: 1, slot: { kind: 'class', index: 0 } },
    { value: 3.99, slot: { kind: 'class', index: 0 } },
    { value: 4, slot: { kind: 'class', index: 1 } },
    { value: 7, slot: { kind: 'class', index: 2 } },
    { value: 10, slot: { kind: 'class', index: 2 } },
  ];
  for (const row of rows) {
    it(`${row.value} → ${JSON.stringify(row.slot)}`, () => expect(slotOf(row.value, c)).toEqual(row.slot));
  }

  it('every classed value lands in a class whose edges contain it', () => {
    const values = [0.5, 1, 2, 6, 6, 9, 12, 40];
    const classification = classify(values, 'quantile', 4);
    for (const v of values) {
      const slot = slotOf(v, classification);
      if (slot.kind !== 'class') throw new Error('expected a class');
      expect(slot.index).toBeLessThan(classCount(classification));
      expect(v).toBeGreaterThanOrEqual(classification.breaks[slot.index]!);
      expect(v).toBeLessThanOrEqual(classification.breaks[slot.index + 1]!);
    }
  });
});
