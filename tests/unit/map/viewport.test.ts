import { describe, expect, it } from 'vitest';
import {
  clampPadding,
  contains,
  innerBounds,
  overlayPadding,
  sameBounds,
} from '../../../src/map/interaction/viewport';

const size = { width: 1000, height: 600 };

describe('overlayPadding', () => {
  it.each([
    {
      name: 'no overlays: the margin all round',
      boxes: [],
      expected: { top: 8, right: 8, bottom: 8, left: 8 },
    },
    {
      name: 'a legend in the bottom-left corner, taller than wide: kept clear on the left',
      boxes: [{ left: 10, top: 300, width: 240, height: 290 }],
      expected: { top: 8, right: 8, bottom: 8, left: 258 },
    },
    {
      name: 'a wide note at the top: kept clear at the top',
      boxes: [{ left: 10, top: 10, width: 400, height: 30 }],
      expected: { top: 48, right: 8, bottom: 8, left: 8 },
    },
    {
      name: 'a bottom sheet across the width',
      boxes: [{ left: 0, top: 450, width: 1000, height: 150 }],
      expected: { top: 8, right: 8, bottom: 158, left: 8 },
    },
    {
      name: 'an empty (collapsed) overlay takes nothing',
      boxes: [{ left: 10, top: 10, width: 0, height: 0 }],
      expected: { top: 8, right: 8, bottom: 8, left: 8 },
    },
  ])('$name', ({ boxes, expected }) => {
    expect(overlayPadding(size, boxes, 8)).toEqual(expected);
  });
});

describe('clampPadding', () => {
  it.each([
    {
      padding: { top: 10, right: 10, bottom: 10, left: 10 },
      expected: { top: 10, right: 10, bottom: 10, left: 10 },
    },
    {
      padding: { top: 300, right: 0, bottom: 300, left: 0 },
      expected: { top: 210, right: 0, bottom: 210, left: 0 },
    },
    {
      padding: { top: 0, right: 900, bottom: 0, left: 500 },
      expected: { top: 0, right: 450, bottom: 0, left: 250 },
    },
  ])('$padding → $expected', ({ padding, expected }) => {
    const got = clampPadding(padding, size);
    for (const side of ['top', 'right', 'bottom', 'left'] as const)
      expect(got[side]).toBeCloseTo(expected[side]);
  });
});

describe('innerBounds, contains, sameBounds', () => {
  const unproject = (x: number, y: number): [number, number] => [100 + x / 100, 30 - y / 100];
  it('is the lon/lat box inside the padding', () => {
    expect(innerBounds(size, { top: 100, right: 0, bottom: 0, left: 200 }, unproject)).toEqual([
      [102, 24],
      [110, 29],
    ]);
  });
  it.each([
    {
      inner: [
        [102, 25],
        [103, 26],
      ],
      expected: true,
    },
    {
      inner: [
        [101, 25],
        [103, 26],
      ],
      expected: false,
    },
    {
      inner: [
        [102, 25],
        [110, 29.5],
      ],
      expected: false,
    },
  ] as const)('contains $inner: $expected', ({ inner, expected }) => {
    expect(
      contains(
        [
          [102, 24],
          [110, 29],
        ],
        inner as never,
      ),
    ).toBe(expected);
  });
  it('counts boxes equal to about 10 m as the same', () => {
    expect(
      sameBounds(
        [
          [1, 2],
          [3, 4],
        ],
        [
          [1.0001, 2],
          [3, 4.0001],
        ],
      ),
    ).toBe(true);
    expect(
      sameBounds(
        [
          [1, 2],
          [3, 4],
        ],
        [
          [1.001, 2],
          [3, 4],
        ],
      ),
    ).toBe(false);
  });
});
