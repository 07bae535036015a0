import type { Page } from '@playwright/test';
import { testData } from './data';
import { expect, test, waitForMap } from './fixtures';
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
}, testInfo) => {
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
  await page.screenshot({ path: testInfo.outputPath('region.png') });
  await page.reload();
  await waitForMap(page);
  await expect(page.getByTestId('region-name')).toHaveValue('北部两乡');
  await expect.poll(() => dimmed(page, outside!)).toBe(true);

  await page.getByTestId('region-clear').click();
  await expect(page.getByTestId('region-bar')).toHaveCount(0);
  await expect(page).not.toHaveURL(/[#&]r=/);
  await expect.poll(() => dimmed(page, outside!)).toBe(false);
});

test('a shift-drag box adds the townships it touches, and does not zoom the map to the box', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  // Townships large enough to be found at the first view (the small urban 街道 would need a zoom).
  const codes = data.townships.filter((t) => !t.name_zh.endsWith('街道')).map((t) => t.id);
  const points = await Promise.all(
    codes.map(async (code) => ({ code, ...(await pointInTownship(page, code)) })),
  );
  // A box around two townships' inner points that lie close together.
  const a = points.find((p) => p.code === nagu)!;
  const b = points
    .filter((p) => p.code !== nagu)
    .sort((p, q) => Math.hypot(p.x - a.x, p.y - a.y) - Math.hypot(q.x - a.x, q.y - a.y))[0]!;
  const farthest = points.sort(
    (p, q) => Math.hypot(q.x - a.x, q.y - a.y) - Math.hypot(p.x - a.x, p.y - a.y),
  )[0]!;

  await page.keyboard.down('Shift');
  await page.mouse.move(Math.min(a.x, b.x) - 2, Math.min(a.y, b.y) - 2);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 4 });
  await expect(page.getByTestId('box-select')).toBeVisible();
  await page.mouse.move(Math.max(a.x, b.x) + 2, Math.max(a.y, b.y) + 2, { steps: 4 });
  await page.mouse.up();
  await page.keyboard.up('Shift');

  await expect(page.getByTestId('box-select')).toHaveCount(0);
  await expect.poll(() => regionInUrl(page)).toContain(a.code);
  expect(regionInUrl(page)).toContain(b.code);
  expect(regionInUrl(page)).not.toContain(farthest.code);
  await expect.poll(() => dimmed(page, farthest.code)).toBe(true);
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
