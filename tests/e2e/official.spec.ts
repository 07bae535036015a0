import { expect, test, waitForMap } from './fixtures';

// Served from dist-official: the app built with township lines imported through geo:import.
test.use({ baseURL: 'http://localhost:4174' });

test('with imported official boundaries the schematic note and dashes are gone', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await waitForMap(page);
  await expect(page.getByTestId('schematic-note')).toHaveCount(0);
  const dash = await page.evaluate(() => window.__map!.getPaintProperty('township-line', 'line-dasharray'));
  expect(dash).toBeUndefined();
  await page.screenshot({ path: testInfo.outputPath('official.png') });
});
