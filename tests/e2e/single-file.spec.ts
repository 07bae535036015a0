import type { Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';
import { expect, test, waitForMap } from './fixtures';
import { singleFileHtml } from './build-single';
import { boxStats, exportPicture } from './exportHelpers';
import { testData } from './data';
import { zh } from './text';

const nagu = testData().places.get('530326102')!;

/** Aborts every request that would need a network (as in a meeting room offline); returns what was tried. */
async function blockNetwork(page: Page): Promise<string[]> {
  const blocked: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    blocked.push(url);
    return route.abort('internetdisconnected');
  });
  return blocked;
}

test.beforeAll(() => {
  // Built before the first test by playwright.config.ts's first server (tests/e2e/build-all.ts), beside the
  // other variants; a missing file means that build did not run, not that this test should make it.
  expect(existsSync(singleFileHtml), `${singleFileHtml} (built by tests/e2e/build-all.ts)`).toBe(true);
});

test('build:single writes one self-contained HTML file', () => {
  const html = readFileSync(singleFileHtml, 'utf8');
  // No script, stylesheet or module preload left pointing at another file.
  expect(html).not.toMatch(/<script[^>]*\ssrc=/i);
  expect(html).not.toMatch(/<link[^>]*rel="?(stylesheet|modulepreload)/i);
  // The app's code is inline: a module script of more than 100 kB (measured, not matched: a regular
  // expression over megabytes overflows the stack).
  const opened = html.search(/<script type="module"[^>]*>/);
  expect(opened).toBeGreaterThanOrEqual(0);
  expect(html.indexOf('</script>', opened) - opened).toBeGreaterThan(100_000);
});

test('the single file opens from file:// with no network, draws the map, opens a panel and exports', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const blocked = await blockNetwork(page);
  const csp: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) csp.push(message.text());
  });

  await page.goto(pathToFileURL(singleFileHtml).href);
  await waitForMap(page);

  // The township polygons are parsed and tiled in MapLibre's worker: drawn features mean the worker ran.
  const drawn = await page.evaluate(
    () => window.__map!.queryRenderedFeatures({ layers: ['township-fill'] }).length,
  );
  expect(drawn).toBeGreaterThan(0);
  // ...and that worker was started from a blob: URL built inside the bundle.
  expect(page.workers().map((w) => w.url())).toContainEqual(expect.stringMatching(/^blob:/));

  await page.getByTestId('township-list').locator('button[data-code="530326102"]').click();
  await expect(page.locator('[data-testid="township-panel"][data-code="530326102"]')).toBeVisible();

  // The exporter and the QR encoder are loaded on first use: in the single file that import must resolve
  // inside the file, and the PNG must come down as a download from a blob: URL.
  const result = await exportPicture(page, { frame: 'hd', scale: 1, qr: true });
  await writeFile(testInfo.outputPath(result.filename), PNG.sync.write(result.png));
  await expect(page.getByTestId('export-status')).not.toHaveClass(/failed/);
  expect(result.filename.startsWith(`${zh('export.countyShort')}-`), result.filename).toBe(true);
  expect(result.filename.endsWith(`-${nagu.name_zh}-1920x1080-1x.png`), result.filename).toBe(true);
  expect([result.png.width, result.png.height]).toEqual([1920, 1080]);
  const boxOf = (kind: string) => {
    const found = result.drawn.find((d) => d.kind === kind);
    expect(found, `${kind} drawn`).toBeTruthy();
    return found!;
  };
  const map = boxStats(result.png, boxOf('map'), 4);
  expect(map.colours, 'map area has many colours').toBeGreaterThan(12);
  expect(map.drawn, 'most of the map area is drawn on').toBeGreaterThan(0.3);
  expect(map.blue, 'choropleth blues in the map').toBeGreaterThan(0.003);
  for (const kind of ['title', 'legend', 'scale-bar', 'north-arrow', 'footer', 'schematic-note'] as const) {
    expect(boxStats(result.png, boxOf(kind), 1).ink, `${kind} has dark ink`).toBeGreaterThan(0.01);
  }
  const qr = boxStats(result.png, boxOf('qr'), 1);
  expect(qr.ink, 'QR code modules').toBeGreaterThan(0.25);

  expect(blocked, 'requests that would need a network').toEqual([]);
  expect(csp, 'Content-Security-Policy violations').toEqual([]);
});

test('from file:// with no network, the presentation tour steps to the first township and back', async ({
  page,
}) => {
  const blocked = await blockNetwork(page);
  await page.goto(pathToFileURL(singleFileHtml).href);
  await waitForMap(page);
  await page.getByTestId('present-toggle').click();
  await expect(page.getByTestId('presentation')).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('present-count')).toHaveAttribute('data-step', '1');
  await expect(page.getByTestId('township-panel')).toBeVisible();
  expect(page.url()).toMatch(/[#&]step=1(&|$)/);
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('county-summary')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toHaveCount(0);
  expect(blocked, 'requests that would need a network').toEqual([]);
});
