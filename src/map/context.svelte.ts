import { getContext, setContext } from 'svelte';
import type {
  Map as MapLibreMap,
  MapGeoJSONFeature,
  MapMouseEvent,
  MapTouchEvent,
  PointLike,
} from 'maplibre-gl';
import type { Cleanup } from './addLayer';
import type { Camera } from './interaction/camera.svelte';
import type { BoxCorners } from './interaction/boxShare';
import {
  firstByLayer,
  groupByLayer,
  isAdditive,
  longPress,
  pressStep,
  topmostFirst,
  type PointerHandlers,
  type PressEvent,
  type PressState,
} from './interaction/pointer';
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

  /**
   * Hands each layer with a box handler the features a box (in container pixels) touches, with the box's
   * corners in lng/lat: all four, as the map may be rotated and the box is then no lng/lat rectangle.
   */
  selectBox(box: [[number, number], [number, number]]): void {
    const [[left, top], [right, bottom]] = box;
    const at = (x: number, y: number) => this.map.unproject([x, y]).toArray();
    const corners: BoxCorners = [at(left, top), at(right, top), at(right, bottom), at(left, bottom)];
    for (const [id, features] of groupByLayer(this.featuresAt(box))) {
      this.#handlers.get(id)?.box?.(features, corners);
    }
  }

  /** Listens to the map's pointer events; MapView calls it once, when the map is ready. */
  attach(map: MapLibreMap): Cleanup {
    this.#map = map;
    const { step: press, stop: stopPress } = this.#press();
    const click = (e: MapMouseEvent) => {
      if (press({ type: 'click', at: e.originalEvent.timeStamp })) return;
      this.#clickAt(e.point, isAdditive(e.originalEvent));
    };
    const move = (e: MapMouseEvent) => this.#hover(this.featuresAt(e.point));
    const out = () => this.#hover([]);
    const touchStart = (e: MapTouchEvent) =>
      press({ type: 'start', point: e.point, touches: e.originalEvent.touches.length });
    const touchMove = (e: MapTouchEvent) => press({ type: 'move', point: e.point });
    const touchEnd = (e: MapTouchEvent) => press({ type: 'end', at: e.originalEvent.timeStamp });
    map.on('click', click);
    map.on('mousemove', move);
    map.on('mouseout', out);
    map.on('touchstart', touchStart);
    map.on('touchmove', touchMove);
    map.on('touchend', touchEnd);
    map.on('touchcancel', touchEnd);
    return () => {
      map.off('click', click);
      map.off('mousemove', move);
      map.off('mouseout', out);
      map.off('touchstart', touchStart);
      map.off('touchmove', touchMove);
      map.off('touchend', touchEnd);
      map.off('touchcancel', touchEnd);
      stopPress();
      this.#map = null;
    };
  }

  /** A click (or long press) at a point: the topmost interactive layer there takes it. */
  #clickAt(point: PointLike, additive: boolean): void {
    const top = this.topmostAt(point);
    const handler = top ? this.#handlers.get(top.layer.id as LayerId)?.click : undefined;
    if (top && handler) handler(top, { additive });
    // An additive click or long press on nothing adds nothing: it must not clear the selection either.
    else if (!top && !additive) this.onemptyclick?.();
  }

  /**
   * The long-press machine (`pressStep`) and its timer. `step` takes the next event and answers whether
   * it (a click) is to be dropped as the tail of a long press; `stop` ends a pending press.
   */
  #press(): { step: (event: PressEvent) => boolean; stop: () => void } {
    let state: PressState = { phase: 'idle' };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = (event: PressEvent): boolean => {
      const next = pressStep(state, event);
      // Every touchstart restarts the wait; leaving "pressing" (a move, a lift, the press firing) ends it.
      if (event.type === 'start' || next.state.phase !== 'pressing') clearTimeout(timer);
      if (event.type === 'start' && next.state.phase === 'pressing') {
        timer = setTimeout(() => step({ type: 'elapsed' }), longPress.ms);
      }
      state = next.state;
      if (next.longPressAt) this.#clickAt([next.longPressAt.x, next.longPressAt.y], true);
      return next.swallow === true;
    };
    return { step, stop: () => clearTimeout(timer) };
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
