/**
 * What browser tests and the benchmark read from the page: the live map, whether its first full frame is
 * drawn, and what the last export drew. These exist only in builds made with HUIZE_TEST_HOOKS=1 (the e2e
 * builds, the single-file test build and the bench): elsewhere `testHooks` is the constant false, every
 * function below is empty after minification, and no `window.__…` name is in the shipped code.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** Drawn items of an export, as the export module reports them. */
export interface ExportReport {
  filename: string;
  width: number;
  height: number;
  mapPixelRatio: number;
  pixelRatio: number;
  drawn: { kind: string; x: number; y: number; width: number; height: number; text?: string }[];
}

declare global {
  interface Window {
    /** The live map (read-only use). */
    __map?: MapLibreMap;
    /** True once the map has drawn its first complete frame with every layer added. */
    __mapReady?: boolean;
    /** The last exported picture's name, size and what was drawn where. */
    __lastExport?: ExportReport;
    /** performance.now() when the last export's PNG was encoded: the benchmark's end mark (bench/). */
    __exportBlobAt?: number;
    /** performance.now() at each stage of the last export: the benchmark splits its time by them. */
    __exportStages?: Partial<Record<ExportStage, number>>;
  }
}

const testHooks: boolean = __HUIZE_TEST_HOOKS__;

export function exposeMap(map: MapLibreMap | undefined, ready: boolean): void {
  if (!testHooks) return;
  window.__map = map;
  window.__mapReady = ready;
}

export function reportExport(report: ExportReport): void {
  if (!testHooks) return;
  window.__lastExport = report;
}

/** The map captured at the export's size; the picture composed around it (PNG encoding follows). */
export type ExportStage = 'captured' | 'composed';

export function markExportStage(stage: ExportStage): void {
  if (!testHooks) return;
  window.__exportStages = { ...window.__exportStages, [stage]: performance.now() };
}

export function markExportEncoded(): void {
  if (!testHooks) return;
  window.__exportBlobAt = performance.now();
}
