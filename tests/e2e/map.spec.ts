import { townshipMetrics } from '../../src/data/metrics';
import { numericChoropleth } from '../../src/choropleth/choropleth';
import { numericValues } from '../../src/choropleth/metricValues';
import { rangeLabel } from '../../src/choropleth/legendLabels';
import { testData } from './data';
import { expect, show, test, waitForMap } from './fixtures';
import { featureState, fills, pointInTownship } from './mapHelpers';
import { en, zh } from './text';
import { settled } from './viewHelpers';

const data = testData();
const metrics = townshipMetrics(data);
const codes = data.townships.map((t) => t.id);

test('switching the metric repaints the fill and the legend shows the classification breaks', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  const before = await fills(page, codes);
  for (const metric of ['aid', 'reached'] as const) {
    await page.getByTestId('metric-select').selectOption(metric);
    const expected = numericChoropleth(numericValues(metrics, metric), 'quantile');
    await expect
      .poll(async () => fills(page, codes))
      .toEqual(Object.fromEntries(codes.map((c) => [c, expected.fills.get(c)])));
    const labels = expected.legend
      .filter((e) => e.kind === 'class')
      .map((e) => rangeLabel(e as Extract<typeof e, { kind: 'class' }>, metric, 'zh-CN'));
    const legend = page.getByTestId('legend');
    for (const label of labels) await expect(legend).toContainText(label);
  }
  expect(await fills(page, codes)).not.toEqual(before);
  for (const method of ['jenks', 'equal'] as const) {
    await page.getByTestId('method-select').selectOption(method);
    const expected = numericChoropleth(numericValues(metrics, 'reached'), method);
    await expect
      .poll(async () => fills(page, codes))
      .toEqual(Object.fromEntries(codes.map((c) => [c, expected.fills.get(c)])));
  }
  // The reached metric in equal classes, fill and legend, against its saved picture.
  await expect(page.getByTestId('legend')).toBeVisible();
  await settled(page);
  await expect(page).toHaveScreenshot('metric-reached-equal.png');
});

test('keyboard only: search the list, select a township, and its panel opens', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  const search = page.getByTestId('township-search');
  // Reach the search box by tabbing, as a keyboard user does.
  for (let i = 0; i < 15 && !(await search.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(search).toBeFocused();
  await page.keyboard.type('dajing');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('township-list').locator('button[data-code="530326107"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('township-panel')).toHaveAttribute('data-code', '530326107');
  expect(page.url()).toContain('sel=530326107');
});

test('the URL restores metric, classification, selection, filters and language; Back and Forward work', async ({
  page,
}) => {
  await page.goto('/#lang=en&m=aid&cls=jenks&sel=530326102&cat=donation');
  await waitForMap(page);
  await expect(page.getByTestId('metric-select')).toHaveValue('aid');
  await expect(page.getByTestId('method-select')).toHaveValue('jenks');
  await expect(page.getByTestId('township-panel')).toHaveAttribute('data-code', '530326102');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('app.title'));
  await page.reload();
  await waitForMap(page);
  await expect(page.getByTestId('township-panel')).toHaveAttribute('data-code', '530326102');

  await page.getByTestId('township-list').locator('button[data-code="530326107"]').click();
  await expect(page.getByTestId('township-panel')).toHaveAttribute('data-code', '530326107');
  await page.goBack();
  await expect(page.getByTestId('township-panel')).toHaveAttribute('data-code', '530326102');
  await page.goForward();
  await expect(page.getByTestId('township-panel')).toHaveAttribute('data-code', '530326107');
});

test('a hostile or invalid URL gives the default view without errors', async ({ page }) => {
  await page.goto('/#m=<img src=x onerror=alert(1)>&sel=999&v=1e999,NaN,-5&cls=__proto__&year=abc');
  await waitForMap(page);
  await expect(page.getByTestId('metric-select')).toHaveValue('activities');
  await expect(page.getByTestId('county-summary')).toBeVisible();
});

test('filters change the counts, the fill and the legend', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await page.getByTestId('filters-toggle').click();
  await page.locator('input[data-category="donation"]').check();
  const donations = [...data.activities.values()].filter((a) => a.category === 'donation');
  await expect(page.getByTestId('filters-shown')).toHaveText(`${donations.length} / ${data.activities.size}`);
  expect(page.url()).toContain('cat=donation');
  for (const township of data.townships) {
    const expected = (data.activitiesByTownship.get(township.id) ?? []).filter(
      (a) => a.category === 'donation',
    ).length;
    const item = page.getByTestId('township-list').locator(`button[data-code="${township.id}"] .value`);
    // With a filter on, a township left with nothing says so (not that the report has no record of it).
    await expect(item).toHaveText(expected > 0 ? String(expected) : zh('list.noneFiltered'));
  }
  await expect(page.getByTestId('legend')).toContainText(zh('filters.active'));
});

test('English switch changes labels and number formats', async ({ app: page }) => {
  await show(page, '#m=aid');
  const dajing = page.getByTestId('township-list').locator('button[data-code="530326107"] .value');
  await expect(dajing).toHaveText('22.4 万元');
  await page.getByTestId('lang-toggle').click();
  await expect(dajing).toHaveText('224,000 yuan');
  await expect(page.getByTestId('metric-select').locator('option:checked')).toHaveText(en('metric.aid'));
  const field = await page.evaluate(() => window.__map!.getLayoutProperty('township-labels', 'text-field'));
  expect(JSON.stringify(field)).toContain('name_pinyin');
  expect(page.url()).toContain('lang=en');
});

test('the table lists the same values as the map', async ({ app: page }) => {
  await show(page, '');
  await page.getByTestId('table-toggle').click();
  const table = page.getByTestId('table-townships');
  await expect(table).toBeVisible();
  for (const township of data.townships) {
    const m = metrics.get(township.id)!;
    const cell = table.locator(`tr[data-code="${township.id}"] [data-metric="activities"]`);
    if (m.activityCount === 0 && m.pairings.length === 0) await expect(cell).not.toHaveText(/\d/);
    else await expect(cell).toHaveAttribute('data-value', String(m.activityCount));
  }
});

test('with schematic township cells the map says so and draws their lines dashed', async ({ app: page }) => {
  await show(page, '');
  await expect(page.getByTestId('schematic-note')).toBeVisible();
  await expect(page.getByTestId('schematic-note')).toHaveText(zh('map.schematicNote'));
  const dash = await page.evaluate(() => window.__map!.getPaintProperty('township-line', 'line-dasharray'));
  expect(dash).toEqual([3, 2]);
});

test('the map updates in place: a filter sets the pairings data (no source or layer re-added), hover writes two townships', async ({
  page,
}) => {
  await page.goto('/#tab=pairings');
  await waitForMap(page);
  const drawn = () =>
    page.evaluate(() => window.__map!.queryRenderedFeatures({ layers: ['pairing-links'] }).length);
  await expect.poll(drawn).toBeGreaterThan(0);
  // Count what the map is asked to do from here on (the wrappers pass every call through).
  await page.evaluate(() => {
    const map = window.__map!;
    const calls: Record<string, number> = {
      addSource: 0,
      removeSource: 0,
      addLayer: 0,
      removeLayer: 0,
      setData: 0,
    };
    Object.assign(window, { __calls: calls });
    const count = <T extends object, K extends keyof T & string>(target: T, name: K) => {
      const original = (target[name] as (...args: unknown[]) => unknown).bind(target);
      Object.assign(target, {
        [name]: (...args: unknown[]) => ((calls[name] = (calls[name] ?? 0) + 1), original(...args)),
      });
    };
    for (const name of ['addSource', 'removeSource', 'addLayer', 'removeLayer'] as const) count(map, name);
    count(map.getSource('pairing-links') as import('maplibre-gl').GeoJSONSource, 'setData');
  });
  const calls = () => page.evaluate(() => (window as unknown as { __calls: Record<string, number> }).__calls);

  // Donations only: no pairing is drawn; then every category again.
  await page.evaluate(() => (location.hash = 'tab=pairings&cat=donation'));
  await expect.poll(drawn).toBe(0);
  await page.evaluate(() => (location.hash = 'tab=pairings'));
  await expect.poll(drawn).toBeGreaterThan(0);

  const { setData, ...rebuilt } = await calls();
  expect(rebuilt).toEqual({ addSource: 0, removeSource: 0, addLayer: 0, removeLayer: 0 });
  expect(setData).toBeGreaterThanOrEqual(2);

  // Moving from one township to another writes hover on those two only (in both township sources).
  // Two townships large enough to be found at the first view (the urban 街道 would need a zoom).
  const [one, two] = data.townships.filter((t) => !t.name_zh.endsWith('街道')).map((t) => t.id);
  const from = await pointInTownship(page, one!);
  const to = await pointInTownship(page, two!);
  await page.mouse.move(from.x, from.y);
  await expect.poll(async () => (await featureState(page, 'townships', one!)).hover).toBe(true);
  await page.evaluate(() => {
    const map = window.__map!;
    const original = map.setFeatureState.bind(map);
    const written: string[] = [];
    Object.assign(window, { __written: written });
    map.setFeatureState = (feature, state) => (
      written.push(`${feature.source}:${feature.id}`),
      original(feature, state)
    );
  });
  await page.mouse.move(to.x, to.y);
  await expect.poll(async () => (await featureState(page, 'townships', two!)).hover).toBe(true);
  const written = await page.evaluate(() => (window as unknown as { __written: string[] }).__written);
  expect(new Set(written.map((w) => w.split(':')[1]))).toEqual(new Set([one, two]));
});

test('a reader who asks for less motion gets a camera that jumps; everyone else a short flight', async ({
  app: page,
}) => {
  const township = data.townships.find((t) => t.name_zh === '娜姑镇')!;
  for (const [reducedMotion, flies] of [
    ['reduce', false],
    ['no-preference', true],
  ] as const) {
    await page.emulateMedia({ reducedMotion });
    await show(page, '');
    await settled(page);
    const counting = await page.evaluateHandle(() => {
      const count = { moves: 0, stop: () => {} };
      const moved = () => count.moves++;
      window.__map!.on('move', moved);
      count.stop = () => window.__map!.off('move', moved);
      return count;
    });
    await page.getByTestId('township-list').locator(`button[data-code="${township.id}"]`).click();
    await expect(page.getByTestId('township-panel')).toHaveAttribute('data-code', township.id);
    await settled(page);
    // A jump is one 'move'; a flight is one per frame it draws.
    const moves = await counting.evaluate((count) => (count.stop(), count.moves));
    expect(moves, reducedMotion).toBeGreaterThan(0);
    expect(moves > 2, `${reducedMotion}: ${moves} moves`).toBe(flies);
  }
  await page.emulateMedia({ reducedMotion: 'reduce' });
});
