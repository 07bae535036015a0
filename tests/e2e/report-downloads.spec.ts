import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { parseCsv } from '../../src/data/csv';
import { roundWan, townshipMetrics } from '../../src/data/metrics';
import { regionActivities, regionTotals } from '../../src/data/regionTotals';
import { testData } from './data';
import { expect, test, waitForMap } from './fixtures';
import { formatList } from '../../src/i18n/lists';
import { zh } from './text';

const region = ['530326102', '530326107', '530326201'];
const data = testData();
const totals = regionTotals(data, townshipMetrics(data), region);

async function download(page: Page, testid: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('table-view').getByTestId(testid).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test.describe('figures as numbers, for a region', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(`/#r=${region.join(',')}`);
    await waitForMap(page);
  });

  test('the region summary: its totals count the shared camp once', async ({ page }) => {
    const panel = page.getByTestId('region-summary');
    await expect(panel).toBeVisible();
    const aid = panel.locator('[data-testid="region-total"][data-metric="aid"]');
    await expect(aid).toHaveAttribute('data-value', String(totals.aid.value));
    await expect(panel.getByTestId('region-shared').first()).toContainText(
      formatList(
        'zh-CN',
        [region[0]!, region[1]!].map((code) => data.places.get(code)!.name_zh),
      ),
    );
    await expect(panel.getByTestId('region-not-attributable')).toContainText(zh('rs.notAttributable'));
  });

  test('XLSX from the table: numeric cells whose summable amounts add up to the region’s aid', async ({
    page,
  }) => {
    await page.getByTestId('table-toggle').click();
    await page.getByTestId('table-view').getByTestId('download-hxl').check();
    const file = await download(page, 'download-xlsx');
    expect(file.name).toBe(`${zh('dl.file', { what: zh('dl.file.all') })}-${zh('dl.file.region')}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(file.bytes).buffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      zh('dl.sheet.figures'),
      zh('dl.sheet.townships'),
      zh('dl.sheet.columns'),
    ]);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const at = (name: string) => header.indexOf(name);
    expect(String(sheet.getRow(2).getCell(at(zh('dl.col.codes'))).value)).toBe('#adm3+code');
    let aid = 0;
    const ids = new Set<string>();
    sheet.eachRow((row, n) => {
      if (n <= 2) return;
      ids.add(String(row.getCell(at(zh('dl.col.id'))).value));
      if (
        row.getCell(at(zh('dl.col.kind'))).value === zh('dl.kind.amount') &&
        row.getCell(at(zh('dl.col.summable'))).value === zh('dl.yes')
      ) {
        const value = row.getCell(at(zh('dl.col.value'))).value;
        expect(typeof value).toBe('number');
        aid += value as number;
      }
    });
    expect(roundWan(aid)).toBe(totals.aid.value);
    expect(ids).toEqual(new Set(regionActivities(data, region).map((a) => a.id)));
    const townships = book.worksheets[1]!;
    expect(townships.rowCount).toBe(2 + region.length);
  });

  test('CSV with a BOM and GeoJSON of the region’s townships with their precision', async ({ page }) => {
    await page.getByTestId('table-toggle').click();
    const csv = await download(page, 'download-townships-csv');
    const text = csv.bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text);
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(region);
    const geo = await download(page, 'download-geojson');
    const json = JSON.parse(geo.bytes.toString('utf8')) as GeoJSON.FeatureCollection;
    expect(json.features.map((f) => f.properties!.code).sort()).toEqual(region);
    expect(json.features.every((f) => f.properties!.boundary_precision === 'schematic')).toBe(true);
    expect(typeof json.features[0]!.properties!.aid_wan).toBe('number');
  });
});
