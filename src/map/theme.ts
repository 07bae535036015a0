import type { ProjectorTheme } from '../domain';
import { paper } from './style';

/**
 * The map's colours and label size for each way it is shown: at a desk, or on a projector in the light or
 * dark theme. Each layer reads its own entries and applies them itself. There are no entries for the county
 * fill or the townships: the choropleth keeps exactly the colours its legend shows in every theme.
 */
export interface MapTheme {
  /** Factor on every label size (projectors are read from the back of a room). */
  labelScale: number;
  background: string;
  neighbourFill: string;
  neighbourLine: string;
  neighbourLabel: string;
  neighbourLabelHalo: string;
  countyLine: string;
}

export type MapThemeName = 'desk' | ProjectorTheme;

const desk: MapTheme = {
  labelScale: 1,
  background: paper,
  neighbourFill: '#e4e2dc',
  neighbourLine: '#b3afa6',
  neighbourLabel: '#7a766d',
  neighbourLabelHalo: paper,
  countyLine: '#2b2b2b',
};

/** How much larger labels are drawn on a projector. */
export const projectorLabelScale = 1.45;

export const mapThemes: Record<MapThemeName, MapTheme> = {
  desk,
  light: { ...desk, labelScale: projectorLabelScale },
  // Dark darkens what lies outside Huize; the county itself stays on white.
  dark: {
    labelScale: projectorLabelScale,
    background: '#15181c',
    neighbourFill: '#262a30',
    neighbourLine: '#59616b',
    neighbourLabel: '#c9ced4',
    neighbourLabelHalo: '#15181c',
    countyLine: '#f2c14e',
  },
};

export function mapThemeName(presenting: boolean, theme: ProjectorTheme): MapThemeName {
  return presenting ? theme : 'desk';
}

/**
 * A label size multiplied by `factor`. Zoom curves can only be scaled stop by stop (MapLibre allows
 * `['zoom']` only as the input of a top-level interpolate or step), so those are rebuilt.
 */
export function scaledTextSize<T>(size: T, factor: number): T {
  if (factor === 1) return size;
  if (typeof size === 'number') return (Math.round(size * factor * 10) / 10) as T;
  if (Array.isArray(size) && (size[0] === 'interpolate' || size[0] === 'step')) {
    const head = size[0] === 'interpolate' ? 3 : 2;
    return size.map((part: unknown, i: number) => {
      if (i < head) return part;
      if (size[0] === 'step' && i === 2) return scaledTextSize(part, factor);
      const isOutput = size[0] === 'interpolate' ? (i - head) % 2 === 1 : (i - head) % 2 === 0;
      return isOutput ? scaledTextSize(part, factor) : part;
    }) as T;
  }
  return size;
}
