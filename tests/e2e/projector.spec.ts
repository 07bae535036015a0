import type { Page } from '@playwright/test';
import { testData, townshipGeo } from './data';
import { expect, show, test, waitForMap } from './fixtures';
import { featureState } from './mapHelpers';
import { settled } from './viewHelpers';
import { zh } from './text';

const data = testData();
const withRecords = data.townships
  .filter((t) => (data.activitiesByTownship.get(t.id) ?? []).length > 0)
  .map((t) => t.id)
  .sort();
const pairingsStep = withRecords.length + 1;

test.describe('on a 1920 × 1080 projector', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('no map controls, a legend readable from the back, one h1 with the step headline', async ({
    page,
  }) => {
    await page.goto('/#present=1&step=1');
    await waitForMap(page);
    await expect(page.getByTestId('township-panel')).toHaveAttribute('data-code', withRecords[0]!);
    await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveCount(0);
    await expect(page.getByTestId('urban-zoom')).toBeHidden();

    const legend = page.getByTestId('legend');
    await expect(legend).toBeVisible();
    const smallest = await legend.evaluate((root) =>
      Math.min(
        ...[root, ...root.querySelectorAll<HTMLElement>('*')]
          .filter(
            (el) =>
              el.getClientRects().length > 0 &&
              [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''),
          )
          .map((el) => parseFloat(getComputedStyle(el).fontSize) * (el.currentCSSZoom ?? 1)),
      ),
    );
    expect(smallest, 'smallest legend text, px').toBeGreaterThanOrEqual(20);
    // The presenter bar beside the legend, not on it.
    const [legendBox, barBox] = [
      await legend.boundingBox(),
      await page.getByTestId('presenter').boundingBox(),
    ];
    const apart =
      legendBox!.x + legendBox!.width <= barBox!.x ||
      barBox!.x + barBox!.width <= legendBox!.x ||
      legendBox!.y + legendBox!.height <= barBox!.y ||
      barBox!.y + barBox!.height <= legendBox!.y;
    expect(apart, 'legend clear of the presenter bar').toBe(true);

    const headings = page.getByRole('heading', { level: 1 });
    await expect(headings).toHaveCount(1);
    const first = data.places.get(withRecords[0]!)!;
    const title = await headings.innerText();
    // The township's name, then its headline activity: "娜姑镇 · 产业合作 · …".
    expect(title.startsWith(first.name_zh), title).toBe(true);
    expect(title.split(' · ').length, title).toBeGreaterThanOrEqual(3);
    await settled(page);
    // The first township's step as the projector shows it, against its saved picture.
    await expect(page).toHaveScreenshot('step-1.png');
  });

  test('↓ and Space scroll the panel and stay on the step; → goes on', async ({ app: page }) => {
    // The township with the most activities: its panel is longer than the screen.
    const longest = [...withRecords].sort(
      (a, b) => data.activitiesByTownship.get(b)!.length - data.activitiesByTownship.get(a)!.length,
    )[0]!;
    const step = withRecords.indexOf(longest) + 1;
    await show(page, `#present=1&step=${step}`);
    await expect(page.getByTestId('township-panel')).toHaveAttribute('data-code', longest);
    const scroller = page.locator('.detail-area [role="tabpanel"]').first();
    const scrolled = () =>
      page.evaluate(() => {
        const panel = document.querySelector('.detail-area [role="tabpanel"]')!;
        let el: Element | null = panel.querySelector('[data-testid="township-panel"]');
        while (el && el !== document.body) {
          if (el.scrollTop > 0) return el.scrollTop;
          el = el.parentElement;
        }
        return 0;
      });
    await expect(scroller).toBeVisible();
    expect(await scrolled()).toBe(0);
    // More is below: the hint says so, until the panel is scrolled to its end.
    const more = page.getByTestId('present-more');
    await expect(more).toHaveText(zh('present.more'));
    await page.keyboard.press('ArrowDown');
    await expect.poll(scrolled).toBeGreaterThan(0);
    const after = await scrolled();
    await page.keyboard.press(' ');
    await expect.poll(scrolled).toBeGreaterThan(after);
    await expect(page.getByTestId('present-count')).toHaveAttribute('data-step', String(step));
    await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect(more).toBeHidden();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('present-count')).toHaveAttribute('data-step', String(step + 1));
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`the overview fills its half of the screen with the county (${theme})`, async ({ app: page }) => {
      await show(page, `#present=1&step=0&theme=${theme}`);
      await settled(page);
      const map = (await page.locator('.map-area').boundingBox())!;
      const county = await countyOnScreen(page);
      // Huize is taller than wide: it spans nearly the whole height between the top and the presenter bar,
      // which it keeps clear of (present.spec), about 4/5 of its half (was about 450 of 1080 px).
      const bar = (await page.getByTestId('presenter').boundingBox())!;
      const room = bar.y - map.y;
      expect(county.height / room, 'county height / room above the bar').toBeGreaterThan(0.9);
      expect(county.height / map.height, 'county height / map height').toBeGreaterThan(0.75);
      expect(county.y).toBeGreaterThanOrEqual(map.y - 1);
      expect(county.y + county.height).toBeLessThanOrEqual(bar.y + 1);
    });

    test(`beyond Huize: the located places' dots stand out from the panel (${theme})`, async ({
      app: page,
    }) => {
      await show(page, `#present=1&step=${pairingsStep + 1}&theme=${theme}`);
      const dot = page.locator('.detail-area .places .status svg circle').first();
      await expect(dot).toBeVisible();
      // WCAG 1.4.11: a graphic that carries meaning has 3:1 against what it sits on.
      const ratio = await dot.evaluate((circle) => {
        const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const lum = (css: string) => {
          const [r, g, b] = rgb(css).map((v) => {
            const c = v / 255;
            return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        let el: Element | null = circle;
        let ground = 'rgb(255, 255, 255)';
        while (el) {
          const bg = getComputedStyle(el).backgroundColor;
          if (bg && !/rgba\(.*,\s*0\)|transparent/.test(bg)) {
            ground = bg;
            break;
          }
          el = el.parentElement;
        }
        const [a, b] = [lum(getComputedStyle(circle).fill), lum(ground)];
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      });
      expect(ratio, 'dot against the panel').toBeGreaterThanOrEqual(3);
    });
  }

  test('the pairings step draws each township pairing on the map, to a Baoshan mark', async ({
    app: page,
  }) => {
    await show(page, `#present=1&step=${pairingsStep}`);
    await expect(page.locator('#tab-pairings')).toHaveAttribute('aria-selected', 'true');
    // The townships the data pairs with a Baoshan partner.
    const townships = data.townships
      .filter((t) => (data.pairingsByTownship.get(t.id) ?? []).length > 0)
      .map((t) => t.id);
    expect(townships.length).toBeGreaterThan(0);
    for (const code of townships) {
      await expect.poll(async () => (await featureState(page, 'townships', code)).paired).toBe(true);
    }
    await expect
      .poll(() =>
        page.evaluate(() => window.__map!.queryRenderedFeatures({ layers: ['pairing-links'] }).length),
      )
      .toBeGreaterThanOrEqual(townships.length);
    await expect
      .poll(() =>
        page.evaluate(() => window.__map!.queryRenderedFeatures({ layers: ['baoshan-mark'] }).length),
      )
      .toBeGreaterThan(0);
  });
});

/** The county's extent on the screen, from the township file's outer points. */
async function countyOnScreen(page: Page) {
  const points = townshipGeo().flatMap((t) => t.rings.flat());
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const corners: [number, number][] = [
    [Math.min(...lons), Math.max(...lats)],
    [Math.max(...lons), Math.min(...lats)],
  ];
  const [nw, se] = await page.evaluate((c) => {
    const map = window.__map!;
    const box = map.getContainer().getBoundingClientRect();
    return c.map((p) => {
      const { x, y } = map.project(p);
      return { x: x + box.x, y: y + box.y };
    });
  }, corners);
  return { x: nw!.x, y: nw!.y, width: se!.x - nw!.x, height: se!.y - nw!.y };
}

test('keyboard: ↓ and Enter go from the search box into its results; skip links reach the map and the panel', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  const search = page.getByTestId('township-search');
  await search.focus();
  await search.fill('娜姑');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toHaveAttribute('data-code', '530326102');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('township-panel')).toHaveAttribute('data-code', '530326102');
  // Enter in the box takes the first result.
  await search.focus();
  await search.fill('大井');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('township-panel')).toHaveAttribute('data-code', '530326107');

  // From the top of the page, the first Tab stop is the skip link to the map.
  await page.reload();
  await waitForMap(page);
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('data-testid', 'skip-map');
  await page.keyboard.press('Enter');
  await expect(page.locator('canvas.maplibregl-canvas')).toBeFocused();
  await page.getByTestId('skip-panel').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toHaveAttribute('role', 'tab');
});
