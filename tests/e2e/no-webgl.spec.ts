import type { Page } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './browser';
import { expect, isLocalUrl, test } from './fixtures';
import { en, zh } from './text';

/**
 * Without WebGL MapLibre's constructor throws ("Failed to initialize WebGL"); the app must say so in the
 * user's language and still offer everything through the table.
 */

const noWebglArgs = [
  '--disable-gpu',
  '--disable-software-rasterizer',
  '--disable-webgl',
  '--disable-3d-apis',
];

const messages = { zh: zh('map.noWebgl'), en: en('map.noWebgl') };

/** What the app must offer when it has no map. */
async function expectTableFallback(page: Page, lang: 'zh' | 'en'): Promise<void> {
  expect(
    await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      return canvas.getContext('webgl2') === null && canvas.getContext('webgl') === null;
    }),
    'WebGL is really unavailable in this page',
  ).toBe(true);

  const message = page.getByTestId('map-failed');
  await expect(message).toBeVisible();
  await expect(message).toContainText(messages[lang]);
  await expect(message).not.toContainText(messages[lang === 'zh' ? 'en' : 'zh']);
  expect(await page.evaluate(() => window.__mapReady)).not.toBe(true);
  await expect(page.locator('.maplibregl-canvas')).toHaveCount(0);

  const table = page.getByTestId('table-townships');
  await expect(table).toBeVisible();
  await expect(table.locator('tbody tr[data-code]')).toHaveCount(25);

  // Sorting by the aid column: descending first, then ascending, and the rows follow.
  const activities = table.locator('thead th').nth(1);
  const aid = table.locator('thead th').nth(2);
  await expect(activities).toHaveAttribute('aria-sort', 'descending');
  await expect(aid).not.toHaveAttribute('aria-sort', /.*/);
  const aidValues = async () =>
    (
      await table
        .locator('tbody tr[data-code] td[data-metric="aid"]')
        .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-value')))
    )
      .filter((value): value is string => value !== null && value !== '')
      .map(Number);

  await aid.getByRole('button').click();
  await expect(aid).toHaveAttribute('aria-sort', 'descending');
  await expect(activities).not.toHaveAttribute('aria-sort', /.*/);
  const descending = await aidValues();
  expect(descending.length).toBeGreaterThan(1);
  expect(descending).toEqual([...descending].sort((a, b) => b - a));

  await aid.getByRole('button').click();
  await expect(aid).toHaveAttribute('aria-sort', 'ascending');
  const ascending = await aidValues();
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  expect(ascending).not.toEqual(descending);
  await expect(table.locator('tbody tr[data-code]')).toHaveCount(25);
}

test.describe('WebGL switched off in the page (getContext returns null)', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        type: string,
        ...rest: unknown[]
      ) {
        if (type === 'webgl' || type === 'webgl2' || type === 'experimental-webgl') return null;
        return (original as (type: string, ...rest: unknown[]) => RenderingContext | null).call(
          this,
          type,
          ...rest,
        );
      } as typeof original;
    });
  });

  test('shows the message in Chinese and a working table', async ({ page }) => {
    await page.goto('/');
    await expectTableFallback(page, 'zh');
  });

  test('shows the message in English with #lang=en', async ({ page }) => {
    await page.goto('/#lang=en');
    await expectTableFallback(page, 'en');
  });
});

/**
 * The same with a browser started without WebGL at all. Launch options are per worker, so this test starts
 * its own Chromium and watches its page as the shared fixture does.
 */
test('a browser started without WebGL gets the message and a working table', async ({
  playwright,
  baseURL,
  viewport,
  locale,
}) => {
  const browser = await playwright.chromium.launch({
    executablePath: chromiumExecutable(),
    args: [...chromiumArgs, ...noWebglArgs],
  });
  try {
    const context = await browser.newContext({ baseURL, viewport, locale });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    const remoteRequests: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.on('request', (request) => {
      if (!isLocalUrl(request.url())) remoteRequests.push(request.url());
    });

    await page.goto('/');
    await expectTableFallback(page, 'zh');
    await page.goto('/#lang=en');
    await page.reload();
    await expectTableFallback(page, 'en');

    expect(pageErrors, 'uncaught page errors').toEqual([]);
    expect(remoteRequests, 'requests to non-local addresses').toEqual([]);
  } finally {
    await browser.close();
  }
});
