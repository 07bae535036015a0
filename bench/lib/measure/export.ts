/** The app's 3× export of a 1920×1080 frame, to the composed PNG. */
import { statSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** The app's export split at its stages: click → map captured → picture composed → PNG encoded. */
export interface ExportStages {
  capturedMs: number;
  composedMs: number;
  encodedMs: number;
}

/**
 * The app's own export, driven as a user would: 1920×1080 at 3× in the export dialog. t0 in a capture-phase
 * click listener on "export", t1 when the app has the PNG blob (window.__exportBlobAt, set in
 * src/export/exportView.ts). The first export of a page, so loading the exporter's chunk is included.
 */
export async function appExport(
  page: Page,
): Promise<{ ms: number; canvas: string; pngBytes: number; stages: ExportStages }> {
  await page.getByTestId('export-open').click();
  await page.getByTestId('export-frame').selectOption('hd');
  await page.getByTestId('export-scale-3').check();
  await page.evaluate(() => {
    window.__exportBlobAt = undefined;
    window.__exportStages = undefined;
    window.__lastExport = undefined;
    window.__benchExportAt = undefined;
    window.addEventListener('click', () => (window.__benchExportAt ??= performance.now()), {
      capture: true,
      once: true,
    });
  });
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByTestId('export-run').click(),
  ]);
  const file = await download.path();
  const result = await page.evaluate(() => ({
    t0: window.__benchExportAt,
    t1: window.__exportBlobAt,
    captured: window.__exportStages?.captured,
    composed: window.__exportStages?.composed,
    width: window.__lastExport?.width,
    height: window.__lastExport?.height,
  }));
  if (result.t0 === undefined || result.t1 === undefined || result.width === undefined)
    throw new Error('export: the click or the PNG was not recorded (window.__exportBlobAt, __lastExport)');
  if (result.captured === undefined || result.composed === undefined)
    throw new Error('export: its stages were not recorded (window.__exportStages)');
  return {
    ms: result.t1 - result.t0,
    canvas: `${result.width}×${result.height}`,
    pngBytes: statSync(file).size,
    stages: {
      capturedMs: result.captured - result.t0,
      composedMs: result.composed - result.captured,
      encodedMs: result.t1 - result.composed,
    },
  };
}
