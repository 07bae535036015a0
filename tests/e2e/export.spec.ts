import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { expect, test, waitForMap } from './fixtures';
import { countyArea, testData } from './data';
import { boxStats, exportPicture, type Exported } from './exportHelpers';
import { en, parts, zh } from './text';

/** 娜姑镇, the township these exports show (its name is data). */
const nagu = testData().places.get('530326102')!.name_zh;
/** What every file name starts with: county, metric and subject, as the dictionary names them for files. */
const fileStem = [zh('export.countyShort'), zh('export.fileMetric.stationed'), nagu].join('-');

/** The map area's size on screen, which "screen" frames take. */
async function mapAreaSize(page: Page) {
  return page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('main.map-area')!;
    return { width: el.clientWidth, height: el.clientHeight };
  });
}

function box(result: Exported, kind: string) {
  const found = result.drawn.find((d) => d.kind === kind);
  expect(found, `${kind} drawn`).toBeTruthy();
  return found!;
}

/** Every picture: the map drawn (varied colours, the blue ramp), and title, legend and scale bar inked. */
function expectComposed(result: Exported) {
  // The map's own pixels: the legend, locator, figures and notes drawn over it are judged on their own.
  const furniture = result.drawn.filter((d) => d.kind !== 'map');
  const map = boxStats(result.png, box(result, 'map'), 4, furniture);
  expect(map.colours, 'map area has many colours').toBeGreaterThan(12);
  expect(map.drawn, 'most of the map area is drawn on').toBeGreaterThan(0.3);
  expect(map.blue, 'choropleth blues in the map').toBeGreaterThan(0.003);
  for (const kind of ['title', 'legend', 'scale-bar', 'north-arrow', 'footer'] as const) {
    const stats = boxStats(result.png, box(result, kind), 1);
    expect(stats.ink, `${kind} has dark ink`).toBeGreaterThan(0.01);
    expect(stats.colours, `${kind} is not a flat box`).toBeGreaterThan(2);
  }
  // Outside the boxes the page is white: sample the gap between the title and the map.
  const title = box(result, 'title');
  expect(result.png.data[(title.y * result.png.width + result.png.width - 4) * 4]).toBe(255);
}

test.describe('export PNG', () => {
  test.beforeEach(async ({ page }) => {
    // The county in view with 娜姑镇 selected (a selection alone would fit 娜姑镇).
    await page.goto(`/#sel=530326102&m=stationed&b=${countyArea()}`);
    await waitForMap(page);
  });

  const presets = [
    { frame: 'hd', scale: 1, size: [1920, 1080], label: '1920x1080-1x' },
    { frame: 'classic', scale: 1, size: [1600, 1200], label: '1600x1200-1x' },
    { frame: 'a4', size: [3508, 2480], label: 'A4-300dpi' },
  ] as const;
  for (const preset of presets) {
    test(`${preset.frame}: ${preset.size.join(' × ')}`, async ({ page }, testInfo) => {
      const result = await exportPicture(page, preset);
      await writeFile(testInfo.outputPath(result.filename), PNG.sync.write(result.png));
      expect([result.png.width, result.png.height]).toEqual(preset.size);
      expect(result.filename).toBe(`${fileStem}-${preset.label}.png`);
      expect(result.mapPixelRatio).toBeCloseTo(result.pixelRatio, 1);
      expectComposed(result);
      expect(box(result, 'title').text).toBe(
        parts('zh-CN', [zh('export.county'), zh('metric.stationed'), nagu]),
      );
      expect(box(result, 'schematic-note').text).toBe(zh('map.schematicNote'));
    });
  }

  test('1×, 2× and 3× of the screen', async ({ page }) => {
    test.setTimeout(120_000);
    const screen = await mapAreaSize(page);
    for (const scale of [1, 2, 3] as const) {
      const result = await exportPicture(page, { frame: 'screen', scale });
      expect([result.png.width, result.png.height]).toEqual([screen.width * scale, screen.height * scale]);
      expect(result.filename).toBe(`${fileStem}-${scale}x.png`);
      expectComposed(result);
    }
  });

  test('1920 × 1080 at 3× is drawn at full resolution, with a QR code and an edited title', async ({
    page,
  }) => {
    const result = await exportPicture(page, { frame: 'hd', scale: 3, qr: true, title: '北部乡镇 / 2018' });
    expect([result.png.width, result.png.height]).toEqual([5760, 3240]);
    // MapLibre would quietly lower the pixel ratio if the canvas were capped below 5760 pixels.
    expect(result.mapPixelRatio).toBeCloseTo(3, 1);
    expect(result.filename).toBe('北部乡镇_2018-1920x1080-3x.png');
    expect(box(result, 'title').text).toBe('北部乡镇 / 2018');
    const qr = boxStats(result.png, box(result, 'qr'), 1);
    expect(qr.ink).toBeGreaterThan(0.25);
    expectComposed(result);
  });

  test('English text renders in an English export', async ({ page }) => {
    await page.getByTestId('lang-toggle').click();
    const result = await exportPicture(page, { frame: 'hd', scale: 1 });
    // The English name with its space made safe for a file name ("Nagu Town" → "Nagu_Town").
    const naguEn = testData().places.get('530326102')!.name_en;
    const stem = [en('export.countyShort'), en('export.fileMetric.stationed'), naguEn.replace(/ /g, '_')];
    expect(result.filename).toBe(`${stem.join('-')}-1920x1080-1x.png`);
    expect(box(result, 'title').text).toBe(
      parts('en', [en('export.county'), en('metric.stationed'), naguEn]),
    );
    expectComposed(result);
  });
});

test('the export dialog and its code load on first use, not with the map', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/#sel=530326102');
  await waitForMap(page);
  await expect(page.getByTestId('export-dialog')).toHaveCount(0);
  const beforeUse = [...scripts];
  await page.getByTestId('export-open').click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  await expect(page.getByTestId('export-title')).toHaveValue(new RegExp(nagu));
  const loadedOnUse = scripts.filter((s) => !beforeUse.includes(s));
  expect(
    loadedOnUse.some((s) => /ExportHost/.test(s)),
    `loaded on use: ${loadedOnUse.join(', ')}`,
  ).toBe(true);
  expect(beforeUse.filter((s) => /ExportHost/.test(s))).toEqual([]);
  // Closed and opened again, it is the same dialog, not a second one.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export-dialog')).toBeHidden();
  await page.getByTestId('export-open').click();
  await expect(page.getByTestId('export-dialog')).toHaveCount(1);
  await expect(page.getByTestId('export-dialog')).toBeVisible();
});
