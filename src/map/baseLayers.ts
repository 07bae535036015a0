/**
 * The base map's lines and labels as plain style specs: county and neighbour outlines, township outlines,
 * rivers, and the four label layers with the points they are placed at. The layer components add these
 * (and theme them); the benchmark's "floor + labels" page (bench/floorLabels.ts) adds the same specs to a
 * bare MapLibre map, so that reference draws exactly what the app draws for its lines and labels.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import type { Locale } from '../domain';
import type { CountiesFile, TownshipsFile } from '../geo/geoFiles';
import type { LayerProperties, MapLayer } from './addLayer';
import { byState } from './featureState';
import type { LayerId } from './layerOrder';
import { labelFonts, nameField } from './style';
import { scaledTextSize, type MapTheme } from './theme';
import { urbanLabelMinZoom } from './zooms';

export const sourceIds = {
  counties: 'counties',
  neighbourLabels: 'neighbour-label-points',
  townships: 'townships',
  townshipLabels: 'township-label-points',
  rivers: 'rivers',
} as const;

export const isNeighbour: FilterSpecification = ['==', ['get', 'role'], 'neighbour'];
export const isCounty: FilterSpecification = ['==', ['get', 'role'], 'county'];

/** Where each neighbouring county's name goes (inside its part near Huize), for those that have one. */
export function neighbourLabelPoints(counties: CountiesFile): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: counties.features.flatMap((f) =>
      f.properties.role === 'neighbour' && f.properties.label
        ? [
            {
              type: 'Feature' as const,
              properties: { name_zh: f.properties.name_zh, name_en: f.properties.name_en },
              geometry: { type: 'Point' as const, coordinates: f.properties.label },
            },
          ]
        : [],
    ),
  };
}

/**
 * A point per township at its label position, with the township's properties (code, names, kind) and its
 * label's `rank`: where names collide, the higher rank is named (the layers' symbol-sort-key).
 */
export function townshipLabelPoints(
  townships: TownshipsFile,
  rank: (code: string) => number = () => 0,
): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: townships.features.map((f) => ({
      type: 'Feature',
      properties: { ...f.properties, label: undefined, rank: rank(f.properties.code) },
      geometry: { type: 'Point', coordinates: f.properties.label },
    })),
  };
}

/**
 * A township label's rank: every township the view is about (selected, or in the region) first, then the
 * others by how many records they hold, so the busiest are named before the empty ones.
 */
export function labelRank(records: number, shownFirst: boolean): number {
  return (shownFirst ? 10_000 : 0) + records;
}

export const neighbourLine = {
  id: 'neighbour-line',
  type: 'line',
  source: sourceIds.counties,
  filter: isNeighbour,
  paint: { 'line-width': 1 },
} satisfies MapLayer;

export const countyLine = {
  id: 'county-line',
  type: 'line',
  source: sourceIds.counties,
  filter: isCounty,
  layout: { 'line-join': 'round' },
  paint: { 'line-width': 2.5 },
} satisfies MapLayer;

/** Township outlines: dashed while the cells are schematic, so the map itself says they are not surveyed. */
export function townshipLine(precision: TownshipsFile['precision']) {
  return {
    id: 'township-line',
    type: 'line',
    source: sourceIds.townships,
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': '#5f6b73',
      'line-width': 0.9,
      ...(precision === 'schematic' ? { 'line-dasharray': [3, 2] } : {}),
    },
  } satisfies MapLayer;
}

const riverBlue = '#6a9fc6';

export const riverLine = {
  id: 'rivers',
  type: 'line',
  source: sourceIds.rivers,
  layout: { 'line-join': 'round', 'line-cap': 'round' },
  paint: {
    'line-color': riverBlue,
    // Named (major) rivers a little wider than the rest.
    'line-width': ['case', ['!=', ['get', 'name_zh'], null], 1.8, 0.9],
    'line-opacity': 0.85,
  },
} satisfies MapLayer;

export const riverLabels = {
  id: 'river-labels',
  type: 'symbol',
  source: sourceIds.rivers,
  filter: ['!=', ['get', 'name_zh'], null],
  layout: {
    'symbol-placement': 'line',
    'text-font': labelFonts,
    'text-letter-spacing': 0.3,
    'symbol-spacing': 400,
  },
  paint: { 'text-color': '#3f6f94', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
} satisfies MapLayer;

export const neighbourLabels = {
  id: 'neighbour-labels',
  type: 'symbol',
  source: sourceIds.neighbourLabels,
  layout: { 'text-font': labelFonts, 'text-letter-spacing': 0.2 },
  paint: { 'text-halo-width': 1.5 },
} satisfies MapLayer;

const townshipLabelLayer = (id: 'township-labels' | 'urban-labels') =>
  ({
    id,
    type: 'symbol',
    source: sourceIds.townshipLabels,
    layout: {
      'text-font': labelFonts,
      // Lower keys are placed first: the highest rank wins a collision.
      'symbol-sort-key': ['-', 0, ['coalesce', ['get', 'rank'], 0]],
      'text-padding': 1,
      'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
      'text-radial-offset': 0.9,
    },
    paint: {
      'text-color': byState(
        [
          ['selected', '#000000'],
          ['dim', '#6d6d6d'],
        ],
        '#1d1d1d',
      ),
      'text-halo-color': '#ffffff',
      'text-halo-width': byState([['selected', 3]], 1.4),
    },
  }) satisfies MapLayer;

/**
 * Two township label layers: the five urban 街道 share a few km² around the county seat, and their labels
 * appear from `urbanLabelMinZoom` on, where their cells are large enough to hold them, rather than
 * overprint. A layer's minzoom, unlike a zoom filter, is not rounded down to the tile's whole zoom.
 */
export const townshipLabels = {
  ...townshipLabelLayer('township-labels'),
  filter: ['!=', ['get', 'kind'], '街道'],
} satisfies MapLayer;
export const urbanLabels = {
  ...townshipLabelLayer('urban-labels'),
  filter: ['==', ['get', 'kind'], '街道'],
  minzoom: urbanLabelMinZoom,
} satisfies MapLayer;

const townshipLabelSize: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['zoom'],
  7,
  11,
  9,
  14,
  11,
  17,
];

type Themed = Partial<Record<LayerId, LayerProperties>>;

/** What of the county layers follows the language and the theme (set after they are added, and on change). */
export function themedCounties(locale: Locale, theme: MapTheme): Themed {
  return {
    'neighbour-fill': { paint: { 'fill-color': theme.neighbourFill } },
    'neighbour-line': { paint: { 'line-color': theme.neighbourLine } },
    'county-line': { paint: { 'line-color': theme.countyLine } },
    'neighbour-labels': {
      paint: { 'text-color': theme.neighbourLabel, 'text-halo-color': theme.neighbourLabelHalo },
      layout: { 'text-field': nameField(locale), 'text-size': scaledTextSize(14, theme.labelScale) },
    },
  };
}

export function themedRivers(locale: Locale, theme: MapTheme): Themed {
  return {
    'river-labels': {
      layout: { 'text-field': nameField(locale), 'text-size': scaledTextSize(12, theme.labelScale) },
    },
  };
}

/** Township names: pinyin rather than English names in English, sized by zoom and theme. */
export function themedTownshipLabels(locale: Locale, theme: MapTheme): Themed {
  const layout = {
    'text-field': nameField(locale, 'name_pinyin'),
    'text-size': scaledTextSize(townshipLabelSize, theme.labelScale),
  };
  return { 'township-labels': { layout }, 'urban-labels': { layout } };
}
