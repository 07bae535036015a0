import type { Page } from '@playwright/test';
import { translator } from '../../src/i18n/translate';
import { testData } from './data';
import { expect, test, waitForMap } from './fixtures';
import { pointInTownship } from './mapHelpers';
import { countyBounds, placeOnScreen, settled, townshipBounds } from './viewHelpers';

// The camera's flights between selections are what this spec is about: the motion every reader gets.
test.use({ reducedMotion: 'no-preference' });

const data = testData();
const zh = translator('zh-CN');
const code = (name: string) => data.townships.find((t) => t.name_zh === name)!.id;
const dahai = code('大海乡');
const kuangshan = code('矿山镇');
const nagu = code('娜姑镇');
const yiche = code('迤车镇');

function hashParam(page: Page, key: string): string[] {
  const value = new URLSearchParams(new URL(page.url()).hash.slice(1)).get(key);
  return value ? value.split(',') : [];
}

/** Whether these townships lie wholly on the map's canvas, clear of every overlay. */
async function inClearView(
  page: Page,
  codes: readonly string[],
): Promise<{ inside: boolean; under: string[] }> {
  await settled(page);
  const { inside, under } = await placeOnScreen(page, townshipBounds(codes));
  return { inside, under };
}

test('click a township, then shift-click another: a region of both, summed up, both in view', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  const first = await pointInTownship(page, dahai);
  await page.mouse.click(first.x, first.y);
  await expect(page.getByTestId('township-panel')).toBeVisible();
  await settled(page);

  const second = await pointInTownship(page, kuangshan);
  await page.keyboard.down('Shift');
  await page.mouse.click(second.x, second.y);
  await page.keyboard.up('Shift');

  await expect.poll(() => hashParam(page, 'r').sort()).toEqual([dahai, kuangshan].sort());
  // The region is what the panel now sums up: the selected township gave way to it.
  await expect(page.getByTestId('region-summary')).toBeVisible();
  await expect(page.getByTestId('township-panel')).toHaveCount(0);
  expect(await inClearView(page, [dahai, kuangshan])).toEqual({ inside: true, under: [] });
});

test('a ctrl-click in the list adds to the region as a shift-click does', async ({ page }) => {
  await page.goto(`/#sel=${nagu}`);
  await waitForMap(page);
  await page
    .getByTestId('township-list')
    .locator(`button[data-code="${yiche}"]`)
    .click({ modifiers: ['Control'] });
  await expect.poll(() => hashParam(page, 'r').sort()).toEqual([nagu, yiche].sort());
  await expect(page.getByTestId('region-summary')).toBeVisible();
});

for (const [screen, viewport] of [
  ['a laptop (1280×720)', { width: 1280, height: 720 }],
  ['a phone (390×844)', { width: 390, height: 844 }],
] as const) {
  test(`a link naming a region and a selection shows both on ${screen}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport, locale: 'zh-CN', hasTouch: viewport.width < 500 });
    const page = await context.newPage();
    // A township far from the region: only a view that holds both shows both.
    await page.goto(`/#sel=${dahai}&r=${nagu},${yiche}`);
    await waitForMap(page);
    expect(await inClearView(page, [dahai, nagu, yiche])).toMatchObject({ inside: true });
    await context.close();
  });
}

test('Escape closes the panel once, from the map and from inside the panel', async ({ page }) => {
  await page.goto(`/#sel=${nagu}`);
  await waitForMap(page);
  await expect(page.getByTestId('township-panel')).toBeVisible();
  await page.getByTestId('township-panel').locator('h2').first().focus();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('township-panel')).toHaveCount(0);
  await expect.poll(() => hashParam(page, 'sel')).toEqual([]);
  // One close, one history entry: Back returns to the township, not to an empty step in between.
  await page.goBack();
  await expect(page.getByTestId('township-panel')).toBeVisible();
});

test('× goes back: to the view before the selection, or to the county for a link that opened on it', async ({
  browser,
}) => {
  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 390, height: 844 },
  ]) {
    const context = await browser.newContext({ viewport, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`/#sel=${nagu}`);
    await waitForMap(page);
    await settled(page);
    expect((await placeOnScreen(page, countyBounds())).inside, 'opened tight on the township').toBe(false);
    // On a phone the panel is in the bottom sheet, at peek until its handle is tapped.
    if (viewport.width < 500) await page.getByTestId('sheet-handle').click();
    await page
      .getByTestId('township-panel')
      .getByRole('button', { name: zh('panel.close') })
      .click();
    await expect(page.getByTestId('township-panel')).toHaveCount(0);
    await settled(page);
    expect((await placeOnScreen(page, countyBounds())).inside, `${viewport.width}: back to the county`).toBe(
      true,
    );
    await context.close();
  }
});
