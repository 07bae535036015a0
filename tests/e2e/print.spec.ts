import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { testData } from './data';
import { expect, test, waitForIdle, waitForMap } from './fixtures';
import { zh } from './text';

/** 娜姑镇: three activities, notes under each. */
const nagu = '530326102';

/** Number of distinct colours in the largest Flate-compressed RGB image of a PDF (the map canvas). */
function largestImageColours(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  let best = { pixels: 0, colours: 0 };
  for (const m of text.matchAll(/<<([^]*?)>>\s*stream\r?\n/g)) {
    const dict = m[1]!;
    if (!/\/Subtype\s*\/Image/.test(dict) || !/FlateDecode/.test(dict) || /DeviceGray/.test(dict)) continue;
    const width = Number(/\/Width\s+(\d+)/.exec(dict)?.[1]);
    const height = Number(/\/Height\s+(\d+)/.exec(dict)?.[1]);
    const length = Number(/\/Length\s+(\d+)/.exec(dict)?.[1]);
    if (!(width * height > best.pixels)) continue;
    const start = m.index + m[0].length;
    const raw = inflateSync(pdf.subarray(start, start + length));
    const colours = new Set<number>();
    for (let i = 0; i + 2 < raw.length; i += 3)
      colours.add((raw[i]! << 16) | (raw[i + 1]! << 8) | raw[i + 2]!);
    best = { pixels: width * height, colours: colours.size };
  }
  return best.colours;
}

async function openWithPanel(page: Page) {
  await page.goto('/');
  await waitForMap(page);
  await page.getByTestId('township-list').locator(`button[data-code="${nagu}"]`).click();
  const panel = page.locator(`[data-testid="township-panel"][data-code="${nagu}"]`);
  await expect(panel).toBeVisible();
  return panel;
}

test('printing gives one A4 landscape page: the map with its legend, scale bar and locator, the open panel, its citations written out', async ({
  page,
}) => {
  const panel = await openWithPanel(page);
  const controls = ['metric-select', 'method-select', 'filters-toggle', 'table-toggle', 'lang-toggle'];

  // On screen everything is there (so the checks below can fail).
  await expect(page.getByTestId('township-list')).toBeVisible();
  for (const id of controls) await expect(page.getByTestId(id)).toBeVisible();
  await expect(page.getByRole('tablist')).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('township-list')).toBeHidden();
  for (const id of controls) await expect(page.getByTestId(id)).toBeHidden();
  await expect(page.getByRole('tablist')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.map-area .overlay.bottom-left')).toBeVisible();
  await expect(page.getByTestId('print-scale')).toBeVisible();
  await expect(panel).toBeVisible();
  // Where 娜姑镇 lies in the county, over the map's corner.
  await expect(page.getByTestId('print-locator')).toBeVisible();
  // No filter chosen: none named.
  await expect(page.getByTestId('print-filters')).toHaveCount(0);
  await expect(panel.locator('.source-mark .mark').first()).toBeHidden();

  // Print as the browser does (the page's own beforeprint unfolds the notes).
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const notes = await panel.locator('details').allInnerTexts();
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  const dir = await mkdtemp(join(tmpdir(), 'huize-print-'));
  const file = join(dir, 'print.pdf');
  await writeFile(file, pdf);

  // One A4 landscape page, as the README promises.
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const [width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts \(A4\)/.exec(info)!.slice(1).map(Number);
  expect(width, 'A4 landscape').toBeGreaterThan(height!);
  expect(/Pages:\s+(\d+)/.exec(info)![1], 'pages').toBe('1');

  // In the order it was drawn: the page has two columns, which a reading of the layout would interleave.
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
  const printed = text.replace(/\s+/g, '');
  // Every activity of the panel, with every figure the panel states, is in the printed text.
  const activities = testData().activitiesByTownship.get(nagu)!;
  expect(activities.length).toBe(3);
  for (const activity of activities) {
    expect(printed, activity.title_zh).toContain(activity.title_zh.replace(/\s+/g, ''));
  }
  const shown = (await panel.getByTestId('township-activities').innerText()).replace(/\s+/g, '');
  const figures = shown.match(/[\d.,]+(万元|人次|人|次)/g) ?? [];
  expect(figures.length).toBeGreaterThanOrEqual(3);
  for (const figure of figures) expect(printed, figure).toContain(figure);
  // Each citation written out as a numbered note: the report's name, and the phrases the panel cites.
  const source = testData().sources.get(activities[0]!.citation.source)!;
  expect(printed).toContain(source.name_zh.replace(/\s+/g, ''));
  expect(printed).toContain(zh('print.notes'));
  for (const activity of activities) {
    expect(printed, activity.citation.phrase).toContain(
      activity.citation.phrase.replace(/\s+/g, '').slice(0, 40),
    );
  }
  // The source marks print as the notes' numbers, not as buttons.
  expect(printed).toContain('[1]');
  // The notes print unfolded, with no disclosure triangles left over.
  expect(notes.length).toBeGreaterThan(0);
  for (const note of notes) expect(printed).toContain(note.replace(/\s+/g, '').slice(-30));
  expect(text).not.toMatch(/[▼▶►▸]/);
  // The printed scale bar, and the legend's heading.
  expect(text).toMatch(/\d+\s*(km|公里)/);
  const legendHeading = await page.locator('#legend-title').innerText();
  expect(printed).toContain(legendHeading.replace(/\s+/g, ''));

  await rm(dir, { recursive: true, force: true });
});

test('the printed page names the active filters', async ({ page }) => {
  await page.goto(`/#sel=${nagu}&cat=industry`);
  await waitForMap(page);
  await page.emulateMedia({ media: 'print' });
  const named = `${zh('filters.category')}${zh('sep.label')}${zh('category.industry')}`;
  await expect(page.getByTestId('print-filters')).toHaveText(zh('print.filters', { filters: named }));
});

// MapLibre draws into a WebGL buffer that is cleared after each frame unless the map is created with
// `canvasContextAttributes: { preserveDrawingBuffer: true }` (MapView does); without it the printed map is an
// empty box.
test('the printed map canvas is not blank', async ({ page }) => {
  await openWithPanel(page);
  await waitForIdle(page);
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(largestImageColours(pdf)).toBeGreaterThan(100);
});
