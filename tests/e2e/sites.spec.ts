import { sitePoints } from '../../src/data/sites';
import { testData } from './data';
import { expect, test, waitForMap } from './fixtures';
import { readFileSync } from 'node:fs';
import type { TownshipsFile } from '../../src/geo/geoFiles';

const data = testData();
const townships = JSON.parse(readFileSync('geo/townships.geojson', 'utf8')) as TownshipsFile;
const points = sitePoints([...data.places.values()], townships);
// Sites with their own point that no other site shares: each can be clicked on its own.
const alone = points.filter(
  (p) => p.positionFrom === 'own' && points.filter((q) => q.lon === p.lon && q.lat === p.lat).length === 1,
);

test('clicking a site symbol opens its panel with its activities and how exact its position is', async ({
  page,
}) => {
  expect(alone.length).toBeGreaterThanOrEqual(3);
  await page.goto('/');
  await waitForMap(page);
  for (const site of alone) {
    const point = await page.evaluate(
      ({ lon, lat }) =>
        new Promise<{ x: number; y: number }>((resolve) => {
          const map = window.__map!;
          map.once('idle', () => {
            const p = map.project([lon, lat]);
            const r = map.getCanvas().getBoundingClientRect();
            resolve({ x: r.left + p.x, y: r.top + p.y });
          });
          map.jumpTo({ center: [lon, lat], zoom: 11 });
        }),
      site,
    );
    await page.mouse.click(point.x, point.y);
    const panel = page.getByTestId('site-panel');
    await expect(panel).toHaveAttribute('data-place', site.id);
    await expect(panel).toContainText(data.places.get(site.id)!.name_zh);
    await expect(panel.getByTestId('site-position')).toContainText(String(site.uncertaintyKm));
    expect(page.url()).toContain(`sel=site:${site.id}`);
    const state = await page.evaluate(
      (id) => window.__map!.getFeatureState({ source: 'sites', id }),
      site.id,
    );
    expect(state.selected).toBe(true);
  }
});

test('sites drawn at the same point can each be reached from the panel', async ({ page }) => {
  const stacks = new Map<string, string[]>();
  for (const p of points) stacks.set(`${p.lon},${p.lat}`, [...(stacks.get(`${p.lon},${p.lat}`) ?? []), p.id]);
  const stack = [...stacks.values()].find((ids) => ids.length > 1)!;
  expect(stack.length).toBeGreaterThan(1);
  await page.goto(`/#sel=site:${stack[0]}`);
  await waitForMap(page);
  const others = page.getByTestId('site-stack').locator('button');
  await expect(others).toHaveCount(stack.length - 1);
  await others.first().click();
  const next = await page.getByTestId('site-panel').getAttribute('data-place');
  expect(stack.slice(1)).toContain(next);
});
