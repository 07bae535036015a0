import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { expect, test, waitForMap } from './fixtures';
import { buildSingle, singleFileHtml } from './build-single';

// One build for the whole file; the tests below share it.
test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  test.setTimeout(60_000);
  buildSingle();
});

test('build:single writes one self-contained HTML file', () => {
  const html = readFileSync(singleFileHtml, 'utf8');
  // No script, stylesheet or module preload left pointing at another file.
  expect(html).not.toMatch(/<script[^>]*\ssrc=/i);
  expect(html).not.toMatch(/<link[^>]*rel="?(stylesheet|modulepreload)/i);
  expect(html).toMatch(/<script type="module"[^>]*>[\s\S]{100000,}<\/script>/);
});

test('the single file opens from file:// with no network and draws the map', async ({ page }, testInfo) => {
  const blocked: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    blocked.push(url);
    return route.abort('internetdisconnected');
  });
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

  await page.screenshot({ path: testInfo.outputPath('single-file.png') });
  expect(blocked, 'requests that would need a network').toEqual([]);
  expect(csp, 'Content-Security-Policy violations').toEqual([]);
});
