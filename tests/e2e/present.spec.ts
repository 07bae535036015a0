import type { Page } from '@playwright/test';
import { testData } from './data';
import { expect, show, test, waitForMap } from './fixtures';
import { featureState } from './mapHelpers';
import { settled } from './viewHelpers';

const data = testData();
// Every township the data places at least one activity in, in official code order (the tour's promise).
const withRecords = data.townships
  .filter((t) => (data.activitiesByTownship.get(t.id) ?? []).length > 0)
  .map((t) => t.id)
  .sort();
const stepCount = withRecords.length + 3; // overview, townships, pairings, beyond

/**
 * The step shown, its address and its panel; with `camera` (the default) also that the camera has come to
 * rest on a township step's own bounds, which is most of what a step costs to check.
 */
async function expectStep(page: Page, index: number, { camera = true } = {}) {
  await expect(page.getByTestId('present-count')).toHaveAttribute('data-step', String(index));
  await expect(page).toHaveURL(index === 0 ? /^(?!.*step=)/ : new RegExp(`[#&]step=${index}(&|$)`));
  if (index === 0) {
    await expect(page.getByTestId('county-summary')).toBeVisible();
    await expect(page.getByTestId('township-panel')).toHaveCount(0);
  } else if (index <= withRecords.length) {
    const code = withRecords[index - 1]!;
    await expect(page.getByTestId('township-panel')).toHaveAttribute('data-code', code);
    await expect.poll(async () => (await featureState(page, 'townships', code)).selected).toBe(true);
    if (!camera) return;
    // Flown to: once the camera settles, the township's own bounds are in view.
    await expect
      .poll(() =>
        page.evaluate((c) => {
          const map = window.__map!;
          if (map.isMoving()) return false;
          const feature = map
            .querySourceFeatures('townships')
            .find((f) => String(f.id ?? f.properties?.code) === c);
          if (!feature) return false;
          const view = map.getBounds();
          const ring = (feature.geometry as GeoJSON.Polygon).coordinates[0]!;
          return ring.every(([lon, lat]) => view.contains([lon!, lat!]));
        }, code),
      )
      .toBe(true);
  } else {
    const tab = index === withRecords.length + 1 ? 'pairings' : 'beyond';
    await expect(page.locator(`#tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator(`#tabpanel-${tab}`)).toBeVisible();
  }
}

test('the tour steps through the overview, every township with records in order, pairings and beyond, and back', async ({
  page,
}) => {
  test.setTimeout(180_000);
  expect(withRecords.length).toBeGreaterThan(5);
  await page.goto('/');
  await waitForMap(page);
  await page.getByTestId('present-toggle').click();
  const root = page.getByTestId('presentation');
  await expect(root).toBeVisible();
  // Chrome hidden: no top bar controls, no township list.
  await expect(page.getByTestId('metric-select')).toBeHidden();
  await expect(page.getByTestId('township-list')).toBeHidden();
  await expect(page.getByTestId('present-count')).toHaveAttribute('data-count', String(stepCount));
  await expectStep(page, 0);

  for (let i = 1; i < stepCount; i++) {
    // Arrows for a keyboard, PageDown as a presenter's clicker sends it.
    await page.keyboard.press(i % 2 ? 'ArrowRight' : 'PageDown');
    await expectStep(page, i);
  }
  // The end is the end.
  await expect(page.getByTestId('present-next')).toBeDisabled();
  await page.keyboard.press('ArrowRight');
  await expectStep(page, stepCount - 1);

  // Back again: every step in order, its panel and selection; the camera on each township was checked on the
  // way forward by the same step code, and waiting for each again would double the walk: only the first
  // township is waited for here, to show the way back flies too.
  for (let i = stepCount - 2; i >= 0; i--) {
    await page.keyboard.press(i % 2 ? 'ArrowLeft' : 'PageUp');
    await expectStep(page, i, { camera: i === 1 });
  }
  await expect(page.getByTestId('present-prev')).toBeDisabled();
});

test('type is large enough for a projector on every kind of step', async ({ app: page }) => {
  const steps = [0, 1, withRecords.length + 1, withRecords.length + 2];
  for (const step of steps) {
    await show(page, `#present=1&step=${step}`);
    await expectStep(page, step);
    // Effective size of every piece of visible text (CSS zoom included), outside the locator map's SVG.
    const sizes = await page.evaluate(() => {
      const scope = [
        ...document.querySelectorAll<HTMLElement>('[role="tabpanel"] *, [data-testid="presenter"] *'),
      ];
      return scope
        .filter(
          (el) =>
            !el.closest('svg') &&
            el.getClientRects().length > 0 &&
            [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''),
        )
        .map((el) => ({
          px: parseFloat(getComputedStyle(el).fontSize) * (el.currentCSSZoom ?? 1),
          text: el.textContent!.trim().slice(0, 30),
        }));
    });
    expect(sizes.length).toBeGreaterThan(5);
    const smallest = sizes.reduce((a, b) => (b.px < a.px ? b : a));
    expect(smallest.px, `step ${step}: "${smallest.text}"`).toBeGreaterThanOrEqual(20);
  }
});

test('presentation goes fullscreen, and Escape or leaving fullscreen ends it', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  const fullscreen = () => page.evaluate(() => document.fullscreenElement !== null);

  await page.getByTestId('present-toggle').click();
  await expect(page.getByTestId('presentation')).toBeVisible();
  await expect.poll(fullscreen).toBe(true);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toHaveCount(0);
  await expect.poll(fullscreen).toBe(false);
  await expect(page.getByTestId('metric-select')).toBeVisible();
  await expect(page).not.toHaveURL(/present=|step=/);

  // The browser's own way out of fullscreen (its Esc, F11) ends the presentation as well.
  await page.getByTestId('present-toggle').click();
  await expect.poll(fullscreen).toBe(true);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('present-count')).toHaveAttribute('data-step', '1');
  await page.evaluate(() => document.exitFullscreen());
  await expect(page.getByTestId('presentation')).toHaveCount(0);

  // Opened from a link, the talk is not fullscreen (browsers allow that only from a click): a button is.
  await page.goto('/#present=1');
  await expect(page.getByTestId('presentation')).toBeVisible();
  expect(await fullscreen()).toBe(false);
  await page.getByTestId('present-fullscreen').click();
  await expect.poll(fullscreen).toBe(true);
  await expect(page.getByTestId('present-fullscreen')).toHaveCount(0);
});

test('the step in the URL resumes a talk, and a step beyond the tour shows its last', async ({ page }) => {
  await page.goto('/#present=1&step=3');
  await waitForMap(page);
  await expect(page.getByTestId('presentation')).toBeVisible();
  await expectStep(page, 3);
  await page.reload();
  await waitForMap(page);
  await expectStep(page, 3);

  await page.goto('/#present=1&step=999');
  await expectStep(page, stepCount - 1);
  await page.goto('/#present=1&step=-4');
  await expectStep(page, 0);
});

test('the dark projector theme darkens what lies outside Huize, enlarges labels, and is undone on leaving', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  const style = () =>
    page.evaluate(() => {
      const map = window.__map!;
      return {
        background: map.getPaintProperty('background', 'background-color'),
        neighbourSize: map.getLayoutProperty('neighbour-labels', 'text-size'),
        townshipSize: JSON.stringify(map.getLayoutProperty('township-labels', 'text-size')),
      };
    });
  const before = await style();
  await page.getByTestId('present-toggle').click();
  await expect
    .poll(async () => (await style()).neighbourSize)
    .toBeGreaterThan(before.neighbourSize as number);
  expect((await style()).townshipSize).not.toBe(before.townshipSize);

  await page.getByTestId('present-theme').click();
  await expect(page).toHaveURL(/theme=dark/);
  await expect(page.getByTestId('present-theme')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await style()).background).not.toBe(before.background);
  // Pixels: the top-left corner of the map (outside the county) is drawn dark.
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const map = window.__map!;
        const canvas = map.getCanvas();
        const pixel = await new Promise<number[]>((resolve) => {
          map.once('render', () => {
            const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
            const out = new Uint8Array(4);
            gl!.readPixels(4, canvas.height - 4, 1, 1, gl!.RGBA, gl!.UNSIGNED_BYTE, out);
            resolve([...out]);
          });
          map.triggerRepaint();
        });
        return (pixel[0]! + pixel[1]! + pixel[2]!) / 3;
      }),
    )
    .toBeLessThan(80);
  await settled(page);
  // The dark theme as the room sees it, against its saved picture.
  await expect(page).toHaveScreenshot('present-dark.png');
  // The panel and the legend are dark too, their text light.
  const luminance = (selector: string, property: 'color' | 'backgroundColor') =>
    page.evaluate(
      ([sel, prop]) => {
        let el: Element | null = document.querySelector(sel!);
        // The first ancestor that paints a background is what the text sits on.
        while (
          prop === 'backgroundColor' &&
          el &&
          getComputedStyle(el).backgroundColor === 'rgba(0, 0, 0, 0)'
        ) {
          el = el.parentElement;
        }
        const style = getComputedStyle(el!);
        const value = prop === 'color' ? style.color : style.backgroundColor;
        const [r, g, b] = value.match(/\d+(\.\d+)?/g)!.map(Number);
        return (r! + g! + b!) / 3;
      },
      [selector, property],
    );
  expect(await luminance('[data-testid="county-summary"] h2', 'backgroundColor')).toBeLessThan(60);
  expect(await luminance('[data-testid="county-summary"] h2', 'color')).toBeGreaterThan(180);
  expect(await luminance('#legend-title', 'backgroundColor')).toBeLessThan(60);

  await page.getByTestId('present-exit').click();
  await expect(page.getByTestId('presentation')).toHaveCount(0);
  await expect.poll(style).toEqual(before);
  expect(await luminance('[data-testid="county-summary"] h2', 'backgroundColor')).toBeGreaterThan(200);
  expect(await luminance('[data-testid="county-summary"] h2', 'color')).toBeLessThan(80);
});

for (const [width, height] of [
  [1280, 720],
  [1366, 768],
  [1920, 1080],
] as const) {
  test(`at ${width}×${height} the note, legend and presenter bar do not overlap, and the county clears the bar`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/#present=1');
    await waitForMap(page);
    await expectStep(page, 0);
    const boxes = await Promise.all(
      ['schematic-note', 'legend', 'presenter'].map(async (id) => {
        const box = await page.getByTestId(id).boundingBox();
        expect(box, id).not.toBeNull();
        return { id, ...box! };
      }),
    );
    const overlap = (a: (typeof boxes)[0], b: (typeof boxes)[0]) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        expect(overlap(boxes[i]!, boxes[j]!), `${boxes[i]!.id} × ${boxes[j]!.id}`).toBe(false);
      }
    }
    // Once the overview has settled, the county's lowest point is drawn above the presenter bar.
    const bar = boxes.find((b) => b.id === 'presenter')!;
    await expect
      .poll(() =>
        page.evaluate(() => {
          const map = window.__map!;
          if (map.isMoving()) return Number.POSITIVE_INFINITY;
          const rect = map.getCanvas().getBoundingClientRect();
          const ys = map
            .querySourceFeatures('townships')
            .flatMap((f) => (f.geometry as GeoJSON.Polygon).coordinates[0]!)
            .map(([lon, lat]) => map.project([lon!, lat!]).y + rect.top);
          return Math.max(...ys);
        }),
      )
      .toBeLessThan(bar.y);
  });
}
