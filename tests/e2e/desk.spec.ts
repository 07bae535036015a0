/**
 * The report desk (issue 23) as a person uses it, in one page of the hosted app: download the workbook,
 * add a second report and one activity in a township with no record (exceljs, as Excel would), open a
 * broken copy (the errors name sheet, row and column; the map keeps its data), open the good one (the
 * township's panel, the choropleth and the source filter show it), save the map as one file, and open that
 * file from file:// with the network blocked: the new record is there, and it saves itself again the same.
 */
import type { Download, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { savedName, stemOf } from '../../src/desk-ui/names';
import { deskText } from '../../src/desk-ui/deskText';
import { DATA_BLOCK_ID } from '../../src/data/embedded';
import { testData } from './data';
import { SECOND, withSecondReport, withWrongPhrase } from './deskBook';
import { expect, test, waitForMap } from './fixtures';
import { fills } from './mapHelpers';
import { zh } from './text';

const data = testData();
const places = [...data.places.values()];
/** 者海镇: a township the published report gives no record */
const ZHEHAI = '530326106';
const WORKBOOK = '新报道.xlsx';

const bytesOf = async (download: Download) => new Uint8Array(await readFile((await download.path())!));
const listValue = (page: Page, code: string) =>
  page.getByTestId('township-list').locator(`button[data-code="${code}"] .value`);

async function saved(page: Page, click: () => Promise<void>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return download;
}

/** The page's one running script and its data block, as written in the file. */
function parts(html: string) {
  const script = /<script type="module"[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1];
  const block = new RegExp(`<script type="application/json" id="${DATA_BLOCK_ID}">([^<]*)</script>`).exec(
    html,
  )?.[1];
  return { script, data: block === undefined ? undefined : JSON.parse(block) };
}

test('a second report reaches the map in the browser, and the map saves itself as one file', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(150_000);
  expect(data.activitiesByTownship.get(ZHEHAI), '者海镇 has no record in the published data').toEqual([]);
  await page.goto('/');
  await waitForMap(page);
  const noRecordFill = (await fills(page, [ZHEHAI]))[ZHEHAI];

  // 1. The workbook of the published data, from the app; a second report added in it.
  await page.getByTestId('desk-open').click();
  await expect(page.getByTestId('desk-dialog')).toBeVisible();
  const published = await saved(page, () =>
    page.getByTestId('desk-dialog').getByTestId('desk-save-workbook').click(),
  );
  expect(published.suggestedFilename()).toMatch(/\.xlsx$/);
  const second = await withSecondReport(await bytesOf(published), places, ZHEHAI);
  const broken = await withWrongPhrase(second.bytes, second.phraseCell);
  const file = (bytes: Uint8Array) => ({
    name: WORKBOOK,
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(bytes),
  });

  // 2. Broken: each error names its sheet, row and column; the map keeps the data it had.
  await page.getByTestId('desk-file').setInputFiles(file(broken));
  const errors = page.getByTestId('desk-errors');
  await expect(errors).toBeVisible({ timeout: 30_000 });
  const { row, letter } = second.phraseCell;
  const wrong = errors.locator(
    `section[data-sheet="activities"] [data-testid="desk-error"][data-cell="${letter}${row}"][data-rule="citation-not-found"]`,
  );
  await expect(wrong).toHaveCount(1);
  await expect(wrong).toContainText(deskText('zh-CN', 'deskui.row', { n: row }));
  await expect(wrong).toContainText(deskText('zh-CN', 'deskui.column', { letter }));
  await expect(wrong).toContainText('citation.phrase');
  await expect(listValue(page, ZHEHAI)).toHaveText(zh('list.noRecord'));
  await expect(page.getByTestId('desk-banner')).toHaveCount(0);

  // 3. The good one: the banner, the township's panel, the choropleth and the source filter follow.
  await page.getByTestId('desk-file').setInputFiles(file(second.bytes));
  await expect(page.getByTestId('desk-banner')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('desk-dialog')).toBeHidden();
  const banner = deskText('zh-CN', 'deskui.banner', {
    name: WORKBOOK,
    n: data.sources.size + 1,
    activities: data.activities.size + 1,
    time: '__TIME__',
  });
  const [before, after] = banner.split('__TIME__');
  await expect(page.getByTestId('desk-banner-text')).toHaveText(
    new RegExp(`^${escape(before!)}\\d\\d:\\d\\d${escape(after!)}$`),
  );
  await expect(listValue(page, ZHEHAI)).toHaveText('1');
  const oneRecord = [...data.activitiesByTownship].find(([, list]) => list.length === 1)![0];
  await expect.poll(async () => (await fills(page, [ZHEHAI]))[ZHEHAI]).not.toBe(noRecordFill);
  expect((await fills(page, [ZHEHAI, oneRecord]))[ZHEHAI]).toBe((await fills(page, [oneRecord]))[oneRecord]);
  await page.getByTestId('township-list').locator(`button[data-code="${ZHEHAI}"]`).click();
  const panel = page.locator(`[data-testid="township-panel"][data-code="${ZHEHAI}"]`);
  await expect(panel).toContainText(SECOND.title_zh);
  await page.getByTestId('filters-toggle').click();
  const sources = page.locator('[data-testid="filters-panel"] input[data-source]');
  await expect(sources).toHaveCount(2);
  await sources.and(page.locator(`[data-source="${SECOND.source}"]`)).check();
  await expect(page.getByTestId('filters-shown')).toHaveText(`1 / ${data.activities.size + 1}`);
  await page.getByTestId('filters-toggle').click();

  // 4. Saved as one file, named after the workbook and the day.
  const oneFile = await saved(page, () =>
    page.getByTestId('desk-banner').getByTestId('desk-save-one-file').click(),
  );
  expect(oneFile.suggestedFilename()).toBe(savedName(stemOf(WORKBOOK), new Date(), 'html'));
  const path = testInfo.outputPath('saved.html');
  await oneFile.saveAs(path);

  // 5. The saved file, from file:// with no network: the new record is there.
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  try {
    const offline = await context.newPage();
    const blocked: string[] = [];
    const errorsThere: string[] = [];
    offline.on('pageerror', (e) => errorsThere.push(String(e)));
    await offline.route('**/*', (route) => {
      const url = route.request().url();
      if (/^(file|data|blob):/.test(url)) return route.continue();
      blocked.push(url);
      return route.abort('internetdisconnected');
    });
    await offline.goto(pathToFileURL(path).href);
    await waitForMap(offline);
    await expect(listValue(offline, ZHEHAI)).toHaveText('1');
    await offline.getByTestId('township-list').locator(`button[data-code="${ZHEHAI}"]`).click();
    await expect(offline.locator(`[data-testid="township-panel"][data-code="${ZHEHAI}"]`)).toContainText(
      SECOND.title_zh,
    );
    // It saves itself again (from its own page, no template to fetch): the same code and the same data.
    await offline.getByTestId('desk-open').click();
    const again = await saved(offline, () =>
      offline.getByTestId('desk-dialog').getByTestId('desk-save-one-file').click(),
    );
    const first = parts(await readFile(path, 'utf8'));
    const second = parts(await readFile((await again.path())!, 'utf8'));
    expect(first.script && first.script.length > 100_000).toBe(true);
    expect(second.script === first.script, 'the same running script').toBe(true);
    expect(second.data).toEqual(first.data);
    expect(first.data.texts[SECOND.source]).toContain(SECOND.lead);
    expect(blocked, 'requests that would need a network').toEqual([]);
    expect(errorsThere).toEqual([]);
  } finally {
    await context.close();
  }
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
