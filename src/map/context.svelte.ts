import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap, MapGeoJSONFeature, MapMouseEvent, PointLike } from 'maplibre-gl';
import type { Cleanup } from './addLayer';
import type { Camera } from './interaction/camera.svelte';
import { firstByLayer, groupByLayer, topmostFirst, type PointerHandlers } from './interaction/pointer';
import { interactiveLayers, layer, type LayerId } from './layerOrder';
import { mapThemes, type MapTheme } from './theme';

const key = Symbol('map-context');

/**
 * The map shared with the components inside <MapView>: the one MapLibre instance, the camera, the theme
 * every layer applies to itself, and the pointer: layers register what they do on click, hover and box,
 * and the context alone decides which interactive layer is on top under the pointer (`layerOrder`), so no
 * layer queries another's ids.
 *
 * MapView sets the map once its style has loaded and renders its children only then, so inside them `map`
 * is always there.
 */
export class MapContext {
  #map = $state<MapLibreMap | null>(null);
  theme = $state<MapTheme>(mapThemes.desk);
  readonly camera: Camera;
  /** Called for a click on no interactive feature (e.g. to clear the selection). */
  onemptyclick: (() => void) | undefined;
  // Plain maps on purpose: nothing renders from the registered handlers or the hover bookkeeping, and
  // reactive ones would make every pointer move wake effects.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #handlers = new Map<LayerId, PointerHandlers>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #hovered = new Map<LayerId, string | number | undefined>();

  constructor(camera: Camera) {
    this.camera = camera;
  }

  get ready(): boolean {
    return this.#map !== null;
  }

  get map(): MapLibreMap {
    if (!this.#map) throw new Error('The map is not ready: map layers render inside <MapView> only.');
    return this.#map;
  }

  /** Registers a layer's pointer handlers; only layers marked interactive in `layerOrder` may. */
  interact(id: LayerId, handlers: PointerHandlers): Cleanup {
    if (!layer(id).interactive) throw new Error(`Layer "${id}" is not interactive in layerOrder.`);
    this.#handlers.set(id, handlers);
    return () => {
      if (this.#handlers.get(id) === handlers) this.#handlers.delete(id);
      this.#hovered.delete(id);
    };
  }

  /** The interactive features under a point or inside a box, topmost first. */
  featuresAt(where: PointLike | [PointLike, PointLike]): MapGeoJSONFeature[] {
    const map = this.map;
    const layers = interactiveLayers.filter((id) => this.#handlers.has(id) && map.getLayer(id));
    if (layers.length === 0) return [];
    return topmostFirst(map.queryRenderedFeatures(where, { layers }));
  }

  /** The topmost interactive feature under a point, if any. */
  topmostAt(point: PointLike): MapGeoJSONFeature | null {
    return this.featuresAt(point)[0] ?? null;
  }

  /** Hands each layer with a box handler its features inside a box (in container pixels). */
  selectBox(box: [PointLike, PointLike]): void {
    for (const [id, feature] of groupByLayer(this.featuresAt(box))) this.#handlers.get(id)?.box?.(feature);
  }

  /** Listens to the map's pointer events; MapView calls it once, when the map is ready. */
  attach(map: MapLibreMap): Cleanup {
    this.#map = map;
    const click = (e: MapMouseEvent) => {
      const top = this.topmostAt(e.point);
      const handler = top ? this.#handlers.get(top.layer.id as LayerId)?.click : undefined;
      if (top && handler) handler(top, { shiftKey: e.originalEvent.shiftKey });
      else if (!top) this.onemptyclick?.();
    };
    const move = (e: MapMouseEvent) => this.#hover(this.featuresAt(e.point));
    const out = () => this.#hover([]);
    map.on('click', click);
    map.on('mousemove', move);
    map.on('mouseout', out);
    return () => {
      map.off('click', click);
      map.off('mousemove', move);
      map.off('mouseout', out);
      this.#map = null;
    };
  }

  #hover(features: MapGeoJSONFeature[]): void {
    const map = this.map;
    const first = firstByLayer(features);
    for (const [id, handlers] of this.#handlers) {
      const feature = first.get(id) ?? null;
      const featureId = feature?.id;
      if (this.#hovered.has(id) && this.#hovered.get(id) === featureId) continue;
      this.#hovered.set(id, featureId);
      handlers.hover?.(feature);
    }
    map.getCanvas().style.cursor = features.some((f) => this.#handlers.get(f.layer.id as LayerId)?.click)
      ? 'pointer'
      : '';
  }
}

export function setMapContext(context: MapContext): MapContext {
  return setContext(key, context);
}

export function getMapContext(): MapContext {
  const context = getContext<MapContext | undefined>(key);
  if (!context) throw new Error('Map layers must be placed inside <MapView>.');
  return context;
}
