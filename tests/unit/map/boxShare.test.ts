import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { featuresMostlyInside, shareInside, type BoxCorners } from '../../../src/map/interaction/boxShare';

/** A square township of side `size` degrees with its south-west corner at (x, y), near Huize. */
function square(x: number, y: number, size = 0.1): Feature<Polygon> {
  const [w, s] = [103 + x, 26 + y];
  return {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [w, s],
          [w + size, s],
          [w + size, s + size],
          [w, s + size],
          [w, s],
        ],
      ],
    },
  };
}

/** An axis-aligned box from (x1, y1) to (x2, y2) in the same offsets. */
function box(x1: number, y1: number, x2: number, y2: number): BoxCorners {
  const c = (x: number, y: number): Position => [103 + x, 26 + y];
  return [c(x1, y2), c(x2, y2), c(x2, y1), c(x1, y1)];
}

describe('shareInside', () => {
  const tests: {
    name: string;
    feature: Feature<Polygon | MultiPolygon>;
    box: BoxCorners;
    expected: number;
  }[] = [
    { name: 'wholly inside', feature: square(0, 0), box: box(-0.05, -0.05, 0.2, 0.2), expected: 1 },
    { name: 'wholly outside', feature: square(0, 0), box: box(0.3, 0.3, 0.5, 0.5), expected: 0 },
    { name: 'touching an edge only', feature: square(0, 0), box: box(0.1, 0, 0.2, 0.1), expected: 0 },
    { name: '60 % in, 40 % out', feature: square(0, 0), box: box(-0.1, -0.1, 0.06, 0.2), expected: 0.6 },
    { name: '40 % in', feature: square(0, 0), box: box(0.06, -0.1, 0.2, 0.2), expected: 0.4 },
    {
      name: 'a box inside the township',
      feature: square(0, 0),
      box: box(0.02, 0.02, 0.07, 0.07),
      expected: 0.25,
    },
    {
      name: 'a box drawn on a rotated map (a diamond) over the centre',
      feature: square(0, 0),
      box: [
        [103.05, 26.0],
        [103.1, 26.05],
        [103.05, 26.1],
        [103.0, 26.05],
      ],
      expected: 0.5,
    },
    {
      name: 'a multipolygon: one part in, one equal part out',
      feature: {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'MultiPolygon',
          coordinates: [square(0, 0).geometry.coordinates, square(0.5, 0).geometry.coordinates],
        },
      },
      box: box(-0.05, -0.05, 0.2, 0.2),
      expected: 0.5,
    },
  ];
  for (const { name, feature, box: corners, expected } of tests) {
    it(name, () => expect(shareInside(feature, corners)).toBeCloseTo(expected, 2));
  }
});

describe('featuresMostlyInside', () => {
  // A row of four townships, 0.1° wide, side by side: a, b, c, d.
  const row = ['a', 'b', 'c', 'd'].map((id, i) => ({ ...square(i * 0.1, 0), id }));
  const tests: { name: string; box: BoxCorners; threshold?: number; expected: string[] }[] = [
    {
      name: 'a box over two neighbours that grazes the next ones takes the two',
      box: box(-0.01, -0.01, 0.21, 0.11),
      expected: ['a', 'b'],
    },
    {
      name: 'a small box from inside one to inside its neighbour (20 % of each): neither',
      box: box(0.05, 0.03, 0.15, 0.07),
      expected: [],
    },
    { name: '60 % of b and 60 % of c', box: box(0.14, 0, 0.26, 0.1), expected: ['b', 'c'] },
    { name: 'exactly half counts', box: box(0.05, -0.1, 0.1, 0.2), expected: ['a'] },
    { name: 'a stricter threshold', box: box(0.14, 0, 0.26, 0.1), threshold: 0.7, expected: [] },
    { name: 'a box around all four', box: box(-1, -1, 1, 1), expected: ['a', 'b', 'c', 'd'] },
    { name: 'a box beside them all', box: box(0, 0.2, 0.4, 0.3), expected: [] },
  ];
  for (const { name, box: corners, threshold, expected } of tests) {
    it(name, () => expect(featuresMostlyInside(row, corners, (f) => f.id, threshold)).toEqual(expected));
  }
});
