import { expect, test, waitForMap } from './fixtures';
import { hostileHashes } from './hostileUrls';

const metrics = ['activities', 'aid', 'reached', 'stationed', 'paired'];
const methods = ['quantile', 'jenks', 'equal'];

test('500 random and hostile URL states: the app stays valid and throws nothing', async ({ page }) => {
  // 500 real hash changes, each waited for two frames: about 35 s alone, more with a second worker.
  test.setTimeout(180_000);
  await page.goto('/');
  await waitForMap(page);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  let presented = 0;
  for (const hash of hostileHashes(500)) {
    await page.evaluate(
      (h) =>
        new Promise<void>((resolve) => {
          window.location.hash = h;
          requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
        }),
      hash,
    );
    if ((await page.getByTestId('presentation').count()) > 0) {
      // Presentation mode hides the controls: its step must be one of the tour's.
      const counter = page.getByTestId('present-count');
      const step = Number(await counter.getAttribute('data-step'));
      const count = Number(await counter.getAttribute('data-count'));
      expect(step >= 0 && step < count, `${hash} → step ${step} of ${count}`).toBe(true);
      presented++;
    } else {
      expect(metrics).toContain(await page.getByTestId('metric-select').inputValue());
      expect(methods).toContain(await page.getByTestId('method-select').inputValue());
    }
  }
  // The stream does reach presentation mode now and then, so both branches above were exercised.
  expect(presented).toBeGreaterThan(0);
  // The map still answers after all that, at a sane camera.
  const camera = await page.evaluate(() => ({
    zoom: window.__map!.getZoom(),
    centre: window.__map!.getCenter(),
  }));
  expect(camera.zoom).toBeGreaterThanOrEqual(4);
  expect(camera.zoom).toBeLessThanOrEqual(16);
  expect(Number.isFinite(camera.centre.lng) && Number.isFinite(camera.centre.lat)).toBe(true);
  expect(dialogs).toEqual([]);
});
