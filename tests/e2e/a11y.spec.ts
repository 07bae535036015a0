import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { TownshipsFile } from '../../src/geo/geoFiles';
import { sitePoints } from '../../src/data/sites';
import { contrastFailures } from './contrast';
import { testData } from './data';
import { expect, test, waitForMap } from './fixtures';
import { t } from './text';

const data = testData();
const townships = JSON.parse(readFileSync('geo/townships.geojson', 'utf8')) as TownshipsFile;
const points = sitePoints([...data.places.values()], townships);
// A site drawn at the same point as another: its panel also shows the "also here" links.
const stackedSite = points.find((p) =>
  points.some((q) => q.id !== p.id && q.lon === p.lon && q.lat === p.lat),
);
const withRecords = data.townships.find((t) => (data.activitiesByTownship.get(t.id) ?? []).length > 1)!;

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** One readable block per violation, so a failing test says what to fix and where. */
function describeViolations(violations: AxeResults['violations']): string[] {
  return violations.map((v) =>
    [
      `${v.id} [${v.impact}] ${v.help} (${v.helpUrl})`,
      ...v.nodes.map(
        (n) =>
          `  at ${n.target.join(' ')}\n    ${(n.failureSummary ?? '').replace(/\n/g, '\n    ')}\n    ${n.html.slice(0, 200)}`,
      ),
    ].join('\n'),
  );
}

/**
 * Serious and critical WCAG 2.1 A/AA violations on the page as it is now, and text axe could not judge for
 * contrast that fails it. The MapLibre canvas is not excluded: axe treats it as an image and so cannot
 * tell the colour under the legend, scale and attribution (nor under text a scrolling panel clips), and
 * marks those "incomplete" instead of passing them; contrastFailures measures exactly those.
 */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const unjudged = results.incomplete
    .filter((r) => r.id === 'color-contrast')
    .flatMap((r) => r.nodes.map((n) => n.target))
    .filter((t) => t.length === 1 && typeof t[0] === 'string')
    .map((t) => t[0] as string);
  const contrast = await contrastFailures(page, unjudged);
  return [
    ...describeViolations(
      results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
    ),
    ...contrast.map(
      (f) =>
        `contrast [serious] ${f.ratio}:1 < ${f.needed}:1, ${f.fg} on ${f.bg}\n  at ${f.target} "${f.text}"`,
    ),
  ];
}

/** Soft, so one walk reports every view that fails, each under its own name. */
async function expectNoSeriousViolations(page: Page, view: string): Promise<void> {
  const found = await seriousViolations(page);
  // The message, not a diff of the array: Playwright prints it as is, one violation per block.
  expect.soft(found.length, `${view}: serious or critical violations:\n\n${found.join('\n\n')}`).toBe(0);
}

/**
 * Checks each view in turn in one page, reaching it as a user does: by the address (a shared link, Back) or
 * by clicking. One page per walk, because loading the map is most of what a check costs.
 */
async function checkViews(page: Page, views: [name: string, show: () => Promise<void>][]): Promise<void> {
  for (const [name, show] of views) {
    await test.step(name, async () => {
      await show();
      await expectNoSeriousViolations(page, name);
    });
  }
}

test('the checks find an unnamed button and pale text, in the page and over the map', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await page.evaluate(() => {
    const button = document.createElement('button');
    button.dataset.probe = 'unnamed';
    document.querySelector('[data-testid=township-list]')!.append(button);
    const pale = document.createElement('p');
    pale.dataset.probe = 'pale';
    pale.textContent = 'pale text over the map';
    pale.style.cssText = 'position:absolute;z-index:5;left:40%;top:40%;margin:0;color:#e0e0e0';
    document.querySelector('.map-area')!.append(pale);
  });
  const found = (await seriousViolations(page)).join('\n');
  expect(found).toMatch(/button-name \[critical\][^]*data-probe="unnamed"/);
  expect(found).toMatch(/contrast \[serious\][^]*pale text over the map/);
});

for (const locale of ['zh-CN', 'en'] as const) {
  test(`axe (${locale}): map, township and site panels, a source mark, the tabs, the table and the filters`, async ({
    page,
  }) => {
    // Eight full axe checks in one page: ≈ 50 s on the 2-core machine, above the default 60 s when it is busy.
    test.setTimeout(180_000);
    const lang = locale === 'en' ? 'lang=en' : '';
    const go = (hash: string) => page.goto(`/#${[hash, lang].filter(Boolean).join('&')}`);
    await go('');
    await waitForMap(page);
    await checkViews(page, [
      [
        'the map view with the county summary',
        async () => {
          await expect(page.getByTestId('county-summary')).toBeVisible();
        },
      ],
      [
        'a township panel opened from the list',
        async () => {
          await page.getByTestId('township-list').locator(`button[data-code="${withRecords.id}"]`).click();
          await expect(page.getByTestId('township-panel')).toHaveAttribute('data-code', withRecords.id);
        },
      ],
      [
        'a source mark opened, showing its citation',
        async () => {
          await page.getByTestId('township-panel').locator('button.mark').first().focus();
          await expect(page.getByRole('tooltip')).toBeVisible();
        },
      ],
      [
        'a site panel, with the other sites at the same point',
        async () => {
          expect(stackedSite, 'a site that shares its point with another').toBeDefined();
          await go(`sel=site:${stackedSite!.id}`);
          await expect(page.getByTestId('site-panel')).toHaveAttribute('data-place', stackedSite!.id);
          await expect(page.getByTestId('site-stack')).toBeVisible();
        },
      ],
      [
        'the pairings tab',
        async () => {
          await go(`sel=${withRecords.id}`);
          await expect(page.getByTestId('township-panel')).toHaveAttribute('data-code', withRecords.id);
          await page.locator('#tab-pairings').click();
          await expect(page.locator('#tabpanel-pairings')).toBeVisible();
        },
      ],
      [
        'the beyond-Huize tab',
        async () => {
          await go('');
          await page.locator('#tab-beyond').click();
          await expect(page.locator('#tabpanel-beyond')).toBeVisible();
        },
      ],
      [
        'the table view, townships and activities',
        async () => {
          await go('');
          await page.getByTestId('table-toggle').click();
          await expect(page.getByTestId('table-townships')).toBeVisible();
          await expect(page.getByTestId('table-activities')).toBeAttached();
        },
      ],
      [
        'the filters panel open, with a filter applied',
        async () => {
          await go('');
          await expect(page.getByTestId('county-summary')).toBeVisible();
          await page.getByTestId('filters-toggle').click();
          await expect(page.getByTestId('filters-panel')).toBeVisible();
          await page.locator('input[data-category="donation"]').check();
          await expect(page.getByTestId('legend')).toContainText(t(locale)('filters.active'));
        },
      ],
    ]);
  });
}

for (const theme of ['light', 'dark']) {
  const steps = [0, 1, 13, 14];
  test(`axe: presentation mode, ${theme} theme, steps ${steps.join(', ')}`, async ({ page }) => {
    test.setTimeout(120_000);
    const go = (step: number) =>
      page.goto(`/#present=1&step=${step}${theme === 'dark' ? '&theme=dark' : ''}`);
    await go(steps[0]!);
    await waitForMap(page);
    await checkViews(
      page,
      steps.map((step) => [
        `step ${step}`,
        async () => {
          await go(step);
          await expect(page.getByTestId('presentation')).toBeVisible();
          await expect(page.getByTestId('present-count')).toHaveAttribute('data-step', String(step));
        },
      ]),
    );
  });
}
