import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';

const key = Symbol('map-context');

/**
 * The map instance shared with layer components. MapView owns it: it sets `map` once the style has loaded
 * and clears it before `map.remove()`, so layers never touch a removed map.
 */
export class MapContext {
  map = $state<MapLibreMap | null>(null);
}

export function setMapContext(context: MapContext): MapContext {
  return setContext(key, context);
}

export function getMapContext(): MapContext {
  const context = getContext<MapContext | undefined>(key);
  if (!context) throw new Error('Map layers must be placed inside <MapView>.');
  return context;
}
