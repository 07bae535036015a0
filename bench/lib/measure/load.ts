/** The load, in stretches, and the main thread's heap once loaded: measured on app and floor alike. */
import type { BrowserContext, Page } from '@playwright/test';

export interface LoadTimes {
  ms: number;
  /** navigation start → the main script downloaded */
  scriptMs: number;
  /** → new Map() (the app: module evaluation, data join, the UI mounted) */
  createdMs: number;
  /** → the map's 'load' (style ready) */
  loadEventMs: number;
}

export async function loadMs(page: Page): Promise<LoadTimes> {
  // performance.now() counts from the navigation start of the document.
  return page.evaluate(() => {
    const script = performance
      .getEntriesByType('resource')
      .find((r) => (r as PerformanceResourceTiming).initiatorType === 'script') as
      PerformanceResourceTiming | undefined;
    return {
      ms: window.__mapReadyAt!,
      scriptMs: script?.responseEnd ?? NaN,
      createdMs: window.__mapCreatedAt ?? NaN,
      loadEventMs: window.__mapLoadAt ?? NaN,
    };
  });
}

/** Main-thread JS heap after a full GC (the map's web workers have their own heaps, not counted). */
export async function heapBytes(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}
