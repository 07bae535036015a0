import { describe, expect, it } from 'vitest';
import { beforeIdFor, interactiveLayers, layer, layerOrder } from '../../../src/map/layerOrder';
import { firstByLayer, topmostFirst } from '../../../src/map/interaction/pointer';
import type { MapGeoJSONFeature } from 'maplibre-gl';

// Written out, not read from the module: a layer added, dropped or moved must show up here as a deliberate edit.
const bottomToTop = [
  'background',
  'osm-basemap',
  'neighbour-fill',
  'county-fill',
  'township-fill',
  'township-hatch',
  'township-context',
  'rivers',
  'neighbour-line',
  'township-line',
  'county-line',
  'township-selected-line',
  'pairing-links',
  'river-labels',
  'neighbour-labels',
  'pairing-labels',
  'baoshan-mark',
  'site-halo',
  'site-symbols',
  'township-labels',
  'urban-labels',
];

describe('layer(id)', () => {
  it('lists every layer bottom to top', () => {
    expect(layerOrder).toEqual(bottomToTop);
  });

  it.each([
    ['background', 0, false],
    ['township-fill', 4, true],
    ['site-symbols', 18, true],
    ['township-labels', 19, true],
    ['urban-labels', 20, true],
  ])('%s is at %i, interactive: %s', (id, z, interactive) => {
    expect(layer(id)).toEqual({ id, z, interactive });
  });

  it('throws for an id that has no place', () => {
    expect(() => layer('new-layer')).toThrow(/not in layerOrder/);
  });

  it('lists the interactive layers topmost first: a name, then sites, then township fills claim a click', () => {
    expect(interactiveLayers).toEqual(['urban-labels', 'township-labels', 'site-symbols', 'township-fill']);
  });
});

describe('beforeIdFor', () => {
  it.each([
    { id: 'township-fill', present: ['background', 'county-fill', 'site-symbols'], expected: 'site-symbols' },
    { id: 'township-fill', present: ['background', 'township-line', 'rivers'], expected: 'rivers' },
    { id: 'urban-labels', present: ['background', 'township-fill'], expected: undefined },
    { id: 'osm-basemap', present: ['background', 'neighbour-fill'], expected: 'neighbour-fill' },
  ])('$id with $present on the map goes before $expected', ({ id, present, expected }) => {
    expect(beforeIdFor(id, (c) => present.includes(c))).toBe(expected);
  });
});

const feature = (layerId: string, id: string) =>
  ({ id, layer: { id: layerId } }) as unknown as MapGeoJSONFeature;

describe('topmostFirst and firstByLayer', () => {
  it.each([
    {
      name: 'a site over a township wins, whatever order the query returned',
      features: [feature('township-fill', 't1'), feature('site-symbols', 's1')],
      top: ['s1', 't1'],
    },
    {
      name: 'features of one layer keep their order',
      features: [feature('township-fill', 't1'), feature('township-fill', 't2')],
      top: ['t1', 't2'],
    },
    { name: 'nothing under the pointer', features: [], top: [] },
  ])('$name', ({ features, top }) => {
    expect(topmostFirst(features).map((f) => f.id)).toEqual(top);
  });

  it('keeps the first feature of each layer', () => {
    const first = firstByLayer([
      feature('site-symbols', 's1'),
      feature('township-fill', 't1'),
      feature('township-fill', 't2'),
    ]);
    expect(Object.fromEntries([...first].map(([id, f]) => [id, f.id]))).toEqual({
      'site-symbols': 's1',
      'township-fill': 't1',
    });
  });
});
