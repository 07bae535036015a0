import type { Page } from '@playwright/test';
import { matches, noFilters } from '../../src/data/filters';
import { testData, townshipGeo } from './data';
import { expect, test, waitForMap } from './fixtures';
import { pointsInView } from './mapHelpers';
import { decodePng, pixelAt, type Rgb } from './pixels';
import { countyBounds, placeOnScreen, settled } from './viewHelpers';
import { translator } from '../../src/i18n/translate';

const data = testData();
const zh = translator('zh-CN');
const records = (code: string) => data.activitiesByTownship.get(code)?.length ?? 0;
const rural = data.townships.filter((t) => !t.name_zh.endsWith('街道'));
/** The three busiest townships outside the urban 街道 (whose names wait for a closer zoom). */
const busiest = [...rural].sort((a, b) => records(b.id) - records(a.id)).slice(0, 3);

/** The township names the map has placed (collided labels are not drawn, so not returned). */
async function namedOnMap(page: Page): Promise<string[]> {
  await settled(page);
  return page.evaluate(() =>
    window
      .__map!.queryRenderedFeatures({ layers: ['township-labels', 'urban-labels'] })
      .map((f) => String(f.properties.code)),
  );
}

/** The most common colour in a small patch round a point: the fill, whatever crosses it. */
async function fillColourAt(page: Page, point: { x: number; y: number }): Promise<Rgb> {
  await settled(page);
  const png = decodePng(
    await page.screenshot({ clip: { x: point.x - 8, y: point.y - 8, width: 16, height: 16 } }),
  );
  const counts = new Map<string, { rgb: Rgb; n: number }>();
  for (let y = 0; y < png.height; y++)
    for (let x = 0; x < png.width; x++) {
      const rgb = pixelAt(png, x, y);
      const key = `${rgb.r},${rgb.g},${rgb.b}`;
      counts.set(key, { rgb, n: (counts.get(key)?.n ?? 0) + 1 });
    }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]!.rgb;
}

test.describe.configure({ mode: 'serial' });
let page: Page;
test.beforeAll(async ({ browser }) => {
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
});
test.afterAll(() => page.close());

test('the busiest townships are named at the first view', async () => {
  await page.goto('/');
  await waitForMap(page);
  expect(records(busiest[2]!.id)).toBeGreaterThan(0);
  const named = await namedOnMap(page);
  for (const t of busiest) expect(named, `${t.name_zh} (${records(t.id)} records)`).toContain(t.id);
});

test('every township of a fitted region and the selection is named', async () => {
  const dahai = data.townships.find((t) => t.name_zh === '大海乡')!.id;
  const neighbours = rural
    .filter((t) => t.id !== dahai)
    .slice(0, 3)
    .map((t) => t.id);
  const region = [dahai, ...neighbours];
  await page.goto(`/#r=${region.join(',')}`);
  await waitForMap(page);
  const named = await namedOnMap(page);
  for (const code of region) expect(named, code).toContain(code);
});

test('a township outside a region keeps the colour of its class (faded cells stay readable)', async () => {
  await page.goto('/#');
  await waitForMap(page);
  const target = busiest[0]!.id;
  const point = (await pointsInView(page, [target]))[target];
  expect(point, 'a point inside the township').toBeTruthy();
  const before = await fillColourAt(page, point!);
  // What a region or a selection does to the townships outside it (regions.spec checks who gets it).
  await page.evaluate(
    (code) => window.__map!.setFeatureState({ source: 'townships', id: code }, { dim: true }),
    target,
  );
  const after = await fillColourAt(page, point!);
  for (const channel of ['r', 'g', 'b'] as const) {
    expect(
      Math.abs(after[channel] - before[channel]),
      `${channel}: ${JSON.stringify([before, after])}`,
    ).toBeLessThanOrEqual(3);
  }
  // …and it does step back: part of the patch is veiled.
  await page.evaluate(
    (code) => window.__map!.setFeatureState({ source: 'townships', id: code }, { dim: false }),
    target,
  );
});

test('a click on a township’s name selects that township, even over a site', async () => {
  const gucheng = townshipGeo().find((t) => t.name_zh === '古城街道')!;
  await page.goto('/#');
  await waitForMap(page);
  await page.getByTestId('urban-zoom').click();
  await settled(page);
  const named = await namedOnMap(page);
  expect(named).toContain(gucheng.code);
  // The name is placed first (it outranks the sites round it), centred on the label point.
  const at = await page.evaluate((lngLat) => {
    const map = window.__map!;
    const p = map.project(lngLat);
    const canvas = map.getCanvas().getBoundingClientRect();
    return { x: canvas.left + p.x, y: canvas.top + p.y };
  }, gucheng.label);
  await page.mouse.click(at.x, at.y);
  await expect(page.getByTestId('township-panel')).toHaveAttribute('data-code', gucheng.code);
});

test('the 全县 button brings the whole county back from a close view', async () => {
  const nagu = data.townships.find((t) => t.name_zh === '娜姑镇')!.id;
  await page.goto(`/#sel=${nagu}`);
  await waitForMap(page);
  await settled(page);
  expect((await placeOnScreen(page, countyBounds())).inside).toBe(false);
  await page.getByRole('button', { name: zh('map.countyLabel') }).click();
  await settled(page);
  expect((await placeOnScreen(page, countyBounds())).inside).toBe(true);
});

test('on a phone, copying the link shows its confirmation, and the system share sheet is offered', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'zh-CN',
    hasTouch: true,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const phone = await context.newPage();
  // A browser with a share sheet: what the page hands it is recorded.
  await phone.addInitScript(() => {
    (window as unknown as { shared: unknown[] }).shared = [];
    navigator.share = async (data) => {
      (window as unknown as { shared: unknown[] }).shared.push(data);
    };
  });
  await phone.goto('/#m=aid');
  await waitForMap(phone);
  await phone.getByTestId('menu-toggle').click();
  await phone.getByTestId('copy-link').click();
  await expect(phone.getByTestId('copy-link-status')).toHaveText(zh('link.copied'));
  await expect(phone.getByTestId('copy-link-status')).toBeVisible();
  await phone.getByTestId('share-link').click();
  const shared = await phone.evaluate(() => (window as unknown as { shared: { url: string }[] }).shared);
  expect(shared.map((s) => s.url)).toEqual([phone.url()]);
  await context.close();
});

test('a year filter says what it did: none after filtering, the undated records left out, never "no record"', async () => {
  const year = Math.max(...[...data.activities.values()].flatMap((a) => (a.date ? [a.date.year] : [])));
  const undated = [...data.activities.values()].filter((a) => !a.date).length;
  expect(undated).toBeGreaterThan(0);
  await page.goto(`/#year=${year}`);
  await waitForMap(page);
  const none = page.getByTestId('legend').locator('li[data-kind="none"] .label');
  await expect(none).toHaveText(zh('filters.noneUndated', { n: undated }));
  // Under a filter no township in the list reads "no record": the report may hold records there.
  const values = page.getByTestId('township-list').locator('button .value');
  await expect(values).toHaveCount(data.townships.length);
  expect(await values.allTextContents()).not.toContain(zh('list.noRecord'));
  expect(await values.allTextContents()).toContain(zh('list.noneFiltered'));
  // A township whose every record the year hid: its panel says so, not "the report places nothing here".
  const hiddenHere = data.townships.find((t) => {
    const list = data.activitiesByTownship.get(t.id) ?? [];
    return list.length > 0 && !list.some((a) => matches(a, { ...noFilters, years: [year] }));
  })!;
  expect(hiddenHere).toBeTruthy();
  await page.goto(`/#year=${year}&sel=${hiddenHere.id}`);
  await expect(page.getByTestId('township-panel').getByTestId('panel-empty')).toHaveText(
    zh('panel.noneUndated', { n: undated }),
  );
  await page.goto('/#');
  await waitForMap(page);
  await expect(none).toHaveText(zh('legend.noRecord'));
});
