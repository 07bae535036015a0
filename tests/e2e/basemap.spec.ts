import { PNG } from 'pngjs';
import { expect, test, waitForIdle, waitForMap } from './fixtures';

const osm = /^https:\/\/tile\.openstreetmap\.org\//;
test.use({ allowedRemote: [osm] });

test('the online basemap asks for tiles only once switched on, and credits OpenStreetMap', async ({
  page,
}) => {
  const tileRequests: string[] = [];
  // Answer tile requests here: nothing leaves the machine even in this test.
  const tile = new PNG({ width: 256, height: 256 });
  tile.data.fill(200);
  const body = PNG.sync.write(tile);
  await page.route(osm, (route) => {
    tileRequests.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'image/png', body });
  });

  await page.goto('/');
  await waitForMap(page);
  await waitForIdle(page);
  expect(tileRequests).toEqual([]);
  expect(await page.evaluate(() => window.__map!.getSource('osm'))).toBeUndefined();

  await page.getByTestId('basemap-toggle').check();
  await expect.poll(() => tileRequests.length).toBeGreaterThan(0);
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('OpenStreetMap');

  await page.getByTestId('basemap-toggle').uncheck();
  await expect
    .poll(() => page.evaluate(() => window.__map!.getLayer('osm-basemap') === undefined))
    .toBe(true);
});
