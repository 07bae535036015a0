/**
 * The PDF atlas (issue 25): the export dialog's atlas of the townships with records (its default choice
 * without a region), in a fresh page, as a person makes it. The clock runs from the click to the download:
 * loading the atlas chunk (pdf-lib, fontkit, the font), painting the cover's and every township's map from
 * the live map at 300 dpi (src/book/mapPainter.ts), laying out and writing the PDF. Memory is sampled every
 * 250 ms meanwhile: the page's JS heap (CDP Performance metrics) and the resident memory of every process of
 * the browser (CDP SystemInfo for their ids, /proc for their size) — pictures are made one page at a time, so
 * the peak should not grow with the number of townships.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { appUrl } from '../config';
import { withReadyPage } from '../page';

export const atlasTargetMs = 90_000;

export interface AtlasSample {
  ms: number;
  bytes: number;
  pages: number;
  /** peak of the page's used JS heap, bytes */
  peakHeap: number;
  /** peak of the browser's processes' resident memory together, bytes (Linux /proc; 0 elsewhere) */
  peakRss: number;
}

function rssOf(pids: readonly number[]): number {
  let total = 0;
  for (const pid of pids) {
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      total += Number(kb ?? 0) * 1024;
    } catch {
      // a process gone meanwhile (or no /proc): it holds nothing now
    }
  }
  return total;
}

/** The PDF's page count as poppler reads it (pdf-lib writes its page tree into compressed object streams). */
const pdfPages = (file: string): number =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? 0);

async function makeAtlas(browser: Browser, page: Page): Promise<AtlasSample> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const browserCdp = await browser.newBrowserCDPSession();
  const pids = async () => {
    const info = (await browserCdp.send('SystemInfo.getProcessInfo')) as { processInfo: { id: number }[] };
    return info.processInfo.map((p) => p.id);
  };
  let peakHeap = 0;
  let peakRss = 0;
  const sample = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    peakHeap = Math.max(peakHeap, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
    peakRss = Math.max(peakRss, rssOf(await pids()));
  };
  await page.getByTestId('export-open').click();
  await page.getByTestId('export-format-atlas').check();
  await page.getByTestId('atlas-choice-records').check();
  await sample();
  const timer = setInterval(() => void sample().catch(() => {}), 250);
  try {
    const t0 = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 300_000 }),
      page.getByTestId('atlas-run').click(),
    ]);
    const file = await download.path();
    const ms = Date.now() - t0;
    const bytes = readFileSync(file);
    const pages = pdfPages(file);
    return { ms, bytes: bytes.length, pages, peakHeap, peakRss };
  } finally {
    clearInterval(timer);
    await browserCdp.detach();
  }
}

export function atlasRun(browser: Browser, url = appUrl): Promise<AtlasSample> {
  return withReadyPage(browser, url, (_context, page) => makeAtlas(browser, page));
}

/** What the terminal says under the main table: pages, size, time, peak memory and the verdict. */
export function atlasReport(sample: AtlasSample | null): string {
  if (!sample) return '\nPDF atlas: not measured (a smoke run; --atlas makes it).';
  const verdict = sample.ms <= atlasTargetMs ? 'met' : 'MISSED';
  const mb = (b: number) => `${(b / 1e6).toFixed(0)} MB`;
  return [
    '',
    `PDF atlas of the townships with records (click → .pdf downloaded): ${(sample.ms / 1000).toFixed(1)} s,`,
    `  ${sample.pages} pages, ${(sample.bytes / 1e6).toFixed(1)} MB; target ≤ ${atlasTargetMs / 1000} s: ${verdict}`,
    `  peak memory: page JS heap ${mb(sample.peakHeap)}, browser processes ${mb(sample.peakRss)} resident`,
  ].join('\n');
}
