import type { Map as MapLibreMap, MapLibreEvent } from 'maplibre-gl';
import type { CameraView } from '../../domain';
import type { Bounds } from '../../geo/bounds';
import type { Cleanup } from '../addLayer';

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

interface Target {
  bounds: Bounds;
  /** Null: the camera's current padding, read again at every refit. */
  padding: Padding | null;
  maxZoom: number | undefined;
}

/** Selections and regions are shown no closer than this: a township stays recognisable in its county. */
export const fitMaxZoom = 10.5;
const flyMs = 600;
/** Camera positions equal to this precision are the same view (a URL rounds them so). */
const same = (a: number, b: number, eps: number) => Math.abs(a - b) < eps;

/**
 * The map's camera, for everyone who moves it: the township list, the tour, the region bar and a restored
 * link call `fit(bounds)` or `jump(view)` and need no map of their own. It can be used before the map
 * exists (what it is asked then is done once the map is there).
 *
 * A fit holds until the user moves the map: when the map's size or the room left by the overlays
 * (`padding`) changes, the same bounds are fitted again, so a fitted township stays in view when a panel
 * opens or the window changes, without anyone waiting for layout frames.
 */
export class Camera {
  /** Room kept free around what a fit shows, for the overlays over the map; set as they are measured. */
  padding = $state<Padding>({ top: 40, right: 40, bottom: 40, left: 40 });
  /** Told the settled view after every move (for the address bar). */
  onmove: ((view: CameraView) => void) | undefined;
  readonly home: { bounds: Bounds; padding: Padding };
  #map: MapLibreMap | null = null;
  #target: Target | null = null;
  #pendingView: CameraView | null = null;
  #held = 0;

  constructor(home: { bounds: Bounds; padding: Padding }) {
    this.home = home;
  }

  /** Shows `bounds` (flying there), keeping `padding` (default: the overlays' padding) free. */
  fit(
    bounds: Bounds,
    padding: Padding | null = null,
    options: { maxZoom?: number; animate?: boolean } = {},
  ): void {
    this.#target = { bounds, padding, maxZoom: options.maxZoom ?? fitMaxZoom };
    this.#pendingView = null;
    this.#apply(options.animate ?? true);
  }

  /** Jumps to a view (from a link or Back/Forward); nothing happens when the map is already there. */
  jump(view: CameraView): void {
    const map = this.#map;
    if (!map) {
      this.#target = null;
      this.#pendingView = view;
      return;
    }
    // The view the camera itself reported (after a fit) comes back through the address bar: not a move.
    const c = map.getCenter();
    if (same(c.lng, view.lon, 1e-4) && same(c.lat, view.lat, 1e-4) && same(map.getZoom(), view.zoom, 0.01))
      return;
    this.#target = null;
    map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
  }

  setPadding(padding: Padding): void {
    const p = this.padding;
    if (
      p.top === padding.top &&
      p.right === padding.right &&
      p.bottom === padding.bottom &&
      p.left === padding.left
    )
      return;
    this.padding = padding;
    if (this.#target?.padding === null) this.#apply(false);
  }

  /** Runs `work` with the camera's own refits off (an export resizes and moves the map for a moment). */
  async hold<T>(work: () => Promise<T>): Promise<T> {
    this.#held++;
    try {
      return await work();
    } finally {
      this.#held--;
    }
  }

  /** Takes the map once its style has loaded: fits what was asked before, else the home view. */
  attach(map: MapLibreMap): Cleanup {
    this.#map = map;
    // The container may have changed size while the style loaded (fonts, panels).
    map.resize();
    const asked = this.#target;
    const view = this.#pendingView;
    // The home view is where the map already is: not a move to report (the address bar stays clean).
    this.#target = { bounds: this.home.bounds, padding: this.home.padding, maxZoom: undefined };
    this.#apply(false);
    const moved = () => {
      const c = map.getCenter();
      this.onmove?.({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
    };
    // A move the user makes (drag, wheel, keys, zoom buttons) ends the hold of the last fit.
    const userMove = (e: MapLibreEvent<unknown>) => {
      if (e.originalEvent) this.#target = null;
    };
    const resized = () => {
      if (!this.#held) this.#apply(false);
    };
    map.on('moveend', moved);
    map.on('movestart', userMove);
    map.on('resize', resized);
    // What was asked before the map existed (a tour step, a link's view) is a move like any other.
    if (asked) {
      this.#target = asked;
      this.#apply(false);
    }
    if (view) this.jump(view);
    return () => {
      map.off('moveend', moved);
      map.off('movestart', userMove);
      map.off('resize', resized);
      this.#map = null;
    };
  }

  #apply(animate: boolean): void {
    const map = this.#map;
    const target = this.#target;
    if (!map || !target) return;
    map.fitBounds(target.bounds, {
      padding: target.padding ?? this.padding,
      // An explicit `maxZoom: undefined` would override MapLibre's own limit and give NaN.
      ...(target.maxZoom === undefined ? {} : { maxZoom: target.maxZoom }),
      duration: animate ? flyMs : 0,
    });
  }
}
