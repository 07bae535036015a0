import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { Camera, fitMaxZoom } from '../../../src/map/interaction/camera.svelte';
import type { Bounds } from '../../../src/geo/bounds';

/**
 * Just enough of a map for the camera: a 1000 × 500 px canvas showing lon 103–104, lat 26–26.5 (linear),
 * that records what it is asked and emits the events the camera listens to.
 */
function fakeMap() {
  const listeners = new Map<string, Set<(e: unknown) => void>>();
  const calls: { kind: string; args: unknown }[] = [];
  let center = { lng: 103.5, lat: 26.25 };
  let zoom = 8;
  const map = {
    on: (type: string, fn: (e: unknown) => void) =>
      listeners.set(type, new Set([...(listeners.get(type) ?? []), fn])),
    off: (type: string, fn: (e: unknown) => void) => listeners.get(type)?.delete(fn),
    resize: () => calls.push({ kind: 'resize', args: null }),
    getCanvas: () => ({ clientWidth: 1000, clientHeight: 500 }),
    unproject: ([x, y]: [number, number]) => ({ toArray: () => [103 + x / 1000, 26.5 - y / 1000] }),
    getCenter: () => center,
    getZoom: () => zoom,
    fitBounds: (bounds: Bounds, options: unknown) => calls.push({ kind: 'fit', args: { bounds, options } }),
    jumpTo: (options: { center: [number, number]; zoom: number }) => {
      center = { lng: options.center[0], lat: options.center[1] };
      zoom = options.zoom;
      calls.push({ kind: 'jump', args: options });
    },
  };
  const emit = (type: string, event: unknown = {}) => listeners.get(type)?.forEach((fn) => fn(event));
  return {
    map: map as unknown as MapLibreMap,
    calls,
    emit,
    fits: () => calls.filter((c) => c.kind === 'fit'),
  };
}

const home: Bounds = [
  [103.0, 25.9],
  [103.7, 26.7],
];
const township: Bounds = [
  [103.2, 26.2],
  [103.3, 26.3],
];
const pad = (n: number) => ({ top: n, right: n, bottom: n, left: n });
const lastFit = (fits: { args: unknown }[]) =>
  fits.at(-1)!.args as { bounds: Bounds; options: Record<string, unknown> };

describe('Camera', () => {
  it('fits the home view when it takes the map, then what was asked before the map existed', () => {
    const plain = fakeMap();
    new Camera({ bounds: home, padding: pad(10) }).attach(plain.map);
    // Strict: a `maxZoom: undefined` key would override MapLibre's own limit (NaN camera).
    expect(plain.fits()).toStrictEqual([
      { kind: 'fit', args: { bounds: home, options: { padding: pad(10), duration: 0 } } },
    ]);

    const early = fakeMap();
    const camera = new Camera({ bounds: home, padding: pad(10) });
    camera.fit(township);
    camera.attach(early.map);
    expect(early.fits().map((c) => (c.args as { bounds: Bounds }).bounds)).toEqual([home, township]);
  });

  it('flies to a fit with the overlays’ padding and the maximum zoom', () => {
    const { map, fits } = fakeMap();
    const camera = new Camera({ bounds: home, padding: pad(10) });
    camera.attach(map);
    camera.setPadding(pad(55));
    camera.fit(township);
    expect(lastFit(fits())).toEqual({
      bounds: township,
      options: { padding: pad(55), maxZoom: fitMaxZoom, duration: 600 },
    });
  });

  it('scales down a padding the map cannot hold (a phone in landscape)', () => {
    const { map, fits } = fakeMap();
    const camera = new Camera({ bounds: home, padding: pad(10) });
    camera.attach(map);
    camera.setPadding({ top: 300, right: 0, bottom: 300, left: 0 });
    camera.fit(township);
    const padding = lastFit(fits()).options.padding as { top: number; bottom: number };
    expect(padding.top + padding.bottom).toBeCloseTo(500 * 0.7);
  });

  it('fits again when the map is resized or the padding changes, until the user moves the map', () => {
    const { map, fits, emit } = fakeMap();
    const camera = new Camera({ bounds: home, padding: pad(10) });
    camera.attach(map);
    camera.fit(township);
    const before = fits().length;
    emit('resize');
    camera.setPadding(pad(80));
    expect(fits().length).toBe(before + 2);
    expect(lastFit(fits())).toMatchObject({ bounds: township, options: { padding: pad(80), duration: 0 } });
    emit('movestart', { originalEvent: new Event('wheel') });
    camera.setPadding(pad(20));
    expect(fits().length).toBe(before + 2);
  });

  it('after a move of the user’s, reports the area clear of the overlays and holds it on resize', () => {
    const { map, fits, emit } = fakeMap();
    const camera = new Camera({ bounds: home, padding: pad(10) });
    const reported: (Bounds | null)[] = [];
    camera.onmove = (area) => reported.push(area);
    camera.attach(map);
    camera.setPadding({ top: 0, right: 0, bottom: 100, left: 200 });
    camera.fit(township);
    emit('moveend');
    emit('movestart', { originalEvent: new Event('mousedown') });
    emit('moveend');
    const area: Bounds = [
      [103.2, 26.1],
      [104, 26.5],
    ];
    expect(reported).toEqual([null, area]);
    emit('resize');
    expect(lastFit(fits()).bounds).toEqual(area);
  });

  it('shows a link’s area, and does not move for the same area again', () => {
    const { map, fits } = fakeMap();
    const camera = new Camera({ bounds: home, padding: pad(10) });
    camera.attach(map);
    camera.showArea(township);
    const n = fits().length;
    expect(lastFit(fits())).toEqual({ bounds: township, options: { padding: pad(40), duration: 0 } });
    camera.showArea([
      [103.20001, 26.2],
      [103.3, 26.30001],
    ]);
    expect(fits().length).toBe(n);
  });

  it('reveals a township only when part of it is out of view', () => {
    const { map, fits } = fakeMap();
    const camera = new Camera({ bounds: home, padding: pad(10) });
    camera.attach(map);
    camera.setPadding(pad(20));
    const n = fits().length;
    camera.reveal(township);
    expect(fits().length).toBe(n);
    camera.reveal([
      [103.9, 26.2],
      [104.2, 26.3],
    ]);
    expect(fits().length).toBe(n + 1);
  });

  it('does not refit or report while held (an export resizing the map), nor for a move of its own', async () => {
    const { map, fits, emit } = fakeMap();
    const camera = new Camera({ bounds: home, padding: pad(10) });
    const reported: unknown[] = [];
    camera.onmove = (area) => reported.push(area);
    camera.attach(map);
    camera.fit(township);
    const before = fits().length;
    await camera.hold(async () => {
      emit('resize');
      emit('moveend');
    });
    expect(fits().length).toBe(before);
    expect(reported).toEqual([]);
    emit('movestart', {});
    emit('resize');
    expect(fits().length).toBe(before + 1);
  });

  it('jumps to a centre and zoom from an old link once, and not again when already there', () => {
    const { map, calls } = fakeMap();
    const camera = new Camera({ bounds: home, padding: pad(10) });
    camera.jump({ lon: 103.6, lat: 26.4, zoom: 10 });
    camera.attach(map);
    camera.jump({ lon: 103.6, lat: 26.4, zoom: 10 });
    expect(calls.filter((c) => c.kind === 'jump')).toHaveLength(1);
  });

  it('tells what the view shows: the bounds fitted or held, else the area clear of the overlays', () => {
    const { map, emit } = fakeMap();
    const camera = new Camera({ bounds: home, padding: pad(10) });
    expect(camera.shown()).toBeNull();
    camera.attach(map);
    expect(camera.shown()).toEqual(home);
    camera.fit(township);
    expect(camera.shown()).toEqual(township);
    camera.setPadding({ top: 0, right: 0, bottom: 0, left: 500 });
    emit('movestart', { originalEvent: new Event('mousedown') });
    expect(camera.shown()).toEqual([
      [103.5, 26],
      [104, 26.5],
    ]);
  });
});
