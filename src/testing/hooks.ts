import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    /** The live map, for browser tests and the benchmark (read-only use). */
    __map?: MapLibreMap;
    /** True once the map has drawn its first complete frame with every layer added. */
    __mapReady?: boolean;
  }
}

export function exposeMap(map: MapLibreMap | undefined, ready: boolean): void {
  window.__map = map;
  window.__mapReady = ready;
}

declare global {
  interface Window {
    /** The last exported picture's name, size and what was drawn where (for browser tests). */
    __lastExport?: {
      filename: string;
      width: number;
      height: number;
      mapPixelRatio: number;
      pixelRatio: number;
      drawn: { kind: string; x: number; y: number; width: number; height: number; text?: string }[];
    };
  }
}
