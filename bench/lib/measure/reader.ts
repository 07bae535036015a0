/**
 * The source reader (issue 24), in one fresh page: its tab clicked on the seed report (t0: the click,
 * capture phase; t1: the first frame after the first highlight is in the page — loading the reader's code
 * and texts, laying out the text and its highlights all count), then a long report opened at the desk
 * (bench/lib/readerBook.ts: ≈ 100 kB, 500 cited phrases) and read by its address (t0: the hash set; t1: the
 * first frame with its highlights), and scrolled from top to bottom a screen at a frame: the frames'
 * intervals say whether a long report scrolls smoothly.
 */
import type { Browser, Page } from '@playwright/test';
import { appUrl } from '../config';
import { bookBytes } from '../deskWorkbooks';
import { withReadyPage } from '../page';
import { LONG_ID, LONG_PHRASES, longReport } from '../readerBook';

export const readerTargets = { seedMs: 1_000, longMs: 3_000, frameMs: 34 };

export interface ReaderSample {
  /** the seed report, its tab clicked → highlights painted */
  seedMs: number;
  /** the long report: bytes of text, phrases, its address → highlights painted */
  longBytes: number;
  longPhrases: number;
  longMs: number;
  /** scrolling the long report a screen at a frame: the 95th percentile and the longest frame */
  scrollP95Ms: number;
  scrollMaxMs: number;
}

declare global {
  interface Window {
    __benchReader?: Promise<number | null>;
  }
}

/** Arms the clock: t0 from `start` (installed in the page), t1 at the frame after `selector` appears. */
async function timeTo(page: Page, selector: string, start: 'click' | 'hash', act: () => Promise<void>) {
  await page.evaluate(
    ([sel, how]) => {
      window.__benchReader = new Promise((resolve) => {
        let t0: number | undefined;
        if (how === 'click') window.addEventListener('click', () => (t0 ??= performance.now()), true);
        // A new fragment fires popstate before hashchange, and the app reads the address at the first.
        else
          for (const type of ['popstate', 'hashchange'])
            window.addEventListener(type, () => (t0 ??= performance.now()), true);
        const observer = new MutationObserver(() => {
          if (t0 === undefined || !document.querySelector(sel)) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - t0!));
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
        setTimeout(() => resolve(null), 60_000);
      });
    },
    [selector, start] as const,
  );
  await act();
  const ms = await page.evaluate(() => window.__benchReader!);
  if (ms === null) {
    const seen = await page.evaluate(() => ({
      hash: location.hash,
      body: document.querySelector('[data-testid="reader-body"]')?.getAttribute('data-source'),
      marks: document.querySelectorAll('.reader-text mark').length,
    }));
    throw new Error(`reader: ${selector} did not appear within 60 s (${JSON.stringify(seen)})`);
  }
  return ms;
}

/** Scrolls the detail column's body a screen per frame to its end; the frame intervals, sorted. */
function scrollFrames(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const body = document.querySelector<HTMLElement>('[data-testid="detail-panel"]')!;
        body.scrollTop = 0;
        const frames: number[] = [];
        let last = performance.now();
        const step = () => {
          const now = performance.now();
          frames.push(now - last);
          last = now;
          if (body.scrollTop + body.clientHeight >= body.scrollHeight - 1)
            return resolve(frames.sort((a, b) => a - b));
          body.scrollTop += body.clientHeight * 0.9;
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
  );
}

export async function readerRun(browser: Browser, url = appUrl): Promise<ReaderSample> {
  const book = longReport();
  const bytes = await bookBytes(book);
  const text = book.texts.get(LONG_ID)!;
  return withReadyPage(browser, url, async (_context, page) => {
    const seedMs = await timeTo(page, '.reader-text mark[data-phrases]', 'click', () =>
      page.locator('#tab-reader').click(),
    );
    await page.getByTestId('desk-open').click();
    await page.getByTestId('desk-file').setInputFiles({
      name: 'long.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(bytes),
    });
    await page.getByTestId('desk-banner').waitFor({ timeout: 120_000 });
    const longMs = await timeTo(
      page,
      `[data-source="${LONG_ID}"] .reader-text mark[data-phrases]`,
      'hash',
      () => page.evaluate((id) => (window.location.hash = `#read=${id}`), LONG_ID).then(() => undefined),
    );
    const shown = await page.locator(`[data-source="${LONG_ID}"] .reader-text mark[data-begins]`).count();
    if (shown !== LONG_PHRASES) throw new Error(`reader: ${shown} phrases lit, not ${LONG_PHRASES}`);
    const frames = await scrollFrames(page);
    return {
      seedMs,
      longBytes: Buffer.byteLength(text, 'utf8'),
      longPhrases: LONG_PHRASES,
      longMs,
      scrollP95Ms: frames[Math.floor(frames.length * 0.95)] ?? 0,
      scrollMaxMs: frames.at(-1) ?? 0,
    };
  });
}

/** The terminal's lines: the two openings and the scroll, against their targets. */
export function readerReport(s: ReaderSample | null): string {
  if (!s) return '\nSource reader: not measured (a smoke run; --reader opens it).';
  const t = readerTargets;
  const line = (what: string, ms: number, target: number) =>
    `  ${what}: ${Math.round(ms)} ms; target ≤ ${target} ms: ${ms <= target ? 'met' : 'MISSED'}`;
  return [
    '',
    'Source reader:',
    line('the seed report, its tab clicked → highlights painted', s.seedMs, t.seedMs),
    line(
      `a report of ${Math.round(s.longBytes / 1000)} kB and ${s.longPhrases} cited phrases, its address → highlights painted`,
      s.longMs,
      t.longMs,
    ),
    line('scrolling it a screen a frame, 95th percentile frame', s.scrollP95Ms, t.frameMs),
    `  (its longest frame: ${Math.round(s.scrollMaxMs)} ms)`,
  ].join('\n');
}
