import type { Map as MapLibreMap } from 'maplibre-gl';

/** The credits of every source on the map now (OpenStreetMap's only while that basemap is on). */
export function attributions(map: MapLibreMap): string[] {
  return Object.values(map.getStyle().sources)
    .map((source) => ('attribution' in source ? source.attribution : undefined))
    .filter((a): a is string => typeof a === 'string');
}
