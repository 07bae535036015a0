import { describe, expect, it } from 'vitest';
import { cameraMove, linkLook, type Whereabouts } from '../../../src/app/cameraRules';
import type { Bounds } from '../../../src/geo/bounds';
import { urbanFitMaxZoom, urbanLabelMinZoom } from '../../../src/map/zooms';

// Two townships side by side, one urban cell, and a site in the first township.
const cells: Record<string, Bounds> = {
  a: [
    [103.0, 26.0],
    [103.2, 26.2],
  ],
  b: [
    [103.2, 26.0],
    [103.5, 26.3],
  ],
  u: [
    [103.28, 26.41],
    [103.3, 26.43],
  ],
};
const where: Whereabouts = {
  boundsOfTownships: (codes) => {
    const boxes = codes.map((c) => cells[c]).filter((b): b is Bounds => b !== undefined);
    if (!boxes.length) return null;
    return [
      [Math.min(...boxes.map((b) => b[0][0])), Math.min(...boxes.map((b) => b[0][1]))],
      [Math.max(...boxes.map((b) => b[1][0])), Math.max(...boxes.map((b) => b[1][1]))],
    ];
  },
  sitePoint: (id) => (id === 's' ? [103.1, 26.1] : null),
  siteTownship: (id) => (id === 's' ? 'a' : null),
  urban: ['u'],
};

describe('cameraMove', () => {
  it.each([
    ['stay', { kind: 'stay' } as const, { kind: 'stay' }],
    ['county', { kind: 'county' } as const, { kind: 'county' }],
    ['back is the controller’s to keep', { kind: 'back' } as const, { kind: 'stay' }],
    [
      'a township is revealed by its cell',
      { kind: 'reveal', townships: ['a'], sites: [] } as const,
      { kind: 'reveal', bounds: cells.a },
    ],
    [
      'two townships are fitted together',
      { kind: 'fit', townships: ['a', 'b'], sites: [] } as const,
      {
        kind: 'fit',
        bounds: [
          [103.0, 26.0],
          [103.5, 26.3],
        ],
      },
    ],
    [
      'a site is revealed at its point',
      { kind: 'reveal', townships: [], sites: ['s'] } as const,
      {
        kind: 'reveal',
        bounds: [
          [103.1, 26.1],
          [103.1, 26.1],
        ],
      },
    ],
    [
      'an urban cell alone is fitted close enough for its name',
      { kind: 'fit', townships: ['u'], sites: [] } as const,
      { kind: 'fit', bounds: cells.u, maxZoom: urbanFitMaxZoom, minZoom: urbanLabelMinZoom },
    ],
    [
      'an unknown place moves nothing',
      { kind: 'fit', townships: ['x'], sites: ['y'] } as const,
      { kind: 'stay' },
    ],
  ])('%s', (_name, look, move) => {
    expect(cameraMove(look, where)).toEqual(move);
  });
});

describe('linkLook: a link shows its region and its selection together', () => {
  it.each([
    ['nothing: the county', { region: [], selection: null }, { kind: 'county' }],
    [
      'a township',
      { region: [], selection: { kind: 'township', code: 'a' } },
      { kind: 'fit', townships: ['a'], sites: [] },
    ],
    [
      'a site: its township',
      { region: [], selection: { kind: 'site', id: 's' } },
      { kind: 'fit', townships: ['a'], sites: [] },
    ],
    [
      'a region and a township outside it: both',
      { region: ['b'], selection: { kind: 'township', code: 'u' } },
      { kind: 'fit', townships: ['b', 'u'], sites: [] },
    ],
    [
      'a region and a member: the region',
      { region: ['a', 'b'], selection: { kind: 'township', code: 'a' } },
      { kind: 'fit', townships: ['a', 'b'], sites: [] },
    ],
  ] as const)('%s', (_name, view, look) => {
    expect(linkLook(view, where)).toEqual(look);
  });
});
