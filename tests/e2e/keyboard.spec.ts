import type { Page } from '@playwright/test';
import { sitesOfTownship } from '../../src/panels/detail/panelModel';
import { testData } from './data';
import { expect, test, waitForMap } from './fixtures';

// Keyboard only: every step below uses page.keyboard, never the mouse or locator.click().
const data = testData();
const townshipCodes = data.townships.map((t) => t.id);

interface Focus {
  /** data-kb tag given before the walk, else a short description of the element */
  key: string;
  /** the element shows where focus is: an outline or a box-shadow */
  visible: boolean;
  inBody: boolean;
}

/** Tags the controls the walk must reach, so that each step can say which one has focus. */
async function tagControls(page: Page): Promise<{ topBar: string[] }> {
  return page.evaluate(() => {
    const focusable = 'button, select, input, textarea, a[href], summary, [tabindex]:not([tabindex="-1"])';
    const topBar = [...document.querySelectorAll<HTMLElement>(`header.top-bar :is(${focusable})`)]
      .filter((el) => !(el as HTMLButtonElement).disabled && el.checkVisibility())
      .map((el, i) => {
        el.dataset.kb = `top:${el.dataset.testid ?? i}`;
        return el.dataset.kb;
      });
    document.querySelector<HTMLElement>('[data-testid=township-search]')!.dataset.kb = 'search';
    for (const b of document.querySelectorAll<HTMLElement>('[data-testid=township-list] button[data-code]')) {
      b.dataset.kb = `list:${b.dataset.code}`;
    }
    document.querySelector<HTMLElement>('canvas.maplibregl-canvas')!.dataset.kb = 'map';
    for (const t of document.querySelectorAll<HTMLElement>('[role=tab]')) t.dataset.kb = `tab:${t.id}`;
    return { topBar };
  });
}

async function focus(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { key: 'body', visible: false, inBody: true };
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
    const shadow = s.boxShadow !== 'none';
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30);
    return {
      key: el.dataset.kb ?? `${el.tagName.toLowerCase()} "${text}"`,
      visible: outline || shadow,
      inBody: false,
    };
  });
}

async function expectFocusVisible(page: Page): Promise<void> {
  const f = await focus(page);
  expect(f.inBody, 'focus is on an element, not lost to the page').toBe(false);
  expect(f.visible, `focus ring on ${f.key}`).toBe(true);
}

/** Presses Tab until the focused element matches, at most `limit` times. */
async function tabTo(page: Page, matches: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, matches)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${matches}`);
}

test('Tab reaches every control in order, focus is always visible, and Tab wraps to the start', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  const { topBar } = await tagControls(page);
  for (const id of ['metric-select', 'method-select', 'filters-toggle', 'table-toggle', 'basemap-toggle']) {
    expect(topBar, 'top-bar controls found in the page').toContain(`top:${id}`);
  }
  expect(topBar).toContain('top:lang-toggle');
  const listCount = await page.locator('[data-testid=township-list] button[data-code]').count();
  expect(listCount, 'one list row per township in the data').toBe(townshipCodes.length);

  const seen: string[] = [];
  const unmarked: string[] = [];
  let wrapped = false;
  for (let i = 0; i < 600 && !wrapped; i++) {
    await page.keyboard.press('Tab');
    const f = await focus(page);
    // Past the last control focus leaves the page for a step (to the browser's own UI) and comes back.
    if (f.inBody) continue;
    if (!f.visible) unmarked.push(f.key);
    if (seen.length > 0 && f.key === seen[0]) wrapped = true;
    else seen.push(f.key);
  }
  expect(wrapped, `Tab came back to the first control (no focus trap); last: ${seen.at(-1)}`).toBe(true);
  expect(unmarked, 'focused without a visible outline or shadow').toEqual([]);

  const order = (key: string) => seen.indexOf(key);
  for (const key of topBar) expect(seen, 'every top-bar control is a Tab stop').toContain(key);
  expect(seen).toContain('search');
  for (const code of townshipCodes) expect(seen, `township ${code} is a Tab stop`).toContain(`list:${code}`);
  expect(seen).toContain('map');
  expect(seen, 'the shown tab is a Tab stop').toContain('tab:tab-detail');
  expect(seen, 'the other tabs are reached with arrow keys instead').not.toContain('tab:tab-pairings');
  // The order of the page: top bar, then the list, then the map, then the detail column.
  expect(order(topBar.at(-1)!)).toBeLessThan(order('search'));
  expect(order('search')).toBeLessThan(order(`list:${townshipCodes[0]}`));
  expect(Math.max(...townshipCodes.map((c) => order(`list:${c}`)))).toBeLessThan(order('map'));
  expect(order('map')).toBeLessThan(order('tab:tab-detail'));
});

test('every township can be reached with the arrow keys and opened with Enter', async ({ page }) => {
  // One Enter per township, each starting a camera move to it: longer than the default when machines are busy.
  test.setTimeout(120_000);
  await page.goto('/');
  await waitForMap(page);
  await tabTo(page, '[data-testid=township-search]');
  await expectFocusVisible(page);
  await page.keyboard.press('Tab');
  const focusedCode = () => page.evaluate(() => (document.activeElement as HTMLElement).dataset.code ?? null);

  // Each row's focus, its ring, the panel it opens and the focus after opening, read in one evaluate per
  // step: the page is busy flying the camera, and every round trip to it waits for a frame.
  const row = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const s = getComputedStyle(el);
      const panel = document.querySelector<HTMLElement>('[data-testid=township-panel]');
      return {
        code: el.dataset.code ?? null,
        ring: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none',
        panel: panel?.checkVisibility() ? (panel.dataset.code ?? null) : null,
      };
    });
  const opened: string[] = [];
  for (let i = 0; i < townshipCodes.length; i++) {
    const before = await row();
    expect(before.code, `row ${i} of the list has focus`).not.toBeNull();
    expect(before.ring, `focus ring on row ${i}`).toBe(true);
    await page.keyboard.press('Enter');
    // The panel opens for the row, and focus stays on the row after opening.
    await expect.poll(row).toEqual({ code: before.code, ring: true, panel: before.code });
    opened.push(before.code!);
    await page.keyboard.press('ArrowDown');
  }
  expect([...opened].sort()).toEqual([...townshipCodes].sort());
  // ArrowDown stops at the last row; ArrowUp goes back one.
  expect(await focusedCode()).toBe(opened.at(-1));
  await page.keyboard.press('ArrowUp');
  expect(await focusedCode()).toBe(opened.at(-2));
});

test('the map takes focus and zooms and pans with the keyboard', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await tabTo(page, 'canvas.maplibregl-canvas');
  await expectFocusVisible(page);
  const zoom = () => page.evaluate(() => window.__map!.getZoom());
  const centre = () => page.evaluate(() => window.__map!.getCenter().lng);

  const start = await zoom();
  await page.keyboard.press('+');
  await expect.poll(zoom).toBeGreaterThan(start + 0.5);
  const zoomedIn = await zoom();
  await page.keyboard.press('-');
  await expect.poll(zoom).toBeLessThan(zoomedIn - 0.5);

  const west = await centre();
  await page.keyboard.press('ArrowRight');
  await expect.poll(centre).toBeGreaterThan(west);
});

test('detail column: tabs with arrow keys, the close button, and Escape closing the panel', async ({
  page,
}) => {
  const [first, second] = data.townships
    .filter((t) => (data.activitiesByTownship.get(t.id) ?? []).length > 0)
    .map((t) => t.id);
  await page.goto('/');
  await waitForMap(page);
  await tabTo(page, `[data-testid=township-list] button[data-code="${first}"]`);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('township-panel')).toHaveAttribute('data-code', first!);

  // From the list, past the map and its controls, to the shown tab.
  await tabTo(page, '#tab-detail');
  await expectFocusVisible(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#tab-pairings')).toBeFocused();
  await expect(page.locator('#tab-pairings')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#tabpanel-pairings')).toBeVisible();
  await expectFocusVisible(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#tabpanel-beyond')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#tabpanel-reader')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#tab-detail')).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.locator('#tab-reader')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(page.locator('#tab-detail')).toBeFocused();
  await expect(page.getByTestId('township-panel')).toBeVisible();

  // The close button comes first in the panel; closing puts focus on the county summary's heading.
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('township-panel').locator('button.close')).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('county-summary')).toBeVisible();
  await expect(page.getByTestId('county-summary').getByRole('heading', { level: 2 })).toBeFocused();
  await expectFocusVisible(page);

  // Escape: first closes an open source mark, then the panel.
  await tabTo(page, `[data-testid=township-list] button[data-code="${second}"]`, 300);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('township-panel')).toHaveAttribute('data-code', second!);
  await tabTo(page, '[data-testid=township-panel] button.mark');
  await expect(page.getByRole('tooltip')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip')).toBeHidden();
  await expect(page.getByTestId('township-panel')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('township-panel')).toHaveCount(0);
  await expect(page.getByTestId('county-summary').getByRole('heading', { level: 2 })).toBeFocused();
  expect(page.url()).not.toContain('sel=');
});

test('a panel link moves focus to the panel it opens', async ({ page }) => {
  const township = data.townships.find((t) => sitesOfTownship(data, t.id).length > 0)!;
  await page.goto(`/#sel=${township.id}`);
  await waitForMap(page);
  await tabTo(page, '[data-testid=township-sites] button', 300);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('site-panel')).toBeVisible();
  await expect(page.getByTestId('site-panel').getByRole('heading', { level: 2 })).toBeFocused();
  await expectFocusVisible(page);
  // And back to the township from the site's panel.
  await tabTo(page, '[data-testid=site-township] button');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('township-panel')).toHaveAttribute('data-code', township.id);
  await expect(page.getByTestId('township-panel').getByRole('heading', { level: 2 })).toBeFocused();
});

test('filters: the toggle moves focus into the panel, Space ticks, Escape closes and returns focus', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  await tabTo(page, '[data-testid=filters-toggle]');
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('filters-panel');
  await expect(panel).toBeVisible();
  expect(await panel.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await tabTo(page, 'input[data-category="donation"]');
  await expectFocusVisible(page);
  await page.keyboard.press('Space');
  await expect(page.locator('input[data-category="donation"]')).toBeChecked();
  expect(page.url()).toContain('cat=donation');
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page.getByTestId('filters-toggle')).toBeFocused();
  await expectFocusVisible(page);
});
