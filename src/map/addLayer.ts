import type { AddLayerObject, Map as MapLibreMap } from 'maplibre-gl';
import { beforeIdFor } from './layerOrder';

/** Adds a layer at the place `layerOrder` gives it, whatever order the components mount in. */
export function addOrderedLayer(map: MapLibreMap, layer: AddLayerObject): void {
  map.addLayer(
    layer,
    beforeIdFor(layer.id, (id) => map.getLayer(id) !== undefined),
  );
}

/** Removes layers (if still there) and then their source; safe to call while the map is being torn down. */
export function removeLayersAndSource(map: MapLibreMap, layerIds: readonly string[], sourceId: string): void {
  if (!map.style) return;
  for (const id of layerIds) if (map.getLayer(id)) map.removeLayer(id);
  if (map.getSource(sourceId)) map.removeSource(sourceId);
}
