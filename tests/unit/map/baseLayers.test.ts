import { describe, expect, it } from 'vitest';
import type { CountiesFile, TownshipsFile } from '../../../src/geo/geoFiles';
import {
  labelRank,
  neighbourLabelPoints,
  themedCounties,
  themedRivers,
  themedTownshipLabels,
  townshipLabelPoints,
  townshipLabels,
  townshipLine,
  urbanLabels,
} from '../../../src/map/baseLayers';
import { layer } from '../../../src/map/layerOrder';
import { mapThemes } from '../../../src/map/theme';

const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [103, 26],
      [103.1, 26],
      [103.1, 26.1],
      [103, 26],
    ],
  ],
};

describe('townshipLine', () => {
  it.each([
    ['schematic', [3, 2]],
    ['official', undefined],
  ] as const)('%s cells: dash %j', (precision, dash) => {
    const paint = townshipLine(precision).paint as Record<string, unknown>;
    expect(paint['line-dasharray']).toEqual(dash);
  });
});

describe('label points', () => {
  it('puts a township label at its label position, with its properties but not the position itself', () => {
    const townships = {
      type: 'FeatureCollection',
      precision: 'schematic',
      source: 'test',
      features: [
        {
          type: 'Feature',
          properties: { code: '530326001', name_zh: '古城街道', kind: '街道', label: [103.05, 26.02] },
          geometry: square,
        },
      ],
    } as unknown as TownshipsFile;
    const [point] = townshipLabelPoints(townships).features;
    expect(point?.geometry.coordinates).toEqual([103.05, 26.02]);
    expect(point?.properties).toMatchObject({ code: '530326001', kind: '街道', label: undefined, rank: 0 });
    const [ranked] = townshipLabelPoints(townships, (code) => (code === '530326001' ? 7 : 0)).features;
    expect(ranked?.properties?.rank).toBe(7);
  });

  // Where names collide the higher rank is named: what the view is about, then the busiest.
  it.each([
    [
      'the selection or a region member outranks the busiest township',
      [labelRank(0, true), labelRank(49, false)],
    ],
    ['more records outrank fewer', [labelRank(4, false), labelRank(1, false)]],
    ['any record outranks none', [labelRank(1, false), labelRank(0, false)]],
    ['among shown townships, more records still count', [labelRank(3, true), labelRank(1, true)]],
  ])('%s', (_name, [higher, lower]) => {
    expect(higher).toBeGreaterThan(lower!);
  });

  it('the label layers place the highest rank first (lower sort keys are placed first)', () => {
    for (const spec of [townshipLabels, urbanLabels]) {
      expect(spec.layout['symbol-sort-key']).toEqual(['-', 0, ['coalesce', ['get', 'rank'], 0]]);
    }
  });

  it.each([
    { role: 'neighbour', label: [103.2, 26.3], points: 1 },
    { role: 'neighbour', label: undefined, points: 0 },
    { role: 'county', label: [103.2, 26.3], points: 0 },
  ])('a $role with label $label: $points point(s)', ({ role, label, points }) => {
    const counties = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { role, label, name_zh: '东川区', name_en: 'Dongchuan' },
          geometry: square,
        },
      ],
    } as unknown as CountiesFile;
    expect(neighbourLabelPoints(counties).features).toHaveLength(points);
  });
});

describe('themed base layers', () => {
  it.each([
    ['zh-CN', 'name_zh', 'name_zh'],
    ['en', 'name_en', 'name_pinyin'],
  ] as const)('%s: rivers and neighbours by %s, townships by %s', (locale, other, township) => {
    const fields = {
      ...themedCounties(locale, mapThemes.desk),
      ...themedRivers(locale, mapThemes.desk),
      ...themedTownshipLabels(locale, mapThemes.desk),
    };
    expect(fields['river-labels']?.layout?.['text-field']).toEqual(['get', other]);
    expect(fields['neighbour-labels']?.layout?.['text-field']).toEqual(['get', other]);
    expect(fields['township-labels']?.layout?.['text-field']).toEqual(['get', township]);
    expect(fields['urban-labels']?.layout?.['text-field']).toEqual(['get', township]);
  });

  it('scales every label on a projector', () => {
    const desk = themedCounties('zh-CN', mapThemes.desk)['neighbour-labels']?.layout?.['text-size'];
    const projector = themedCounties('zh-CN', mapThemes.light)['neighbour-labels']?.layout?.['text-size'];
    expect(projector).toBeGreaterThan(desk as number);
  });

  it('names only layers that have a place in the layer order', () => {
    const ids = Object.keys({
      ...themedCounties('zh-CN', mapThemes.dark),
      ...themedRivers('zh-CN', mapThemes.dark),
      ...themedTownshipLabels('zh-CN', mapThemes.dark),
    });
    for (const id of ids) expect(() => layer(id)).not.toThrow();
  });
});
