import type {
  AddLayerObject,
  GeoJSONSource,
  GeoJSONSourceSpecification,
  Map as MapLibreMap,
  SourceSpecification,
} from 'maplibre-gl';
import { beforeIdFor, type LayerId } from './layerOrder';

export type Cleanup = () => void;
export type MapLayer = AddLayerObject & { id: LayerId };

/**
 * Adds a layer at the place `layerOrder` gives it, whatever order the components mount in, and returns its
 * removal, so a layer's id is written once, where it is added. The removal is safe while the map is being
 * torn down.
 */
export function addLayer(map: MapLibreMap, spec: MapLayer): Cleanup {
  map.addLayer(
    spec,
    beforeIdFor(spec.id, (id) => map.getLayer(id) !== undefined),
  );
  return () => {
    if (map.style && map.getLayer(spec.id)) map.removeLayer(spec.id);
  };
}

/** Adds a source and returns its removal (run it after the removal of the layers that draw it). */
export function addSource(map: MapLibreMap, id: string, source: SourceSpecification): Cleanup {
  map.addSource(id, source);
  return () => {
    if (map.style && map.getSource(id)) map.removeSource(id);
  };
}

type GeoJsonData = GeoJSONSourceSpecification['data'];

/** A GeoJSON source that is added once and then updated in place (see `geojsonSource`). */
export interface GeoJsonSource {
  /** Adds the source with this data; call it from an effect that reads nothing that changes. */
  add: (data: GeoJsonData) => Cleanup;
  /** Gives the source new data (`setData`); data it already holds is skipped. */
  update: (data: GeoJsonData) => void;
}

/**
 * As svelte-maplibre-gl's RawSource: a source's data changes through `setData`, while the source and its
 * layers stay. Removing and re-adding them on each change redid the layers' place in the style, their
 * symbol placement and every tile (issue 22, item 5). The first `update` after `add` gets the same data
 * and costs nothing.
 */
export function geojsonSource(
  map: MapLibreMap,
  id: string,
  options: Omit<GeoJSONSourceSpecification, 'type' | 'data'> = {},
): GeoJsonSource {
  let held: GeoJsonData | undefined;
  return {
    add(data) {
      held = data;
      const remove = addSource(map, id, { ...options, type: 'geojson', data });
      return () => {
        held = undefined;
        remove();
      };
    },
    update(data) {
      if (data === held) return;
      held = data;
      map.getSource<GeoJSONSource>(id)?.setData(data);
    },
  };
}

/** Runs cleanups last first: layers go before the sources they draw. */
export function cleanupAll(cleanups: readonly Cleanup[]): Cleanup {
  return () => {
    for (const cleanup of [...cleanups].reverse()) cleanup();
  };
}

/** Paint and layout values of a layer that follow something that changes (the theme, the language). */
export interface LayerProperties {
  paint?: Record<string, unknown>;
  layout?: Record<string, unknown>;
}

/**
 * Sets such values on the layers a component added, without re-adding them (a source re-added re-tiles).
 * MapLibre skips a value equal to the current one, so calling this with unchanged values costs nothing.
 */
export function applyProperties(map: MapLibreMap, table: Partial<Record<LayerId, LayerProperties>>): void {
  for (const [id, { paint = {}, layout = {} } = {}] of Object.entries(table) as [
    LayerId,
    LayerProperties,
  ][]) {
    if (!map.getLayer(id)) continue;
    for (const [name, value] of Object.entries(paint)) map.setPaintProperty(id, name, value);
    for (const [name, value] of Object.entries(layout)) map.setLayoutProperty(id, name, value);
  }
}
