/**
 * The report desk (issue 23): a workbook opened in the app → the map redrawn with it. Two workbooks, made
 * by the same writer as the app's download (bench/lib/deskWorkbooks.ts): the current data, and the current
 * data plus 5,000 synthetic activities that pass every check. Both are opened one after the other in one
 * fresh page, as a person would (the dialog's file input), going back to the published data between.
 *
 * t0: the file input's `change` (capture phase); t1: the map's first 'idle' after the banner naming the
 * workbook appears (a repaint is asked for then, so a workbook whose colours equal the published ones still
 * ends on a drawn frame). Reading the file, the checks, the join, the panels and the map's redraw are in it.
 */
import type { Browser, Page } from '@playwright/test';
import { bookBytes, published, synthetic } from '../deskWorkbooks';
import { appUrl } from '../config';
import { withReadyPage } from '../page';

export const deskTargets = { currentMs: 3_000, syntheticMs: 15_000, syntheticActivities: 5_000 };

export interface DeskSample {
  workbook: 'current' | 'synthetic';
  activities: number;
  bytes: number;
  ms: number;
}

declare global {
  interface Window {
    __benchDesk?: Promise<{ ms: number } | null>;
  }
}

async function openOne(page: Page, name: string, bytes: Uint8Array): Promise<number> {
  await page.evaluate(() => {
    window.__benchDesk = new Promise((resolve) => {
      let t0: number | undefined;
      document.addEventListener('change', () => (t0 ??= performance.now()), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (t0 === undefined || !document.querySelector('[data-testid="desk-banner"]')) return;
        observer.disconnect();
        const map = window.__map!;
        map.once('idle', () => resolve({ ms: performance.now() - t0! }));
        map.triggerRepaint();
      });
      observer.observe(document.body, { childList: true, subtree: true });
      setTimeout(() => resolve(null), 120_000);
    });
  });
  await page.getByTestId('desk-file').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(bytes),
  });
  const result = await page.evaluate(() => window.__benchDesk!);
  if (!result) {
    const refused = await page
      .getByTestId('desk-errors')
      .textContent()
      .catch(() => null);
    throw new Error(`desk: ${name} was not shown within 120 s${refused ? `: ${refused.slice(0, 300)}` : ''}`);
  }
  return result.ms;
}

/** The two workbooks opened in one page; `synthetic: false` (a smoke run) opens the current data only. */
export async function deskRun(browser: Browser, withSynthetic: boolean, url = appUrl): Promise<DeskSample[]> {
  const base = published();
  const books: { workbook: DeskSample['workbook']; book: typeof base }[] = [
    { workbook: 'current', book: base },
  ];
  if (withSynthetic)
    books.push({ workbook: 'synthetic', book: synthetic(deskTargets.syntheticActivities, base) });
  const made = await Promise.all(
    books.map(async (b) => ({
      ...b,
      bytes: await bookBytes(b.book),
      activities: b.book.data.activities.length,
    })),
  );
  return withReadyPage(browser, url, async (_context, page) => {
    const samples: DeskSample[] = [];
    for (const { workbook, bytes, activities } of made) {
      await page.getByTestId('desk-open').click();
      const ms = await openOne(page, `${workbook}.xlsx`, bytes);
      samples.push({ workbook, activities, bytes: bytes.length, ms });
      await page.getByTestId('desk-back').click();
    }
    return samples;
  });
}

/** The terminal's rows: each workbook, its size, the time to the map redrawn, the target and the verdict. */
export function deskRows(samples: readonly DeskSample[]): string[][] {
  return [
    ['report desk: workbook opened → map redrawn', 'activities', 'file', 'time', 'target', 'result'],
    ...samples.map((s) => {
      const target = s.workbook === 'current' ? deskTargets.currentMs : deskTargets.syntheticMs;
      return [
        s.workbook === 'current'
          ? '  the current data'
          : `  + ${deskTargets.syntheticActivities} synthetic activities`,
        String(s.activities),
        `${Math.round(s.bytes / 1000)} kB`,
        `${Math.round(s.ms)} ms`,
        `≤ ${target / 1000} s`,
        s.ms <= target ? 'met' : 'MISSED',
      ];
    }),
  ];
}
