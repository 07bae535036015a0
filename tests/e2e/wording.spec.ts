import type { Page } from '@playwright/test';
import { expect, test, waitForMap } from './fixtures';
import { en, zh } from './text';

/**
 * Issue 26 item 10, as a user meets it at 1366×768: the skip link on one line, the offline basemap saying it
 * failed, "1 person", the English table whole on screen with English section names, one CSV button per file
 * and the greyed 导出 saying why. One page walks them all, so the suite pays for one start of the app.
 */

const osm = /^https:\/\/tile\.openstreetmap\.org\//;
test.use({ allowedRemote: [osm] });

/** How many lines an element's text takes: the distinct tops of its line boxes. */
function lineCount(page: Page, testid: string): Promise<number> {
  return page.getByTestId(testid).evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top));
    return new Set(tops).size;
  });
}

test('wording and small defects, one page', async ({ page }) => {
  // The sandbox has no network; the test makes that certain, so the basemap's tiles fail as they would offline.
  await page.route(osm, (route) => route.abort('internetdisconnected'));
  await page.goto('/');
  await waitForMap(page);

  await test.step('the skip link reads on one line', async () => {
    await page.getByTestId('skip-map').focus();
    await expect(page.getByTestId('skip-map')).toHaveText(zh('skip.map'));
    expect(await lineCount(page, 'skip-map')).toBe(1);
  });

  await test.step('the online basemap says it could not load', async () => {
    await expect(page.getByTestId('basemap-status')).toHaveCount(0);
    await page.getByTestId('basemap-toggle').check();
    await expect(page.getByTestId('basemap-status')).toHaveText(zh('control.basemapFailed'));
    await page.getByTestId('basemap-toggle').uncheck();
    await expect(page.getByTestId('basemap-status')).toHaveCount(0);
  });

  await test.step('one person stationed is "1 person"', async () => {
    // Daibu Town: the one doctor seconded to its health centre.
    await page.goto('/#lang=en&sel=530326108');
    await waitForMap(page);
    const panel = page.getByTestId('township-panel');
    await expect(panel).toContainText(`1 ${en('metric.unit.stationed.one')}`);
    await expect(panel).not.toContainText(new RegExp(`\\b1 ${en('metric.unit.stationed')}\\b`));
  });

  await test.step('the English table fits 1366 px, names its sections in English, one CSV per file', async () => {
    await page.getByTestId('table-toggle').click();
    const view = page.getByTestId('table-view');
    await expect(view.getByTestId('table-activities')).toBeVisible();
    const overflow = await view.locator('table').evaluateAll((tables) =>
      tables.map((table) => {
        const block = table.parentElement!;
        return { table: table.dataset.testid, over: block.scrollWidth - block.clientWidth };
      }),
    );
    expect(overflow.filter((o) => o.over > 1)).toEqual([]);
    const lastHeader = view.getByTestId('table-activities').locator('thead th').last();
    const box = (await lastHeader.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1366);

    const sections = await view.locator('[data-column="citation"] .section').allTextContents();
    expect(sections.length).toBeGreaterThan(0);
    expect(sections.filter((s) => /\p{Script=Han}/u.test(s))).toEqual([]);

    const csv = await view.getByRole('button', { name: /CSV/ }).allTextContents();
    expect(csv.map((s) => s.trim())).toEqual([en('dl.csvFigures'), en('dl.csvTownships')]);

    const exportButton = page.getByTestId('export-open');
    await expect(exportButton).toBeDisabled();
    await expect(exportButton).toHaveAttribute('title', en('control.exportNeedsMap'));
  });
});
