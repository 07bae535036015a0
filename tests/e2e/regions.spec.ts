import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { bbox, booleanIntersects } from '@turf/turf';
import { parseTownships } from '../../src/geo/geoFiles';
import { featuresMostlyInside, type BoxCorners } from '../../src/map/interaction/boxShare';
import { testData } from './data';
import { expect, test, waitForIdle, waitForMap } from './fixtures';
import { featureState, pointInTownship } from './mapHelpers';

const data = testData();
const nagu = '530326102';

function regionInUrl(page: Page): string[] {
  const value = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('r');
  return value ? value.split(',') : [];
}

async function dimmed(page: Page, code: string): Promise<boolean> {
  return (await featureState(page, 'townships', code)).dim === true;
}

test('shift-click on the map and in the list builds a region: fitted, the rest dimmed, in the URL, cleared', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  const [first, second, outside] = data.townships.map((t) => t.id).filter((c) => c !== nagu);
  const point = await pointInTownship(page, nagu);
  await page.keyboard.down('Shift');
  await page.mouse.click(point.x, point.y);
  await page.keyboard.up('Shift');
  await page
    .getByTestId('township-list')
    .locator(`button[data-code="${first}"]`)
    .click({ modifiers: ['Shift'] });
  await page
    .getByTestId('township-list')
    .locator(`button[data-code="${second}"]`)
    .click({ modifiers: ['Shift'] });

  await expect(page.getByTestId('region-bar')).toBeVisible();
  await expect.poll(() => regionInUrl(page).sort()).toEqual([nagu, first!, second!].sort());
  for (const code of [nagu, first!, second!]) {
    await expect.poll(async () => (await featureState(page, 'townships', code)).inregion).toBe(true);
    await expect(page.getByTestId('region-members')).toContainText(
      data.townships.find((t) => t.id === code)!.name_zh,
    );
  }
  await expect.poll(() => dimmed(page, outside!)).toBe(true);
  expect(await dimmed(page, nagu)).toBe(false);
  // A shift-click is not a selection: no panel replaced the county summary.
  await expect(page.getByTestId('township-panel')).toHaveCount(0);

  // Shift-click again takes a township out.
  await page
    .getByTestId('township-list')
    .locator(`button[data-code="${first}"]`)
    .click({ modifiers: ['Shift'] });
  await expect.poll(() => regionInUrl(page).sort()).toEqual([nagu, second!].sort());

  // Named in the bar, restored from the URL with its name.
  await page.getByTestId('region-name').fill('北部两乡');
  await page.getByTestId('region-name').press('Enter');
  await expect(page).toHaveURL(/rn=/);
  await page.reload();
  await waitForMap(page);
  await expect(page.getByTestId('region-name')).toHaveValue('北部两乡');
  await expect.poll(() => dimmed(page, outside!)).toBe(true);

  await page.getByTestId('region-clear').click();
  await expect(page.getByTestId('region-bar')).toHaveCount(0);
  await expect(page).not.toHaveURL(/[#&]r=/);
  await expect.poll(() => dimmed(page, outside!)).toBe(false);
});

test('a shift-drag box over two neighbours adds those two, not every township it touches', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  const townships = parseTownships(JSON.parse(readFileSync('geo/townships.geojson', 'utf8'))).features;
  const code = (f: (typeof townships)[number]) => f.properties.code;
  const extent = (fs: typeof townships) => bbox({ type: 'FeatureCollection', features: fs });
  const corners = ([w, s, e, n]: number[]): BoxCorners => [
    [w!, n!],
    [e!, n!],
    [e!, s!],
    [w!, s!],
  ];
  // The first two neighbours (in file order) whose shared extent holds no third township mostly.
  const [a, b] = townships
    .flatMap((p, i) => townships.slice(i + 1).map((q) => [p, q] as const))
    .find(
      ([p, q]) =>
        booleanIntersects(p, q) &&
        featuresMostlyInside(townships, corners(extent([p, q])), code).length === 2,
    )!;
  const [w, s, e, n] = extent([a, b]);
  await page.evaluate(
    (bounds) =>
      new Promise<void>((resolve) => {
        const map = window.__map!;
        map.once('idle', () => resolve());
        map.fitBounds(bounds, { duration: 0, padding: 120 });
      }),
    [
      [w!, s!],
      [e!, n!],
    ] as [[number, number], [number, number]],
  );
  // The box on screen, a pixel outside the two townships' extent, started from a corner no overlay covers.
  const box = await page.evaluate(
    ([west, south, east, north]) => {
      const map = window.__map!;
      const rect = map.getCanvas().getBoundingClientRect();
      const nw = map.project([west!, north!]);
      const se = map.project([east!, south!]);
      const [left, top, right, bottom] = [
        Math.floor(nw.x) - 1,
        Math.floor(nw.y) - 1,
        Math.ceil(se.x) + 1,
        Math.ceil(se.y) + 1,
      ];
      const onMap = ([x, y]: number[]) =>
        map.getCanvasContainer().contains(document.elementFromPoint(rect.left + x!, rect.top + y!));
      const ends = [
        [left, top, right, bottom],
        [right, bottom, left, top],
        [right, top, left, bottom],
        [left, bottom, right, top],
      ].find(([x, y]) => onMap([x!, y!]))!;
      const touched = new Set(
        map
          .queryRenderedFeatures(
            [
              [left, top],
              [right, bottom],
            ],
            { layers: ['township-fill'] },
          )
          .map((f) => String(f.properties.code)),
      );
      const lngLat = (x: number, y: number) => map.unproject([x, y]).toArray() as [number, number];
      return {
        from: { x: rect.left + ends[0]!, y: rect.top + ends[1]! },
        to: { x: rect.left + ends[2]!, y: rect.top + ends[3]! },
        touched: touched.size,
        corners: [
          lngLat(left, top),
          lngLat(right, top),
          lngLat(right, bottom),
          lngLat(left, bottom),
        ] as BoxCorners,
      };
    },
    [w!, s!, e!, n!],
  );
  // The rule on the box as drawn, in whole pixels: the two neighbours and no other.
  const expected = featuresMostlyInside(townships, box.corners, code).sort();
  expect(expected).toEqual([code(a), code(b)].sort());
  // The old rule (every township the box touches) took many more.
  expect(box.touched).toBeGreaterThan(2);

  await page.keyboard.down('Shift');
  await page.mouse.move(box.from.x, box.from.y);
  await page.mouse.down();
  await page.mouse.move((box.from.x + box.to.x) / 2, (box.from.y + box.to.y) / 2, { steps: 4 });
  await expect(page.getByTestId('box-select')).toBeVisible();
  await page.mouse.move(box.to.x, box.to.y, { steps: 4 });
  await page.mouse.up();
  await page.keyboard.up('Shift');

  await expect(page.getByTestId('box-select')).toHaveCount(0);
  await expect.poll(() => regionInUrl(page).sort()).toEqual(expected);
  const outside = townships.map(code).find((c) => !expected.includes(c))!;
  await expect.poll(() => dimmed(page, outside)).toBe(true);
});

test('ctrl- and ⌘-click on the map add to the region as shift-click does (a ctrl-click used to select)', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  const other = data.townships.map((t) => t.id).find((c) => c !== nagu)!;
  for (const [code, key] of [
    [nagu, 'Control'],
    [other, 'Meta'],
  ] as const) {
    const point = await pointInTownship(page, code);
    await page.keyboard.down(key);
    await page.mouse.click(point.x, point.y);
    await page.keyboard.up(key);
    await expect.poll(() => regionInUrl(page)).toContain(code);
    // The map fits the region: let it come to rest before looking for the next township.
    await waitForIdle(page);
  }
  await expect.poll(async () => (await featureState(page, 'townships', other)).inregion).toBe(true);
});

test('on touch, a long press adds a township to the region without the tap that follows; a tap selects', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  const [other] = data.townships.filter((t) => t.id !== nagu && !t.name_zh.endsWith('街道')).map((t) => t.id);
  const at = await pointInTownship(page, nagu);
  // Real touch events through the browser's input pipeline (its gesture detector makes the tap's click).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
  const touch = (type: 'touchStart' | 'touchEnd', point: { x: number; y: number }) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [point] });

  await touch('touchStart', at);
  await page.waitForTimeout(800);
  await touch('touchEnd', at);
  await expect.poll(() => regionInUrl(page)).toEqual([nagu]);
  await expect(page.getByTestId('township-panel')).toHaveCount(0);

  // The map fitted the region: look for the other township where it is now.
  await waitForIdle(page);
  const elsewhere = await pointInTownship(page, other!);
  await touch('touchStart', elsewhere);
  await touch('touchEnd', elsewhere);
  await expect(page.getByTestId('township-panel')).toHaveAttribute('data-code', other!);
  expect(regionInUrl(page)).toEqual([nagu]);
});

test('a named region from the menu selects its townships', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await page.getByTestId('region-select').selectOption('records');
  const withRecords = data.townships
    .filter((t) => (data.activitiesByTownship.get(t.id) ?? []).length > 0)
    .map((t) => t.id)
    .sort();
  await expect.poll(() => regionInUrl(page).sort()).toEqual(withRecords);
  const without = data.townships.find((t) => !withRecords.includes(t.id))!;
  await expect.poll(() => dimmed(page, without.id)).toBe(true);
  await expect(page.getByTestId('region-select')).toHaveValue('records');
});
