import { testData } from './data';
import { expect, show, test, waitForMap } from './fixtures';
import { en, zh } from './text';

/**
 * Issue 26, item 5: an official reading the Chinese interface meets no developer words. A site's 定位依据
 * and its notes are the text written for the reader (no file, id or package names), and MapLibre's own
 * buttons are titled in the reader's language, also after a switch of language.
 */

/** Latin words a Chinese note or basis may hold (names, units): none today. */
const ALLOWED_LATIN: readonly string[] = [];
const latinWords = (text: string) =>
  (text.match(/[A-Za-z]+/g) ?? []).filter((w) => !ALLOWED_LATIN.includes(w));

test('the Chinese site panel gives its basis and notes in Chinese; MapLibre’s buttons speak Chinese, then English', async ({
  page,
}) => {
  const village = testData().places.get('place-baiwu-village')!;
  await page.goto('/#sel=site:place-baiwu-village');
  await waitForMap(page);

  const panel = page.getByTestId('site-panel');
  const basis = (await panel.getByTestId('site-basis').textContent())!.trim();
  const notes = await panel.getByTestId('site-notes').locator('li').allTextContents();
  expect(basis).toBe(village.location!.basis_zh);
  expect(notes).toEqual(village.notes_zh);
  for (const text of [basis, ...notes]) expect(latinWords(text), text).toEqual([]);

  const zoomIn = page.locator('.maplibregl-ctrl-zoom-in');
  const compass = page.locator('.maplibregl-ctrl-compass');
  await expect(zoomIn).toHaveAttribute('title', zh('mapui.zoomIn'));
  await expect(compass).toHaveAttribute('title', zh('mapui.resetBearing'));
  await expect(page.locator('.maplibregl-canvas')).toHaveAttribute('aria-label', zh('mapui.title'));

  await show(page, 'sel=site:place-baiwu-village&lang=en');
  await expect(zoomIn).toHaveAttribute('title', en('mapui.zoomIn'));
  await expect(compass).toHaveAttribute('title', en('mapui.resetBearing'));
  await expect(panel.getByTestId('site-basis')).toHaveText(village.location!.basis_en);
});
