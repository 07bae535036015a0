import type { Page } from '@playwright/test';
import { testData } from './data';
import { expect, test, waitForMap } from './fixtures';
import { fillTakesClickAt, pointsInView } from './mapHelpers';
import { placeOnScreen, settled, townshipBounds, type LonLatBounds } from './viewHelpers';
import { zh } from './text';

const data = testData();
/** Two townships at opposite ends of the county: the north-most and the south-most cell. */
const ends = (() => {
  const byLat = data.townships
    .map((t) => ({ code: t.id, lat: townshipBounds([t.id])[1][1] }))
    .sort((a, b) => a.lat - b.lat);
  return [byLat[0]!.code, byLat[byLat.length - 1]!.code];
})();

async function openAt(page: Page, width: number, height: number, hash: string) {
  await page.setViewportSize({ width, height });
  await page.goto(`/${hash}`);
  await waitForMap(page);
  await settled(page);
}

test('a region made at 1920×1080 shows the same townships, clear of every overlay, at 1280×720 and on a phone', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await openAt(page, 1920, 1080, '');
  for (const code of ends) {
    await page
      .getByTestId('township-list')
      .locator(`button[data-code="${code}"]`)
      .click({ modifiers: ['Shift'] });
  }
  await expect.poll(() => new URL(page.url()).hash).toContain(`r=${[...ends].sort().join(',')}`);
  const link = new URL(page.url()).hash;
  expect(link, 'a fitted region needs no view in its link').not.toMatch(/(^#|&)[vb]=/);

  for (const [width, height] of [
    [1280, 720],
    [1366, 768],
    [390, 844],
  ] as const) {
    await openAt(page, width, height, link);
    const place = await placeOnScreen(page, townshipBounds(ends));
    expect(place.inside, `${width}×${height}: ${JSON.stringify(place.box)}`).toBe(true);
    expect(place.under, `${width}×${height}`).toEqual([]);
  }
});

test('a view the user moved to is in the link as its area, and shows that area on another screen', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openAt(page, 1920, 1080, '');
  // Zoom in with the keyboard on the map: a move of the user's.
  await page.locator('canvas.maplibregl-canvas').focus();
  await page.keyboard.press('Equal');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => new URL(page.url()).hash).toMatch(/(^#|&)b=/);
  // The keys start eased moves: read the link once the map has come to rest, not after the first of them.
  await settled(page);
  const link = new URL(page.url()).hash;
  const b = new URLSearchParams(link.slice(1)).get('b')!.split(',').map(Number);
  const area: LonLatBounds = [
    [b[0]!, b[1]!],
    [b[2]!, b[3]!],
  ];
  // What the link names is what was in view, clear of the overlays.
  const there = await placeOnScreen(page, area);
  expect(there.inside).toBe(true);

  await openAt(page, 1280, 720, link);
  const here = await placeOnScreen(page, area);
  expect(here.inside, JSON.stringify(here.box)).toBe(true);
  expect(here.under).toEqual([]);
});

test('the open tab is in the link', async ({ page }) => {
  await openAt(page, 1366, 768, '');
  await page.getByRole('tab', { name: zh('pairings.title') }).click();
  await expect.poll(() => page.url()).toContain('tab=pairings');
  await page.reload();
  await waitForMap(page);
  await expect(page.getByRole('tab', { name: zh('pairings.title') })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  // A link with a selection and a tab opens on that tab.
  await openAt(page, 1366, 768, '#sel=530326102&tab=beyond');
  await expect(page.getByRole('tab', { name: zh('beyond.tab') })).toHaveAttribute('aria-selected', 'true');
});

test('links in the old format (centre and zoom) still open where they say', async ({ page }) => {
  await openAt(page, 1366, 768, '#v=103.3,26.3,9');
  const camera = await page.evaluate(() => ({ c: window.__map!.getCenter(), z: window.__map!.getZoom() }));
  expect(camera.z).toBeCloseTo(9, 1);
  expect(camera.c.lng).toBeCloseTo(103.3, 2);
  expect(camera.c.lat).toBeCloseTo(26.3, 2);
});

test('a selection is fitted whole, no closer than the maximum zoom, clear of the overlays', async ({
  page,
}) => {
  await openAt(page, 1280, 720, '');
  // 迤车镇 is the largest township: at a fixed zoom it was cropped.
  const yiche = data.townships.find((t) => t.name_zh === '迤车镇')!.id;
  await page.getByTestId('township-list').locator(`button[data-code="${yiche}"]`).click();
  await settled(page);
  const place = await placeOnScreen(page, townshipBounds([yiche]));
  expect(place.inside, JSON.stringify(place.box)).toBe(true);
  expect(place.under).toEqual([]);
  expect(await page.evaluate(() => window.__map!.getZoom())).toBeLessThanOrEqual(10.5 + 1e-6);
});

test('every one of the 25 cells can be selected from the first view, by a click inside it or through the Urban button, and its panel lists exactly the activities the data places there', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const urban = data.townships.filter((t) => t.name_zh.endsWith('街道')).map((t) => t.id);
  await openAt(page, 1366, 768, '');
  const camera = () =>
    page.evaluate(() => ({ zoom: window.__map!.getZoom(), centre: window.__map!.getCenter().toArray() }));
  const firstView = await camera();
  // Where to click, found by scanning the drawn map once per view (the first view, the Urban button's):
  // every return to a view is checked to be that same view, so its points hold for each township.
  const atFirstView = await pointsInView(
    page,
    data.townships.map((t) => t.id),
  );
  let urbanView: {
    view: Awaited<ReturnType<typeof camera>>;
    points: Awaited<ReturnType<typeof pointsInView>>;
  } | null = null;
  for (const township of data.townships) {
    // Back to the first view: a link with nothing in it shows the county (no reload needed).
    if (new URL(page.url()).hash) {
      await page.evaluate(() => (location.hash = ''));
      await settled(page);
    }
    const view = await camera();
    expect(view.zoom).toBeCloseTo(firstView.zoom, 2);
    expect(view.centre[0]).toBeCloseTo(firstView.centre[0]!, 4);
    expect(view.centre[1]).toBeCloseTo(firstView.centre[1]!, 4);
    let point = atFirstView[township.id] ?? null;
    if (urban.includes(township.id)) {
      await page.getByTestId('urban-zoom').click();
      await settled(page);
      // The 街道 are named wherever the app shows their cells.
      const labelled = await page.evaluate(() =>
        window
          .__map!.queryRenderedFeatures({ layers: ['urban-labels'] })
          .map((f) => String(f.properties.code)),
      );
      expect(labelled, `${township.name_zh} labelled`).toContain(township.id);
      const here = await camera();
      urbanView ??= { view: here, points: await pointsInView(page, urban) };
      expect(here.zoom).toBeCloseTo(urbanView.view.zoom, 2);
      expect(here.centre[0]).toBeCloseTo(urbanView.view.centre[0]!, 4);
      point = urbanView.points[township.id] ?? null;
    }
    expect(point, `${township.name_zh}: a point inside, away from the symbols`).not.toBeNull();
    if (!(await fillTakesClickAt(page, point!, township.id))) {
      point = (await pointsInView(page, [township.id]))[township.id] ?? null;
      expect(point, `${township.name_zh}: a point inside, away from the names now placed`).not.toBeNull();
    }
    await page.mouse.click(point!.x, point!.y);
    const panel = page.getByTestId('township-panel');
    await expect(panel).toHaveAttribute('data-code', township.id);
    // The panel lists exactly the activities the data places there (none for a cell without records).
    const expected = (data.activitiesByTownship.get(township.id) ?? []).map((a) => a.id).sort();
    const shown = await panel
      .locator('[data-activity-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-activity-id')!));
    expect([...new Set(shown)].sort(), township.name_zh).toEqual(expected);
    await expect(panel).toContainText(township.name_zh);
    expect(page.url()).toContain(`sel=${township.id}`);
    const state = await page.evaluate(
      (code) => window.__map!.getFeatureState({ source: 'townships', id: code }),
      township.id,
    );
    expect(state.selected, township.name_zh).toBe(true);
  }
  expect(data.townships.filter((t) => data.activitiesByTownship.has(t.id)).length).toBeGreaterThan(5);
});

test('a selected 街道 is shown close enough for its name', async ({ page }) => {
  for (const t of data.townships.filter((x) => x.name_zh.endsWith('街道'))) {
    await openAt(page, 1280, 720, `#sel=${t.id}`);
    const labelled = await page.evaluate(() =>
      window.__map!.queryRenderedFeatures({ layers: ['urban-labels'] }).map((f) => String(f.properties.code)),
    );
    expect(labelled, t.name_zh).toContain(t.id);
  }
});
