import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadAppData } from '../../../../src/data/appData';
import { parseCsv, toCsv } from '../../../../src/data/csv';
import { applyFilters, noFilters } from '../../../../src/data/filters';
import { figureRows } from '../../../../src/data/figureRows';
import { amountLedger, roundWan, townshipMetrics } from '../../../../src/data/metrics';
import { regionActivities, regionTotals } from '../../../../src/data/regionTotals';
import { loadGeo } from '../../../../src/geo/loadGeo';
import { translator } from '../../../../src/i18n/translate';
import {
  cells,
  columnDictionary,
  figureColumns,
  townshipColumns,
  townshipDownloads,
  townshipsGeoJson,
} from '../../../../src/panels/table/downloads';
import { workbook } from '../../../../src/panels/table/xlsx';

const data = loadAppData();
const metrics = townshipMetrics(data);
const all = [...data.activities.values()];
const column = (id: string) => figureColumns.findIndex((c) => c.id === id);
const zh = translator('zh-CN');
const en = translator('en');

/** The sum of a numeric column over the rows that pass `keep`. */
const sum = (rows: readonly (readonly unknown[])[], at: number, keep: (row: readonly unknown[]) => boolean) =>
  roundWan(rows.filter(keep).reduce((s, r) => s + (typeof r[at] === 'number' ? (r[at] as number) : 0), 0));

describe('figure rows: one row per figure, values as numbers', () => {
  it('has a row for every amount and count, and one for a record without figures', () => {
    const rows = figureRows(data, all);
    const figures = all.reduce((n, a) => n + Math.max(1, a.amounts.length + a.counts.length), 0);
    expect(rows).toHaveLength(figures);
    expect(new Set(rows.map((r) => r.activityId))).toEqual(new Set(data.activities.keys()));
    const camp = rows.filter((r) => r.activityId === 'act-donation-summer-camp');
    expect(camp.map((r) => [r.kind, r.value, r.unit, r.shared])).toEqual([
      ['amount', 22.4, 'wan-yuan', true],
      ['count', 20, 'people', true],
    ]);
    expect(camp[0]!.townshipCodes).toEqual(['530326102', '530326107']);
  });

  it('the summable amounts add up to every additive amount, once each, and no stated total', () => {
    const table = cells(figureColumns, figureRows(data, all), 'zh-CN', false).slice(1);
    const amounts = (r: readonly unknown[]) =>
      r[column('kind')] === zh('dl.kind.amount') && r[column('summable')] === zh('dl.yes');
    expect(sum(table, column('value'), amounts)).toBe(roundWan(amountLedger(data).totalAdditive));
    const stated = (r: readonly unknown[]) =>
      r[column('kind')] === zh('dl.kind.amount') && r[column('summable')] === zh('dl.no');
    expect(sum(table, column('value'), stated)).toBe(1175 + 1185 + 10814);
  });

  it('a region’s township-scoped summable amounts add up to its total aid (the shared one once)', () => {
    const region = ['530326102', '530326107', '530326201'];
    const table = cells(figureColumns, figureRows(data, regionActivities(data, region)), 'en', false).slice(
      1,
    );
    const amounts = (r: readonly unknown[]) =>
      r[column('kind')] === en('dl.kind.amount') && r[column('summable')] === en('dl.yes');
    expect(sum(table, column('value'), amounts)).toBe(regionTotals(data, metrics, region).aid.value);
  });

  it('adds the HXL hashtag row under the header only when asked for', () => {
    const rows = figureRows(data, all.slice(0, 3));
    const plain = cells(figureColumns, rows, 'en', false);
    const tagged = cells(figureColumns, rows, 'en', true);
    expect(tagged).toHaveLength(plain.length + 1);
    expect(tagged[1]).toContain('#adm3+code');
    expect(tagged[1]).toContain('#org+name');
    expect(tagged[1]).toContain('#value');
    expect(tagged[1]!.every((tag) => typeof tag === 'string' && tag.startsWith('#'))).toBe(true);
  });

  it('writes CSV with booleans as yes/no and numbers as plain numbers', () => {
    const rows = cells(figureColumns, figureRows(data, all), 'en', false);
    const parsed = parseCsv(toCsv(rows));
    const camp = parsed.find((r) => r[column('id')] === 'act-donation-summer-camp')!;
    expect(camp[column('value')]).toBe('22.4');
    expect(camp[column('shared')]).toBe(en('dl.yes'));
    expect(toCsv(rows).startsWith('\uFEFF')).toBe(true);
  });
});

describe('township downloads', () => {
  const geo = loadGeo();
  const codes = data.townships.map((t) => t.id);

  it('holds each metric as a number, null for no record, as the map colours', () => {
    const rows = cells(
      townshipColumns,
      townshipDownloads(data, metrics, codes, 'schematic', 'zh-CN'),
      'zh-CN',
      false,
    );
    const at = (id: string) => townshipColumns.findIndex((c) => c.id === id);
    const dahai = rows.find((r) => r[0] === '530326201')!;
    expect(dahai[at('aid')]).toBe(18.85);
    expect(dahai[at('reached')]).toBe(1140);
    expect(rows.find((r) => r[0] === '530326213')![at('aid')]).toBeNull();
  });

  it('GeoJSON: the region’s townships with their metrics and the precision of their lines', () => {
    const region = ['530326102', '530326107'];
    const json = townshipsGeoJson(
      townshipDownloads(data, metrics, region, geo.townships.precision, 'en'),
      geo.townships.features,
      geo.townships.source,
    );
    expect(json.features.map((f) => f.properties!.code)).toEqual(region);
    expect(json.features[0]!.properties).toMatchObject({
      aid_wan: 22.4,
      aid_includes_shared: true,
      boundary_precision: 'schematic',
    });
    expect(json.features[0]!.geometry.type).toMatch(/Polygon/);
  });

  it('the column dictionary explains every column of both sheets', () => {
    const dictionary = columnDictionary('en');
    expect(dictionary).toHaveLength(1 + figureColumns.length + townshipColumns.length);
    expect(dictionary.slice(1).every((r) => typeof r[3] === 'string' && (r[3] as string).length > 10)).toBe(
      true,
    );
  });
});

describe('the XLSX workbook', () => {
  it('opens with numeric cells that sum to the totals, and a column dictionary sheet', async () => {
    const filtered = applyFilters(data, noFilters);
    const rows = cells(figureColumns, figureRows(filtered, all), 'zh-CN', true);
    const blob = await workbook([
      { name: zh('dl.sheet.figures'), rows, headRows: 2 },
      { name: zh('dl.sheet.columns'), rows: columnDictionary('zh-CN'), headRows: 1 },
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await blob.arrayBuffer());
    expect(book.worksheets.map((w) => w.name)).toEqual([zh('dl.sheet.figures'), zh('dl.sheet.columns')]);
    const sheet = book.getWorksheet(zh('dl.sheet.figures'))!;
    expect(sheet.getRow(2).getCell(1).value).toBe('#activity+id');
    const summableAmounts: unknown[] = [];
    sheet.eachRow((row, n) => {
      const cell = (id: string) => row.getCell(column(id) + 1).value;
      if (n > 2 && cell('kind') === zh('dl.kind.amount') && cell('summable') === zh('dl.yes')) {
        summableAmounts.push(cell('value'));
      }
    });
    expect(summableAmounts.length).toBeGreaterThan(0);
    expect(summableAmounts.filter((v) => typeof v !== 'number')).toEqual([]);
    const total = (summableAmounts as number[]).reduce((s, v) => s + v, 0);
    expect(roundWan(total)).toBe(roundWan(amountLedger(data).totalAdditive));
  });
});
