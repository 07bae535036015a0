import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { Camera, fitMaxZoom } from '../../../src/map/interaction/camera.svelte';
import type { Bounds } from '../../../src/geo/bounds';

/** Just enough of a map for the camera: it records what it is asked and emits the events it listens to. */
function fakeMap() {
  const listeners = new Map<string, Set<(e: unknown) => void>>();
  const calls: { kind: string; args: unknown }[] = [];
  let center = { lng: 103.3, lat: 26.3 };
  let zoom = 8;
  const map = {
    on: (type: string, fn: (e: unknown) => void) =>
      listeners.set(type, new Set([...(listeners.get(type) ?? []), fn])),
    off: (type: string, fn: (e: unknown) => void) => listeners.get(type)?.delete(fn),
    resize: () => calls.push({ kind: 'resize', args: null }),
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
    expect(fits().at(-1)!.args).toEqual({
      bounds: township,
      options: { padding: pad(55), maxZoom: fitMaxZoom, duration: 600 },
    });
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
    expect(fits().at(-1)!.args).toMatchObject({
      bounds: township,
      options: { padding: pad(80), duration: 0 },
    });
    emit('movestart', { originalEvent: new Event('wheel') });
    emit('resize');
    camera.setPadding(pad(20));
    expect(fits().length).toBe(before + 2);
  });

  it('does not refit while held (an export resizing the map), nor for a move of its own', async () => {
    const { map, fits, emit } = fakeMap();
    const camera = new Camera({ bounds: home, padding: pad(10) });
    camera.attach(map);
    camera.fit(township);
    const before = fits().length;
    await camera.hold(async () => emit('resize'));
    expect(fits().length).toBe(before);
    emit('movestart', {});
    emit('resize');
    expect(fits().length).toBe(before + 1);
  });

  it('jumps to a view from a link, keeps a fit when told the view it is already at, and reports moves', () => {
    const { map, calls, emit, fits } = fakeMap();
    const camera = new Camera({ bounds: home, padding: pad(10) });
    const reported: unknown[] = [];
    camera.onmove = (view) => reported.push(view);
    camera.jump({ lon: 103.5, lat: 26.5, zoom: 10 });
    camera.attach(map);
    expect(calls.filter((c) => c.kind === 'jump')).toHaveLength(1);
    emit('moveend');
    expect(reported).toEqual([{ lon: 103.5, lat: 26.5, zoom: 10 }]);

    camera.fit(township);
    camera.jump({ lon: 103.5, lat: 26.5, zoom: 10 });
    expect(calls.filter((c) => c.kind === 'jump')).toHaveLength(1);
    const before = fits().length;
    emit('resize');
    expect(fits().length).toBe(before + 1);
  });
});
