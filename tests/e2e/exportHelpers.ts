import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { decodePng, luminance, pixelAt } from './pixels';

export interface Exported {
  filename: string;
  /** the downloaded file as it is (the PNG with its chunks, or the PDF) */
  bytes: Buffer;
  png: PNG;
  drawn: NonNullable<Window['__lastExport']>['drawn'];
  mapPixelRatio: number;
  pixelRatio: number;
}

/** Opens the export dialog, picks a frame and scale, exports, and returns the downloaded PNG decoded. */
export async function exportPicture(
  page: Page,
  options: {
    frame: 'screen' | 'hd' | 'classic' | 'a4';
    scale?: 1 | 2 | 3;
    qr?: boolean;
    title?: string;
    format?: 'png' | 'pdf';
    corner?: 'bottom-left' | 'top-left' | 'top-right' | 'bottom-right';
    summary?: boolean;
  },
): Promise<Exported> {
  const dialog = page.getByTestId('export-dialog');
  if (!(await dialog.isVisible())) await page.getByTestId('export-open').click();
  await page.getByTestId(`export-format-${options.format ?? 'png'}`).check();
  if ((options.format ?? 'png') === 'png') await page.getByTestId('export-frame').selectOption(options.frame);
  if (options.corner) await page.getByTestId('export-legend-corner').selectOption(options.corner);
  if (options.summary !== undefined) await page.getByTestId('export-summary').setChecked(options.summary);
  if (options.scale) await page.getByTestId(`export-scale-${options.scale}`).check();
  if (options.qr !== undefined) await page.getByTestId('export-qr').setChecked(options.qr);
  if (options.title !== undefined) await page.getByTestId('export-title').fill(options.title);
  await page.evaluate(() => (window.__lastExport = undefined));
  // A failed export shows its error in the dialog: report that instead of waiting out the download.
  const failed = page.locator('[data-testid="export-status"].failed');
  const failure = failed.waitFor({ timeout: 65_000 }).then(
    async () => {
      throw new Error(`export failed: ${await failed.textContent()}`);
    },
    () => new Promise<never>(() => {}),
  );
  const [download] = await Promise.all([
    Promise.race([page.waitForEvent('download', { timeout: 60_000 }), failure]),
    page.getByTestId('export-run').click(),
  ]);
  const bytes = await readFile(await download.path());
  // A PDF carries no PNG to decode here: its page is read with pdftoppm by the test that asks for it.
  const png = options.format === 'pdf' ? new PNG({ width: 1, height: 1 }) : decodePng(bytes);
  const report = await page.evaluate(() => window.__lastExport!);
  return {
    filename: download.suggestedFilename(),
    bytes,
    png,
    drawn: report.drawn,
    mapPixelRatio: report.mapPixelRatio,
    pixelRatio: report.pixelRatio,
  };
}

export interface BoxStats {
  /** Share of pixels darker than mid-grey: text and lines. */
  ink: number;
  /** Distinct colours (quantised to 4 bits per channel). */
  colours: number;
  /** Share of pixels that are clearly blue (the choropleth's sequential ramp). */
  blue: number;
  /** Share of pixels that differ from the paper colour (#f4f1ea) and from white. */
  drawn: number;
}

type Box = { x: number; y: number; width: number; height: number };
const inside = (x: number, y: number, b: Box) =>
  x >= b.x && x < b.x + b.width && y >= b.y && y < b.y + b.height;

/** Samples a box of the picture on a grid (every `step` pixels), leaving out what lies in `exclude`. */
export function boxStats(png: PNG, box: Box, step = 2, exclude: readonly Box[] = []): BoxStats {
  let n = 0;
  let ink = 0;
  let blue = 0;
  let drawn = 0;
  const colours = new Set<number>();
  for (let y = box.y; y < box.y + box.height && y < png.height; y += step) {
    for (let x = box.x; x < box.x + box.width && x < png.width; x += step) {
      if (exclude.some((b) => inside(x, y, b))) continue;
      const p = pixelAt(png, x, y);
      n++;
      if (luminance(p) < 110) ink++;
      if (p.b > p.r + 40 && p.b > 120) blue++;
      const paper = Math.abs(p.r - 0xf4) + Math.abs(p.g - 0xf1) + Math.abs(p.b - 0xea) < 6;
      if (!paper && !(p.r > 250 && p.g > 250 && p.b > 250)) drawn++;
      colours.add(((p.r >> 4) << 8) | ((p.g >> 4) << 4) | (p.b >> 4));
    }
  }
  return {
    ink: ink / Math.max(1, n),
    colours: colours.size,
    blue: blue / Math.max(1, n),
    drawn: drawn / Math.max(1, n),
  };
}

/** Share of a box's pixels (sampled every `step`) within `tolerance` (sum of channel differences) of `hex`. */
export function colourShare(
  png: PNG,
  box: { x: number; y: number; width: number; height: number },
  hex: string,
  tolerance = 12,
  step = 1,
): number {
  const r = parseInt(hex.slice(1, 3), 16);
  const g = parseInt(hex.slice(3, 5), 16);
  const b = parseInt(hex.slice(5, 7), 16);
  let n = 0;
  let hits = 0;
  for (let y = box.y; y < box.y + box.height && y < png.height; y += step) {
    for (let x = box.x; x < box.x + box.width && x < png.width; x += step) {
      const p = pixelAt(png, x, y);
      n++;
      if (Math.abs(p.r - r) + Math.abs(p.g - g) + Math.abs(p.b - b) <= tolerance) hits++;
    }
  }
  return hits / Math.max(1, n);
}
