import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
// Bundled as text and parsed at run time, exactly as the app does (src/geo/loadGeo.ts): no request at all.
import countiesText from '../geo/counties.geojson?raw';
import riversText from '../geo/rivers.geojson?raw';
import townshipsText from '../geo/townships.geojson?raw';

type Collection = FeatureCollection<Polygon | MultiPolygon>;
type Position = [number, number];

declare global {
  interface Window {
    __map?: maplibregl.Map;
    __mapReady?: boolean;
    /** Times a 3× capture of a 1920×1080 view (see bench/run.ts). */
    __floorExport?: () => Promise<{
      ms: number;
      settleMs: number;
      width: number;
      height: number;
      bytes: number;
    }>;
  }
}

const counties = JSON.parse(countiesText) as Collection;
const townships = JSON.parse(townshipsText) as Collection;
// The bare floor draws no rivers; it parses them so it pays the same parse cost as the app.
const rivers = JSON.parse(riversText) as FeatureCollection;

const huize = counties.features.find((f) => f.properties?.role === 'county');
if (!huize) throw new Error('geo/counties.geojson has no feature with role "county"');
const huizeGeometry = huize.geometry;

/** The same home view as the app: Huize's bounding box (src/geo/geoFiles.ts boundsOf). */
function boundsOf(geometry: Polygon | MultiPolygon): [Position, Position] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  for (const ring of rings) {
    // GeoJSON positions are [lon, lat, ...]; the files are validated by the app's own parser and check:data.
    for (const [x, y] of ring as Position[]) {
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  }
  return [
    [minX, minY],
    [maxX, maxY],
  ];
}

/** What the "floor + labels" page adds to the bare floor: its own options, and layers once loaded. */
export interface FloorExtras {
  options?: Partial<maplibregl.MapOptions>;
  addLayers?: (map: maplibregl.Map, geo: FloorGeo) => void;
}
export interface FloorGeo {
  counties: Collection;
  townships: Collection;
  rivers: FeatureCollection;
}

/** The floor page: the map, the one fill, the ready flag and the timed 3× capture. */
export function floorMap(extras: FloorExtras = {}): void {
  const container = document.getElementById('map');
  if (!container) throw new Error('#map is missing');

  const map = new maplibregl.Map({
    ...extras.options,
    container,
    style: {
      version: 8,
      sources: {},
      layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#f4f1ea' } }],
    },
    bounds: boundsOf(huizeGeometry),
    fitBoundsOptions: { padding: 24 },
    renderWorldCopies: false,
    // MapLibre caps the drawing buffer at 4096² by default; a 3× full-HD export needs 5760×3240. Only the
    // export uses it: at load the canvas is the window's size either way.
    maxCanvasSize: [8192, 8192],
  });
  window.__map = map;
  window.__mapReady = false;

  map.once('load', () => {
    map.addSource('townships', { type: 'geojson', data: townships });
    // One fill, one constant colour: the cheapest choropleth-shaped frame the stack can draw.
    map.addLayer({
      id: 'township-fill',
      type: 'fill',
      source: 'townships',
      paint: { 'fill-color': '#9ecae1', 'fill-opacity': 0.92 },
    });
    extras.addLayers?.(map, { counties, townships, rivers });
    map.once('idle', () => {
      window.__mapReady = true;
    });
  });

  window.__floorExport = async () => {
    // The app's export (src/export/captureMap.ts) does the same steps around the same live map: a 1920×1080
    // CSS-pixel view at 3× device pixels, drawn to completion, copied inside 'render'. The clock runs over all
    // of it, as the app's runs from the click to the PNG; restoring the page afterwards is not timed.
    const saved = { css: container.style.cssText, pixelRatio: map.getPixelRatio() };
    const t0 = performance.now();
    container.style.cssText = 'position:fixed;left:0;top:0;width:1920px;height:1080px;z-index:-1;';
    map.setPixelRatio(3);
    map.resize();
    await new Promise<void>((resolve) => {
      map.once('idle', () => resolve());
      map.triggerRepaint();
    });
    const settled = performance.now();
    const canvas = map.getCanvas();
    const size = { width: canvas.width, height: canvas.height };
    const bytes = await new Promise<number>((resolve, reject) => {
      map.once('render', () => {
        // Inside 'render' the drawing buffer still holds the frame (no preserveDrawingBuffer needed).
        canvas.toBlob(
          (blob) => (blob ? resolve(blob.size) : reject(new Error('toBlob returned null'))),
          'image/png',
        );
      });
      map.triggerRepaint();
    });
    const done = performance.now();
    container.style.cssText = saved.css;
    map.setPixelRatio(saved.pixelRatio);
    map.resize();
    return { ms: done - t0, settleMs: settled - t0, ...size, bytes };
  };
}
