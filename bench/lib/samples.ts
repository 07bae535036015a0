/** One measured run of each page, in its own fresh context: what the app and the floor each yield. */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { appUrl, floorUrl, labelsUrl } from './config';
import { clickToPanel } from './measure/click';
import { appExport, type ExportStages } from './measure/export';
import { heapBytes, loadMs, type LoadTimes } from './measure/load';
import { metricSwitch } from './measure/switch';
import { pageProfiles, withReadyPage } from './page';

/** What both pages measure: the load and its stretches, the heap, and the 3× export. */
export interface Sample {
  loadMs: number;
  loadPhases: LoadTimes;
  heapBytes: number;
  exportMs: number;
  exportCanvas: string;
  exportPngBytes: number;
}
export interface AppSample extends Sample {
  /** the scripts and stylesheets the page fetched before its map was ready (paths) */
  fetched: string[];
  clickMs: number;
  /** click → the panel in the DOM, the rest of clickMs being the wait for the next frame */
  clickDomMs: number;
  switchMs: number;
  exportStages: ExportStages;
  clickedCode: string;
  switched: string;
}
export interface FloorSample extends Sample {
  exportSettleMs: number;
}
/** The load alone: "floor + labels", and every page on the phone profile. */
export interface LoadSample {
  loadMs: number;
  loadPhases: LoadTimes;
  heapBytes: number;
}
/** One cold load of each page on the phone profile (390×844 at 3×, CPU 4× slower). */
export interface PhoneSample {
  app: LoadSample;
  floor: LoadSample;
  labels: LoadSample;
}

/** The load and the heap, which come first on either page (the heap before anything else runs). */
async function loaded(context: BrowserContext, page: Page) {
  const load = await loadMs(page);
  const heap = await heapBytes(context, page);
  return { loadMs: load.ms, loadPhases: load, heapBytes: heap };
}

export function appRun(browser: Browser): Promise<AppSample> {
  return withReadyPage(browser, appUrl, async (context, page) => {
    const { loadMs, loadPhases, heapBytes } = await loaded(context, page);
    const fetched = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((r) => new URL(r.name).pathname)
        .filter((p) => /\.(js|css)$/.test(p)),
    );
    const click = await clickToPanel(page);
    const sw = await metricSwitch(page);
    const exported = await appExport(page);
    return {
      loadMs,
      loadPhases,
      heapBytes,
      fetched,
      clickMs: click.ms,
      clickDomMs: click.domMs,
      switchMs: sw.ms,
      clickedCode: click.code,
      switched: `${sw.from}→${sw.to}`,
      exportMs: exported.ms,
      exportCanvas: exported.canvas,
      exportPngBytes: exported.pngBytes,
      exportStages: exported.stages,
    };
  });
}

/** "Floor + labels": MapLibre with the app's base-map lines and labels, and nothing else of the app. */
export function labelsRun(browser: Browser): Promise<LoadSample> {
  return withReadyPage(browser, labelsUrl, loaded);
}

/** The first view of each page on a phone: the load only, in the same order as on the desktop. */
export async function phoneRun(browser: Browser): Promise<PhoneSample> {
  const load = (url: string) => withReadyPage(browser, url, loaded, pageProfiles.phone);
  return { app: await load(appUrl), floor: await load(floorUrl), labels: await load(labelsUrl) };
}

export function floorRun(browser: Browser): Promise<FloorSample> {
  return withReadyPage(browser, floorUrl, async (context, page) => {
    const measured = await loaded(context, page);
    const capture = await page.evaluate(() => window.__floorExport!());
    return {
      ...measured,
      exportMs: capture.ms,
      exportSettleMs: capture.settleMs,
      exportCanvas: `${capture.width}×${capture.height}`,
      exportPngBytes: capture.bytes,
    };
  });
}
