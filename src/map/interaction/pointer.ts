import type { MapGeoJSONFeature } from 'maplibre-gl';
import { layer, type LayerId } from '../layerOrder';

/** What a layer does with the pointer; each layer registers its own through the map context. */
export interface PointerHandlers {
  /** The layer is the topmost interactive one under a click. */
  click?: (feature: MapGeoJSONFeature, event: { shiftKey: boolean }) => void;
  /** The layer's feature under the pointer, or null once the pointer has left it (called on change only). */
  hover?: (feature: MapGeoJSONFeature | null) => void;
  /** The layer's features inside a shift-dragged box. */
  box?: (features: MapGeoJSONFeature[]) => void;
}

/** Features sorted topmost first by their layer's place in `layerOrder` (then as MapLibre returned them). */
export function topmostFirst(features: readonly MapGeoJSONFeature[]): MapGeoJSONFeature[] {
  return features
    .map((feature, i) => ({ feature, i, z: layer(feature.layer.id).z }))
    .sort((a, b) => b.z - a.z || a.i - b.i)
    .map((x) => x.feature);
}

/** The first feature of each layer among `features` (topmost first). */
export function firstByLayer(features: readonly MapGeoJSONFeature[]): Map<LayerId, MapGeoJSONFeature> {
  const first = new Map<LayerId, MapGeoJSONFeature>();
  for (const f of features) {
    const id = f.layer.id as LayerId;
    if (!first.has(id)) first.set(id, f);
  }
  return first;
}

/** Features grouped by their layer, in the order given. */
export function groupByLayer(features: readonly MapGeoJSONFeature[]): Map<LayerId, MapGeoJSONFeature[]> {
  const groups = new Map<LayerId, MapGeoJSONFeature[]>();
  for (const f of features) {
    const id = f.layer.id as LayerId;
    groups.set(id, [...(groups.get(id) ?? []), f]);
  }
  return groups;
}
