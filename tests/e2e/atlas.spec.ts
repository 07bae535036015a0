import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { townshipMetrics } from '../../src/data/metrics';
import { regionTotals } from '../../src/data/regionTotals';
import { formatAmountWan, formatNumber } from '../../src/i18n/format';
import { countedText } from '../../src/i18n/translate';
import { testData } from './data';
import { expect, show, test } from './fixtures';
import { zh } from './text';

/**
 * The PDF atlas of a region (大海乡 + 矿山镇), made in the browser from the export dialog: cover, contents, the
 * region page with its totals, one or two pages per township, each township's page with its name and every
 * figure of its table in real text (pdftotext), the map in the window as it was afterwards; then an atlas of
 * the townships with records, cancelled on its first page, leaves the map as it was too. (Every township's
 * pages, the page count of the full atlas and the layout rules are unit-tested on the same renderer:
 * tests/unit/book/.)
 */
const data = testData();
const metrics = townshipMetrics(data);
const codeOf = (name: string) => data.townships.find((t) => t.name_zh === name)!.id;
const names = ['大海乡', '矿山镇'];
const allCodes = data.townships.map((t) => t.id);
const region = names.map(codeOf);
/** A figure as the township panel writes it (万元 for money, a count with its unit). */
const figureText = (metric: 'activities' | 'aid' | 'reached' | 'stationed', v: number) =>
  metric === 'aid'
    ? formatAmountWan(v, 'zh-CN')
    : `${formatNumber(v, 'zh-CN')} ${countedText('zh-CN', `metric.unit.${metric}`, v)}`;
const flat = (s: string) => s.replace(/\s+/g, '');

/** The township's figures as its page (and panel) writes them. */
function figures(code: string): string[] {
  const m = metrics.get(code)!;
  return [
    figureText('activities', m.activityCount),
    ...(m.aidWan === null ? [] : [figureText('aid', m.aidWan)]),
    ...(m.beneficiaries === null ? [] : [figureText('reached', m.beneficiaries)]),
    ...(m.stationed === null ? [] : [figureText('stationed', m.stationed)]),
  ];
}

/** The camera, the canvas and every township's dimming and outline flags: what the atlas must leave as it was. */
const view = (page: import('@playwright/test').Page) =>
  page.evaluate((codes) => {
    const map = window.__map!;
    const c = map.getCenter();
    const flags = codes.map((id) => {
      const { dim, inregion, selected } = map.getFeatureState({ source: 'townships', id });
      return [id, dim, inregion, selected];
    });
    return {
      lng: c.lng.toFixed(6),
      lat: c.lat.toFixed(6),
      zoom: map.getZoom().toFixed(4),
      size: map.getCanvas().width,
      flags,
    };
  }, allCodes);

test('PDF atlas of a region: region page with its total, township pages with their figures; cancel', async ({
  app,
}) => {
  test.setTimeout(120_000);
  await show(app, `#r=${region.join(',')}`);
  const before = await view(app);
  await app.getByTestId('export-open').click();
  await app.getByTestId('export-format-atlas').check();
  await expect(app.getByTestId('atlas-choice-region')).toBeChecked();
  const [download] = await Promise.all([
    app.waitForEvent('download', { timeout: 100_000 }),
    app.getByTestId('atlas-run').click(),
    expect(app.getByTestId('atlas-progress')).toContainText(names[0]!),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  await expect(app.getByTestId('atlas-status')).toContainText(zh('book.done'));
  expect(await view(app), 'the map in the window as it was').toEqual(before);

  const dir = mkdtempSync(join(tmpdir(), 'huize-atlas-'));
  try {
    const file = join(dir, 'atlas.pdf');
    await download.saveAs(file);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(info).toMatch(/Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)/);
    const page = (n: number) =>
      flat(execFileSync('pdftotext', ['-f', `${n}`, '-l', `${n}`, file, '-'], { encoding: 'utf8' }));
    const texts = Array.from({ length: pages }, (_, i) => page(i + 1));
    // Cover, contents, the region page, then each township on one or two pages, in code order.
    expect(texts[1]).toContain(zh('book.contents'));
    expect(texts[2]).toContain(flat(zh('book.regionFigures')));
    const total = regionTotals(data, metrics, region).aid.value!;
    expect(texts[2], 'the region total, shared once').toContain(flat(figureText('aid', total)));
    // A township starts on a page headed by its name (its next page, if any, says 续).
    const title = /Title:\s+(.*)/.exec(info)![1]!.trim();
    const first = (code: string) => {
      const name = data.places.get(code)!.name_zh;
      return texts.findIndex((t) => t.startsWith(flat(zh('book.header', { title, section: name }) + name)));
    };
    const starts = [...region].sort().map(first);
    expect(starts[0], 'the townships after the region page').toBe(3);
    expect(starts[1]).toBeGreaterThan(starts[0]!);
    expect(pages - 3, 'one or two pages per township').toBeGreaterThanOrEqual(region.length);
    expect(pages - 3).toBeLessThanOrEqual(region.length * 2);
    for (const code of region) {
      const at = first(code);
      const body = texts.slice(at, at + 2).join('');
      expect(body).toContain(data.places.get(code)!.name_zh);
      for (const f of figures(code)) expect(body, `${code} ${f}`).toContain(flat(f));
    }
    // Every page says where it is and that the lines are schematic; the cover has no number.
    for (const [i, text] of texts.entries()) {
      if (i > 0) expect(text).toContain(flat(zh('book.pageNumber', { n: i + 1, total: pages })));
      expect(text).toContain(flat(zh('map.schematicNote')));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // Cancelled on its first page, the atlas of the townships with records leaves the map as it was.
  await app.getByTestId('atlas-choice-records').check();
  await app.getByTestId('atlas-run').click();
  await expect(app.getByTestId('atlas-progress')).toBeVisible();
  await app.getByTestId('atlas-cancel').click();
  await expect(app.getByTestId('atlas-status')).toHaveText(zh('book.cancelled'));
  expect(await view(app)).toEqual(before);
  // Escape closes the dialog, and the worker's shared page goes on without it.
  await app.keyboard.press('Escape');
  await expect(app.getByTestId('export-dialog')).toBeHidden();
});
