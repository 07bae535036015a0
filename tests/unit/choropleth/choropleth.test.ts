import { describe, expect, it } from 'vitest';
import { categoricalChoropleth, numericChoropleth } from '../../../src/choropleth/choropleth';
import { noRecordColor, sequentialRamp, zeroColor } from '../../../src/choropleth/palette';

describe('numericChoropleth', () => {
  const values = new Map<string, number | null>([
    ['a', null],
    ['b', 0],
    ['c', 1],
    ['d', 5],
    ['e', 10],
  ]);
  const result = numericChoropleth(values, 'equal', 3);

  it('gives every code a fill, no record and zero their own colours', () => {
    expect(result.fills.size).toBe(values.size);
    expect(result.fills.get('a')).toBe(noRecordColor);
    expect(result.fills.get('b')).toBe(zeroColor);
    const ramp = sequentialRamp(3);
    expect(result.fills.get('c')).toBe(ramp[0]);
    expect(result.fills.get('e')).toBe(ramp[2]);
  });

  it('legend rows count the codes they colour, zero first and no record last', () => {
    expect(result.legend.map((e) => e.kind)).toEqual(['zero', 'class', 'class', 'class', 'none']);
    expect(result.legend.reduce((sum, e) => sum + e.count, 0)).toBe(values.size);
    const classes = result.legend.filter((e) => e.kind === 'class');
    // Members: 1 | 5 | 10, within breaks 1–4, 4–7, 7–10.
    expect(classes.map((e) => [e.lower, e.upper])).toEqual([
      [1, 1],
      [5, 5],
      [10, 10],
    ]);
  });

  it('an empty class shows its breaks; member ranges lie within the breaks', () => {
    const gappy = numericChoropleth(
      new Map([
        ['a', 1],
        ['b', 2],
        ['c', 10],
      ]),
      'equal',
      3,
    );
    const classes = gappy.legend.filter((e) => e.kind === 'class');
    expect(classes.map((e) => [e.lower, e.upper, e.count])).toEqual([
      [1, 2, 2],
      [4, 7, 0],
      [10, 10, 1],
    ]);
    const breaks = gappy.classification!.breaks;
    classes.forEach((e, i) => {
      expect(e.lower).toBeGreaterThanOrEqual(breaks[i]!);
      expect(e.upper).toBeLessThanOrEqual(breaks[i + 1]!);
    });
  });

  it('no record colour differs from every class colour', () => {
    for (const colour of sequentialRamp(5)) expect(colour).not.toBe(noRecordColor);
    expect(zeroColor).not.toBe(noRecordColor);
  });
});

describe('categoricalChoropleth', () => {
  it('one colour per category, stable by name, nulls as no record', () => {
    const result = categoricalChoropleth(
      new Map([
        ['x', 'org-b'],
        ['y', 'org-a'],
        ['z', null],
        ['w', 'org-b'],
      ]),
    );
    expect(result.legend.map((e) => (e.kind === 'category' ? e.category : e.kind))).toEqual([
      'org-a',
      'org-b',
      'none',
    ]);
    expect(result.fills.get('x')).toBe(result.fills.get('w'));
    expect(result.fills.get('x')).not.toBe(result.fills.get('y'));
    expect(result.fills.get('z')).toBe(noRecordColor);
    expect(result.legend.find((e) => e.kind === 'category' && e.category === 'org-b')?.count).toBe(2);
  });
});
