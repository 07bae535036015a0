import { describe, expect, it } from 'vitest';
import {
  bboxOf,
  estimateTextWidth,
  fitProjection,
  fmt,
  niceScaleKm,
  pathOf,
  placeLabels,
  type BBox,
} from '../../../src/geo/locator';
import { parseYunnan } from '../../../src/geo/yunnanFile';

const yunnanBox: BBox = [97.5, 21.1, 106.2, 29.2];

describe('fitProjection', () => {
  const { project } = fitProjection(yunnanBox, 320, 260, 10);
  // Each row: two points and which way the second lies from the first on screen.
  it.each([
    { name: 'north is up', a: [103, 24], b: [103, 27], dx: 0, dy: -1 },
    { name: 'south is down', a: [103, 27], b: [103, 22], dx: 0, dy: 1 },
    { name: 'east is right', a: [99, 25], b: [105, 25], dx: 1, dy: 0 },
    { name: 'west is left', a: [105, 25], b: [98, 25], dx: -1, dy: 0 },
    { name: 'north-east is up and right', a: [100, 23], b: [104, 28], dx: 1, dy: -1 },
  ])('$name', ({ a, b, dx, dy }) => {
    const [ax, ay] = project(a[0]!, a[1]!);
    const [bx, by] = project(b[0]!, b[1]!);
    expect(Math.sign(Math.round(bx - ax))).toBe(dx);
    expect(Math.sign(Math.round(by - ay))).toBe(dy);
  });

  it.each([
    { box: yunnanBox, w: 320, h: 260, pad: 10 },
    { box: [0, 0, 10, 1] as BBox, w: 200, h: 200, pad: 0 },
    { box: [100, 60, 101, 70] as BBox, w: 300, h: 100, pad: 5 },
  ])('fits $box into $w×$h (padding $pad), centred', ({ box, w, h, pad }) => {
    const p = fitProjection(box, w, h, pad);
    const [x0, y0] = p.project(box[0], box[3]);
    const [x1, y1] = p.project(box[2], box[1]);
    expect(x0).toBeGreaterThanOrEqual(pad - 1e-9);
    expect(y0).toBeGreaterThanOrEqual(pad - 1e-9);
    expect(x1).toBeLessThanOrEqual(w - pad + 1e-9);
    expect(y1).toBeLessThanOrEqual(h - pad + 1e-9);
    // One dimension fills the frame; the free space of the other is shared equally.
    const fillsX = Math.abs(x1 - x0 - (w - 2 * pad)) < 1e-6;
    const fillsY = Math.abs(y1 - y0 - (h - 2 * pad)) < 1e-6;
    expect(fillsX || fillsY).toBe(true);
    expect(x0 + x1).toBeCloseTo(w, 6);
    expect(y0 + y1).toBeCloseTo(h, 6);
  });

  it('scales longitude by the cosine of the middle latitude (1° of lon at 60°N is half of 1° of lat)', () => {
    const p = fitProjection([10, 59, 12, 61], 400, 400);
    const [ax, ay] = p.project(10, 60);
    const [bx] = p.project(11, 60);
    const [, cy] = p.project(10, 61);
    expect((bx - ax) / (ay - cy)).toBeCloseTo(0.5, 6);
  });

  it('reports SVG units per km consistent with a degree of latitude (111.32 km)', () => {
    const p = fitProjection(yunnanBox, 320, 260, 10);
    const [, y0] = p.project(100, 25);
    const [, y1] = p.project(100, 26);
    expect((y0 - y1) / p.unitsPerKm).toBeCloseTo(111.32, 6);
  });
});

describe('path building', () => {
  it.each([
    { n: 1.04, out: '1' },
    { n: 1.05, out: '1.1' },
    { n: -0.01, out: '0' },
    { n: -12.345, out: '-12.3' },
    { n: 250, out: '250' },
  ])('fmt($n) = $out', ({ n, out }) => expect(fmt(n)).toBe(out));

  const identity = (lon: number, lat: number): [number, number] => [lon, lat];
  it.each([
    {
      name: 'a closed ring drops its repeated last point and ends with Z',
      lines: [
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 0],
        ],
      ],
      close: true,
      d: 'M0 0L10 0L10 10Z',
    },
    {
      name: 'an open line keeps every point',
      lines: [
        [
          [0, 0],
          [1.25, 2.5],
        ],
      ],
      close: false,
      d: 'M0 0L1.3 2.5',
    },
    {
      name: 'several lines, and a one-point line is skipped',
      lines: [
        [
          [0, 0],
          [1, 1],
        ],
        [[5, 5]],
        [
          [2, 2],
          [3, 3],
        ],
      ],
      close: false,
      d: 'M0 0L1 1M2 2L3 3',
    },
  ])('$name', ({ lines, close, d }) => {
    expect(pathOf(lines as [number, number][][], identity, close)).toBe(d);
  });
});

describe('bboxOf, niceScaleKm, estimateTextWidth', () => {
  it('bboxOf', () => {
    expect(
      bboxOf([
        [3, 4],
        [-1, 8],
        [2, -5],
      ]),
    ).toEqual([-1, -5, 3, 8]);
    expect(() => bboxOf([])).toThrow();
  });

  it.each([
    { unitsPerKm: 0.3, max: 70, km: 200 },
    { unitsPerKm: 0.3, max: 30, km: 100 },
    { unitsPerKm: 1, max: 45, km: 20 },
    { unitsPerKm: 0.05, max: 70, km: 1000 },
  ])('niceScaleKm($unitsPerKm, $max) = $km', ({ unitsPerKm, max, km }) => {
    expect(niceScaleKm(unitsPerKm, max)).toBe(km);
    expect(km * unitsPerKm).toBeLessThanOrEqual(max);
  });

  it.each([
    { text: '易门', size: 10, w: 20 },
    { text: 'Yimen', size: 10, w: 30 },
    { text: '会泽 Huize', size: 10, w: 20 + 6 * 6 },
  ])('estimateTextWidth($text)', ({ text, size, w }) => {
    expect(estimateTextWidth(text, size)).toBeCloseTo(w, 6);
  });
});

describe('placeLabels', () => {
  const frame = { width: 200, height: 100 };
  const overlap = (a: { box: Box }, b: { box: Box }) =>
    a.box.x0 < b.box.x1 && b.box.x0 < a.box.x1 && a.box.y0 < b.box.y1 && b.box.y0 < a.box.y1;
  type Box = { x0: number; y0: number; x1: number; y1: number };

  it('puts a lone label to the right of its point', () => {
    const [l] = placeLabels([{ id: 'a', x: 50, y: 50, width: 20, height: 10 }], frame);
    expect(l).toMatchObject({ id: 'a', anchor: 'start', y: 50 });
    expect(l!.x).toBeGreaterThan(50);
  });

  it('flips a label left at the right edge of the frame', () => {
    const [l] = placeLabels([{ id: 'a', x: 195, y: 50, width: 20, height: 10 }], frame);
    expect(l!.anchor).toBe('end');
    expect(l!.box.x1).toBeLessThanOrEqual(frame.width);
  });

  it('keeps two labels of nearly coincident points apart (武定 and 禄劝 are 7 km apart)', () => {
    const placed = placeLabels(
      [
        { id: 'a', x: 100, y: 50, width: 24, height: 12 },
        { id: 'b', x: 102, y: 49, width: 24, height: 12 },
      ],
      frame,
    );
    expect(overlap(placed[0]!, placed[1]!)).toBe(false);
  });
});

describe('parseYunnan', () => {
  it('rejects a file without a province', () => {
    expect(() =>
      parseYunnan({ type: 'FeatureCollection', features: [], provenance: { data: 'x' } }),
    ).toThrow();
  });
  it('rejects a file without provenance', () => {
    expect(() => parseYunnan({ type: 'FeatureCollection', features: [] })).toThrow();
  });
});
