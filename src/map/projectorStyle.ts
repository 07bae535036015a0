import { type ProjectorTheme } from '../domain';

/** One paint or layout value that presentation mode sets on a layer (and puts back afterwards). */
export interface StyleOverride {
  layer: string;
  kind: 'paint' | 'layout';
  property: string;
  value: unknown;
}

/** How much larger labels are drawn on a projector. */
export const projectorLabelScale = 1.45;

/**
 * A label size multiplied by `factor`. Zoom curves can only be scaled stop by stop (MapLibre allows
 * `['zoom']` only as the input of a top-level interpolate or step), so those are rebuilt.
 */
export function scaledTextSize(size: unknown, factor: number): unknown {
  if (typeof size === 'number') return Math.round(size * factor * 10) / 10;
  if (Array.isArray(size) && (size[0] === 'interpolate' || size[0] === 'step')) {
    const head = size[0] === 'interpolate' ? 3 : 2;
    return size.map((part: unknown, i: number) => {
      if (i < head) return part;
      if (size[0] === 'step' && i === 2) return scaledTextSize(part, factor);
      const isOutput = size[0] === 'interpolate' ? (i - head) % 2 === 1 : (i - head) % 2 === 0;
      return isOutput ? scaledTextSize(part, factor) : part;
    });
  }
  return size;
}

const labelLayers = ['township-labels', 'neighbour-labels', 'river-labels'];

/**
 * The projector look. Both themes enlarge labels. Dark darkens what lies outside Huize; the county itself
 * stays on white so the choropleth keeps exactly the colours its legend shows.
 */
export function projectorOverrides(
  theme: ProjectorTheme,
  currentTextSize: (layer: string) => unknown,
): StyleOverride[] {
  const sizes: StyleOverride[] = labelLayers.map((layer) => ({
    layer,
    kind: 'layout',
    property: 'text-size',
    value: scaledTextSize(currentTextSize(layer), projectorLabelScale),
  }));
  if (theme === 'light') return sizes;
  const paint = (layer: string, property: string, value: unknown): StyleOverride => ({
    layer,
    kind: 'paint',
    property,
    value,
  });
  return [
    ...sizes,
    paint('background', 'background-color', '#15181c'),
    paint('neighbour-fill', 'fill-color', '#262a30'),
    paint('neighbour-line', 'line-color', '#59616b'),
    paint('neighbour-labels', 'text-color', '#c9ced4'),
    paint('neighbour-labels', 'text-halo-color', '#15181c'),
    paint('county-line', 'line-color', '#f2c14e'),
  ];
}
