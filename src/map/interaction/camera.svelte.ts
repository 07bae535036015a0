import type { Map as MapLibreMap, MapLibreEvent } from 'maplibre-gl';
import type { CameraView } from '../../domain';
import type { Bounds } from '../../geo/bounds';
import type { Cleanup } from '../addLayer';
import { clampPadding, innerBounds, sameBounds, contains, type Padding } from './viewport';

export type { Padding } from './viewport';

interface Target {
  bounds: Bounds;
  /**
   * Null: the camera's current padding (room for the overlays), read again at every refit; the sides given
   * replace those, and the sides not given follow the overlays as null does.
   */
  padding: Partial<Padding> | null;
  maxZoom: number | undefined;
  /** No farther than this, whatever the screen (the bounds then fill the view round their centre). */
  minZoom?: number;
  /**
   * subject: what the selection, region or tour shows (a link need not hold it: the state gives it back);
   * area: what the user moved the map to, or a link's area, shown again as such on any screen.
   */
  kind: 'subject' | 'area';
}

/** Selections and regions are shown no closer than this: a township stays recognisable in its county. */
export const fitMaxZoom = 10.5;
const flyMs = 600;
/** Camera positions equal to this precision are the same view (a URL rounds them so). */
const same = (a: number, b: number, eps: number) => Math.abs(a - b) < eps;

/**
 * The map's camera, for everyone who moves it: the township list, the tour, the region bar and a restored
 * link call `fit`, `showArea` or `jump` and need no map of their own. It can be used before the map exists
 * (what it is asked then is done once the map is there).
 *
 * A fit holds until the user moves the map: when the map's size or the room left by the overlays
 * (`padding`) changes, the same bounds are fitted again, so what was shown stays in view, clear of the
 * overlays, without anyone waiting for layout frames. After the user moves the map, the area they look at
 * is held the same way, and reported (`onmove`) so that a link can show that area on another screen.
 */
export class Camera {
  /** Room kept free around what a fit shows, for the overlays over the map; set as they are measured. */
  padding = $state<Padding>({ top: 40, right: 40, bottom: 40, left: 40 });
  /**
   * Told after every move: the area the user looks at (clear of the overlays), or null when the view is
   * the one the selection, region or home gives.
   */
  onmove: ((area: Bounds | null) => void) | undefined;
  /** The first view: the whole county, with the overlays' padding unless one is given. */
  readonly home: { bounds: Bounds; padding?: Padding };
  #map: MapLibreMap | null = null;
  #target: Target | null = null;
  #pendingView: CameraView | null = null;
  #held = 0;

  constructor(home: { bounds: Bounds; padding?: Padding }) {
    this.home = home;
  }

  /**
   * Shows `bounds` (flying there), keeping `padding` (default: the overlays' padding) free, no closer than
   * `maxZoom` (default `fitMaxZoom`; null: MapLibre's own limit).
   */
  fit(
    bounds: Bounds,
    options: {
      padding?: Partial<Padding>;
      maxZoom?: number | null;
      minZoom?: number;
      animate?: boolean;
    } = {},
  ): void {
    const maxZoom = options.maxZoom === null ? undefined : (options.maxZoom ?? fitMaxZoom);
    this.#target = {
      bounds,
      padding: options.padding ?? null,
      maxZoom,
      minZoom: options.minZoom,
      kind: 'subject',
    };
    this.#pendingView = null;
    this.#apply(options.animate ?? true);
  }

  /** Fits `bounds` only when part of them is out of view or under an overlay (a click on the map). */
  reveal(bounds: Bounds): void {
    const map = this.#map;
    if (map && contains(this.#visibleArea(map), bounds)) return;
    this.fit(bounds);
  }

  /** Shows an area a user looked at (from a link): all of it, clear of the overlays, at any screen size. */
  showArea(bounds: Bounds, options: { animate?: boolean } = {}): void {
    if (this.#target?.kind === 'area' && sameBounds(this.#target.bounds, bounds)) return;
    this.#target = { bounds, padding: null, maxZoom: undefined, kind: 'area' };
    this.#pendingView = null;
    this.#apply(options.animate ?? false);
  }

  /**
   * What the view shows, for a picture of it: the bounds last fitted or held (the county, a township, a
   * region, the area the user moved to), else the part of the map clear of the overlays.
   */
  shown(): Bounds | null {
    const map = this.#map;
    return this.#target?.bounds ?? (map ? this.#visibleArea(map) : null);
  }

  /** Jumps to a centre and zoom (links made before areas were); nothing happens when already there. */
  jump(view: CameraView): void {
    const map = this.#map;
    if (!map) {
      this.#target = null;
      this.#pendingView = view;
      return;
    }
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
    // A fit that takes any side from the overlays follows them.
    const asked = this.#target?.padding;
    if (asked === null || (asked && Object.keys(asked).length < 4)) this.#apply(false);
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

  /** Takes the map once its style has loaded: fits the home view, then what was asked before. */
  attach(map: MapLibreMap): Cleanup {
    this.#map = map;
    // The container may have changed size while the style loaded (fonts, panels).
    map.resize();
    const asked = this.#target;
    const view = this.#pendingView;
    // The home view is where the map already is: not a move to report (the address bar stays clean).
    this.#target = {
      bounds: this.home.bounds,
      padding: this.home.padding ?? null,
      maxZoom: undefined,
      kind: 'subject',
    };
    this.#apply(false);
    const moved = () => {
      if (this.#held) return;
      if (!this.#target) {
        // The user moved the map: hold the area they now look at, as a link will show it.
        this.#target = { bounds: this.#visibleArea(map), padding: null, maxZoom: undefined, kind: 'area' };
      }
      this.onmove?.(this.#target.kind === 'area' ? this.#target.bounds : null);
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
    // What was asked before the map existed (a tour step, a link's area) is a move like any other.
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

  #padding(map: MapLibreMap, asked: Partial<Padding> | null): Padding {
    const canvas = map.getCanvas();
    return clampPadding(
      { ...this.padding, ...asked },
      { width: canvas.clientWidth, height: canvas.clientHeight },
    );
  }

  /** The part of the map not under an overlay, in lon/lat. */
  #visibleArea(map: MapLibreMap): Bounds {
    const canvas = map.getCanvas();
    const size = { width: canvas.clientWidth, height: canvas.clientHeight };
    return innerBounds(
      size,
      this.#padding(map, null),
      (x, y) => map.unproject([x, y]).toArray() as [number, number],
    );
  }

  #apply(animate: boolean): void {
    const map = this.#map;
    const target = this.#target;
    if (!map || !target) return;
    const options = {
      padding: this.#padding(map, target.padding),
      // An explicit `maxZoom: undefined` would override MapLibre's own limit and give NaN.
      ...(target.maxZoom === undefined ? {} : { maxZoom: target.maxZoom }),
      duration: animate ? flyMs : 0,
    };
    if (target.minZoom === undefined) {
      map.fitBounds(target.bounds, options);
      return;
    }
    // The centre MapLibre finds keeps the bounds in the middle of the room the overlays leave.
    const camera = map.cameraForBounds(target.bounds, options);
    if (!camera) return;
    map.easeTo({ ...camera, zoom: Math.max(camera.zoom ?? 0, target.minZoom), duration: options.duration });
  }
}
