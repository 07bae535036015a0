import type { LngLatBoundsLike, Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import { isSiteKind } from '../domain';
import type { ShownSymbol } from './legend';

export interface MapCapture {
  canvas: HTMLCanvasElement;
  /** The camera the picture was drawn with (for the scale bar and north arrow). */
  zoom: number;
  latitude: number;
  bearing: number;
  /** Image pixels per CSS pixel MapLibre actually used; below the asked ratio when it clamped the canvas. */
  pixelRatio: number;
  /** The site symbols drawn in the picture, each kind and fill once: what the legend must key. */
  symbols: ShownSymbol[];
  /** The smallest township label drawn, in CSS pixels of the frame (null when none is): its size is checked. */
  labelPx: number | null;
}

/** The text size MapLibre evaluated for the township labels it placed (the layer's themed, zoomed size). */
function smallestLabel(map: MapLibreMap): number | null {
  if (!map.getLayer('township-labels')) return null;
  const sizes = map
    .queryRenderedFeatures({ layers: ['township-labels'] })
    .map((f) => Number((f.layer.layout as Record<string, unknown> | undefined)?.['text-size']))
    .filter((v) => Number.isFinite(v) && v > 0);
  return sizes.length ? Math.min(...sizes) : null;
}

/** The site layer's icons MapLibre placed in the frame (its feature `icon` is `site-<kind>[-hollow]`). */
function shownSymbols(map: MapLibreMap): ShownSymbol[] {
  if (!map.getLayer('site-symbols')) return [];
  const seen = new Map<string, ShownSymbol>();
  for (const f of map.queryRenderedFeatures({ layers: ['site-symbols'] })) {
    const kind = String(f.properties.kind);
    const hollow = String(f.properties.icon).endsWith('-hollow');
    if (isSiteKind(kind)) seen.set(`${kind}:${hollow}`, { kind, hollow });
  }
  return [...seen.values()];
}

/** Waits for the map to finish drawing, but never for ever: a capture of a nearly done frame beats a hang. */
function settled(map: MapLibreMap, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, timeoutMs);
    function done() {
      clearTimeout(timer);
      map.off('idle', done);
      resolve();
    }
    map.once('idle', done);
    map.triggerRepaint();
  });
}

/** Copies the frame inside a `render` event, while its drawing buffer is certainly the one just drawn. */
function copyFrame(map: MapLibreMap, target: HTMLCanvasElement): Promise<void> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const ctx = target.getContext('2d')!;
      ctx.drawImage(map.getCanvas(), 0, 0, target.width, target.height);
      resolve();
    });
    map.triggerRepaint();
  });
}

/** True when the map's WebGL context keeps its last frame after compositing (preserveDrawingBuffer). */
function keepsFrame(canvas: HTMLCanvasElement): boolean {
  // A canvas has one context: asking for its own type returns it, asking for the other returns null.
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  return gl?.getContextAttributes()?.preserveDrawingBuffer === true;
}

/**
 * Draws the live map at `width` × `height` CSS pixels and `pixelRatio`, showing `bounds`, and returns a copy.
 * The live map is resized for the moment (its layers, feature states and images stay as they are, which a
 * second map would have to rebuild) and put back exactly as it was.
 */
export async function captureMap(
  map: MapLibreMap,
  options: {
    width: number;
    height: number;
    pixelRatio: number;
    bounds: LngLatBoundsLike;
    padding: PaddingOptions;
  },
): Promise<MapCapture> {
  const container = map.getContainer();
  const saved = {
    css: container.style.cssText,
    pixelRatio: map.getPixelRatio(),
    center: map.getCenter(),
    zoom: map.getZoom(),
    bearing: map.getBearing(),
    pitch: map.getPitch(),
  };
  const width = Math.max(1, Math.round(options.width));
  const height = Math.max(1, Math.round(options.height));
  try {
    // Behind the page: the user keeps seeing the app while the map draws at the export's size.
    container.style.cssText = `${saved.css};position:fixed;left:0;top:0;right:auto;bottom:auto;width:${width}px;height:${height}px;z-index:-1;`;
    map.resize();
    map.fitBounds(options.bounds, { padding: options.padding, duration: 0, bearing: saved.bearing });
    // Tiles arrive and labels are placed over several frames, and at 3× each frame costs up to a second in a
    // software renderer: let them come at the screen's ratio, then draw the one frame that is kept.
    await settled(map, 20_000);
    map.setPixelRatio(options.pixelRatio);
    await settled(map, 20_000);
    const drawn = map.getCanvas();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * options.pixelRatio);
    canvas.height = Math.round(height * options.pixelRatio);
    if (keepsFrame(drawn)) {
      // 'idle' has just fired and no frame can come before this continuation: the buffer holds the finished
      // frame. Drawing another one only to copy it costs as much as the whole capture again at 3×.
      canvas.getContext('2d')!.drawImage(drawn, 0, 0, canvas.width, canvas.height);
    } else {
      await copyFrame(map, canvas);
    }
    return {
      canvas,
      zoom: map.getZoom(),
      latitude: map.getCenter().lat,
      bearing: map.getBearing(),
      pixelRatio: drawn.width / width,
      symbols: shownSymbols(map),
      labelPx: smallestLabel(map),
    };
  } finally {
    container.style.cssText = saved.css;
    map.setPixelRatio(saved.pixelRatio);
    map.resize();
    map.jumpTo({ center: saved.center, zoom: saved.zoom, bearing: saved.bearing, pitch: saved.pitch });
  }
}
