import type { Page } from '@playwright/test';
import { expect, show, test, waitForMap } from './fixtures';
import { countyBounds, placeOnScreen, settled, townshipBounds } from './viewHelpers';
import { testData } from './data';
import { parts, zh } from './text';

const nagu = '530326102';
const data = testData();
const sizes = [
  { name: 'portrait 390×844', viewport: { width: 390, height: 844 } },
  { name: 'landscape 844×390', viewport: { width: 844, height: 390 } },
];

/** The map's canvas rectangle and the part of it above the bottom sheet. */
async function mapRoom(page: Page) {
  return page.evaluate(() => {
    const canvas = window.__map!.getCanvas().getBoundingClientRect();
    const sheet = document.querySelector('[data-testid="bottom-sheet"]')!.getBoundingClientRect();
    return {
      width: canvas.width,
      visibleHeight: Math.min(canvas.bottom, sheet.top) - canvas.top,
      screen: window.innerWidth * window.innerHeight,
    };
  });
}

async function scaleBarMetres(page: Page): Promise<number> {
  const text = (await page.locator('.maplibregl-ctrl-scale').textContent())!.trim();
  const [, value, unit] = /([\d.]+)\s*(km|m)/.exec(text)!;
  return Number(value) * (unit === 'km' ? 1000 : 1);
}

for (const size of sizes) {
  test.describe(`phone, ${size.name}`, () => {
    test.use({ viewport: size.viewport, isMobile: true, hasTouch: true });

    test('map first: at peek the map keeps half the screen, the page never scrolls, no fit warning', async ({
      page,
    }) => {
      const warnings: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'warning' && /cannot fit/i.test(m.text())) warnings.push(m.text());
      });
      await page.goto('/');
      await waitForMap(page);
      await settled(page);
      await expect(page.getByTestId('bottom-sheet')).toHaveAttribute('data-sheet', 'peek');
      const room = await mapRoom(page);
      expect(room.width * room.visibleHeight, 'map area above the sheet').toBeGreaterThanOrEqual(
        room.screen / 2,
      );
      // The whole county in view and clear of the sheet and the notes.
      const county = await placeOnScreen(page, countyBounds());
      expect(county.inside).toBe(true);
      expect(county.under).toEqual([]);
      expect(await scaleBarMetres(page)).toBeLessThan(100_000);
      await page.mouse.wheel(0, 600);
      expect(await page.evaluate(() => [document.scrollingElement!.scrollTop, window.scrollY])).toEqual([
        0, 0,
      ]);
      expect(await page.evaluate(() => document.scrollingElement!.scrollHeight <= window.innerHeight)).toBe(
        true,
      );
      expect(warnings).toEqual([]);
      // The first view as the phone shows it, against its saved picture.
      await expect(page).toHaveScreenshot(`first-view-${size.viewport.width}x${size.viewport.height}.png`);
    });

    test('find and tap a township, read its panel in the sheet, and get back to the map', async ({
      app: page,
    }) => {
      // This worker's page for this screen, at the first view (as a link with nothing in it shows it).
      await show(page, '');
      const search = page.getByTestId('township-search');
      await search.tap();
      await search.fill('娜姑');
      const result = page.getByTestId('township-list').locator(`button[data-code="${nagu}"]`);
      await expect(result).toBeVisible();
      await result.tap();
      const sheet = page.getByTestId('bottom-sheet');
      await expect(sheet).toHaveAttribute('data-sheet', 'half');
      const count = data.activitiesByTownship.get(nagu)!.length;
      await expect(page.getByTestId('sheet-handle')).toContainText(
        parts('zh-CN', [data.places.get(nagu)!.name_zh, zh('tp.activityCount', { n: count })]),
      );
      const panel = page.locator(`[data-testid="township-panel"][data-code="${nagu}"]`);
      await expect(panel).toBeVisible();
      await settled(page);
      // The township is fitted above the half-open sheet.
      const place = await placeOnScreen(page, townshipBounds([nagu]));
      expect(place.inside, JSON.stringify(place)).toBe(true);
      expect(place.under).toEqual([]);

      await page.getByTestId('sheet-handle').tap();
      await expect(sheet).toHaveAttribute('data-sheet', 'full');
      await expect(panel.getByTestId('township-activities')).toBeVisible();
      await page.getByTestId('sheet-handle').tap();
      await expect(sheet).toHaveAttribute('data-sheet', 'peek');
      await expect(panel).toBeHidden();

      // Closing the township (from the panel) folds the sheet, and the map is all there again.
      await page.getByTestId('sheet-handle').tap();
      await panel.getByRole('button', { name: zh('panel.close') }).tap();
      await expect(sheet).toHaveAttribute('data-sheet', 'peek');
      expect(page.url()).not.toContain('sel=');
      // The page goes on to the next test: leave the list unfiltered.
      await search.fill('');
    });

    test('every control is in the menu, and touch targets are at least 44 px', async ({ app: page }) => {
      await show(page, '');
      const ids = [
        'metric-select',
        'method-select',
        'filters-toggle',
        'table-toggle',
        'export-open',
        'present-toggle',
        'lang-toggle',
      ];
      for (const id of ids) await expect(page.getByTestId(id)).toBeHidden();
      const toggle = page.getByTestId('menu-toggle');
      await toggle.tap();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      const targets = [...ids, 'menu-toggle', 'township-search', 'sheet-handle', 'legend-chip', 'urban-zoom'];
      for (const id of targets) {
        const box = (await page.getByTestId(id).boundingBox())!;
        expect(box.height, `${id} height`).toBeGreaterThanOrEqual(44);
      }
      for (const button of await page.locator('.maplibregl-ctrl-group button').all()) {
        const box = (await button.boundingBox())!;
        expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
      }
      // Picking in the menu works and closes it.
      await page.getByTestId('table-toggle').tap();
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(page.getByRole('table').first()).toBeVisible();
    });

    test('the legend is a chip that opens and folds', async ({ app: page }) => {
      await show(page, '');
      const chip = page.getByTestId('legend-chip');
      await expect(chip).toBeVisible();
      await expect(page.getByTestId('legend')).toHaveCount(0);
      await chip.tap();
      await expect(page.getByTestId('legend')).toBeVisible();
      await page.getByTestId('legend-fold').tap();
      await expect(page.getByTestId('legend')).toHaveCount(0);
    });

    test('the sheet follows the keys and a drag', async ({ page }) => {
      await page.goto(`/#sel=${nagu}`);
      await waitForMap(page);
      const sheet = page.getByTestId('bottom-sheet');
      const handle = page.getByTestId('sheet-handle');
      await handle.focus();
      await page.keyboard.press('ArrowUp');
      await expect(sheet).toHaveAttribute('data-sheet', 'half');
      await page.keyboard.press('ArrowUp');
      await expect(sheet).toHaveAttribute('data-sheet', 'full');
      await page.keyboard.press('End');
      await expect(sheet).toHaveAttribute('data-sheet', 'peek');
      // A drag up most of the screen lets go at full.
      const box = (await handle.boundingBox())!;
      const x = box.x + box.width / 2;
      await page.mouse.move(x, box.y + 10);
      await page.mouse.down();
      await page.mouse.move(x, box.y - size.viewport.height * 0.3, { steps: 5 });
      await page.mouse.move(x, 60, { steps: 5 });
      await page.mouse.up();
      await expect(sheet).toHaveAttribute('data-sheet', 'full');
    });

    test('a source mark opens on a tap', async ({ page }) => {
      await page.goto(`/#sel=${nagu}`);
      await waitForMap(page);
      await page.getByTestId('sheet-handle').tap();
      await page.getByTestId('sheet-handle').tap();
      const mark = page.locator('[data-testid="township-activities"] .source-mark .mark').first();
      await mark.scrollIntoViewIfNeeded();
      await mark.tap();
      await expect(
        page.locator('[data-testid="township-activities"] .source-mark .citation').first(),
      ).toBeVisible();
    });

    test('presentation fits the phone: nothing runs off the side', async ({ app: page }) => {
      await show(page, '#present=1&step=1');
      await expect(page.getByTestId('presenter')).toBeVisible();
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth)).toBe(
        true,
      );
      const bar = (await page.getByTestId('presenter').boundingBox())!;
      expect(bar.x).toBeGreaterThanOrEqual(0);
      expect(bar.x + bar.width).toBeLessThanOrEqual(size.viewport.width + 1);
    });
  });
}

test.describe('tablet, 768×1024', () => {
  test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });
  test('map and panel side by side, search over the map, the controls in a menu', async ({ page }) => {
    await page.goto(`/#sel=${nagu}`);
    await waitForMap(page);
    const canvas = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
    const panel = (await page.getByTestId('township-panel').boundingBox())!;
    expect(canvas.width).toBeGreaterThan(400);
    expect(panel.x).toBeGreaterThanOrEqual(canvas.x + canvas.width - 1);
    await expect(page.getByTestId('township-search')).toBeVisible();
    await expect(page.getByTestId('metric-select')).toBeHidden();
    await expect(page.getByTestId('menu-toggle')).toBeVisible();
    await settled(page);
    const place = await placeOnScreen(page, townshipBounds([nagu]));
    expect(place.inside).toBe(true);
    expect(place.under).toEqual([]);
  });
});
