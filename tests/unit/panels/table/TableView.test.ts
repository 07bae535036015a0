// @vitest-environment jsdom
import { numericMetrics } from '../../../../src/domain';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadAppData } from '../../../../src/data/appData';
import { parseCsv } from '../../../../src/data/csv';
import { filterEffect } from '../../../../src/data/filterEffect';
import { applyFilters, noFilters, type ActivityFilters } from '../../../../src/data/filters';
import { townshipMetrics } from '../../../../src/data/metrics';
import { numericValue } from '../../../../src/choropleth/metricValues';
import { formatAmountWan, formatNumber } from '../../../../src/i18n/format';
import { i18n } from '../../../../src/i18n/i18n.svelte';
import type { MessageKey } from '../../../../src/i18n/messages';
import TableView from '../../../../src/panels/table/TableView.svelte';

afterEach(() => {
  i18n.locale = 'zh-CN';
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function setup(filters: ActivityFilters = noFilters, selected: string | null = null) {
  const data = applyFilters(loadAppData(), filters);
  const metrics = townshipMetrics(data);
  const onselecttownship = vi.fn<(code: string) => void>();
  const effect = filterEffect(loadAppData(), filters);
  render(TableView, { props: { data, metrics, selected, onselecttownship, effect } });
  const townships = screen.getByTestId('table-townships');
  const activities = screen.getByTestId('table-activities');
  return { data, metrics, onselecttownship, townships, activities };
}

const bodyRows = (table: HTMLElement) => [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')];
const codes = (table: HTMLElement) => bodyRows(table).map((r) => r.dataset.code);
const headerOf = (table: HTMLElement, name: string) => within(table).getByRole('columnheader', { name });
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Captures what the CSV button hands the browser: the Blob and the file name. */
function captureDownload() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.stubGlobal('URL', {
    ...URL,
    createObjectURL: (blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    },
    revokeObjectURL: () => {},
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}

describe('TableView: townships × metrics', () => {
  it('is a real table: caption, column headers, a row header per township', () => {
    const { townships } = setup();
    expect(text(townships.querySelector('caption'))).toContain(i18n.t('tv.townshipsCaption', { n: 25 }));
    expect(townships.querySelectorAll('thead th[scope="col"]')).toHaveLength(6);
    expect(bodyRows(townships)).toHaveLength(25);
    for (const row of bodyRows(townships)) expect(row.querySelector('th[scope="row"] button')).not.toBeNull();
  });

  it('shows for every township the value numericValue() gives, no record unlike 0', () => {
    const { townships, metrics } = setup();
    let nulls = 0;
    let zeros = 0;
    for (const row of bodyRows(townships)) {
      const m = metrics.get(row.dataset.code!)!;
      for (const metric of numericMetrics) {
        const expected = numericValue(m, metric);
        const cell = row.querySelector<HTMLElement>(`td[data-metric="${metric}"]`)!;
        expect(cell.dataset.value, `${m.code} ${metric}`).toBe(expected === null ? '' : String(expected));
        if (expected === null) {
          nulls++;
          expect(text(cell)).toBe(`—${i18n.t('legend.noRecord')}`);
        } else {
          if (expected === 0) zeros++;
          const shown =
            metric === 'aid' ? formatAmountWan(expected, 'zh-CN') : formatNumber(expected, 'zh-CN');
          expect(text(cell).startsWith(shown), `${m.code} ${metric}: ${text(cell)}`).toBe(true);
          expect(text(cell)).not.toContain('—');
        }
      }
    }
    expect(nulls).toBeGreaterThan(0);
    expect(zeros).toBeGreaterThan(0);
  });

  it('marks the shared summer camp ※ in both townships and totals it once', () => {
    const { townships } = setup({ ...noFilters, actors: ['org-jianqiao-university'] });
    for (const code of ['530326102', '530326107']) {
      const cell = townships.querySelector(`tr[data-code="${code}"] td[data-metric="aid"]`);
      expect(text(cell)).toBe(`22.4 万元※(${i18n.t('tv.shared')})`);
    }
    const total = within(townships).getByTestId('table-townships-total');
    expect(text(total.querySelector('th'))).toBe(i18n.t('tv.total'));
    expect(text(total.querySelector('td[data-metric="aid"]'))).toBe('22.4 万元');
    expect(text(total.querySelector('td[data-metric="activities"]'))).toBe('1');
  });

  it('under a filter, an empty cell reads "none after filtering", never "no record"', () => {
    const year = Math.max(
      ...[...loadAppData().activities.values()].flatMap((a) => (a.date ? [a.date.year] : [])),
    );
    const { townships } = setup({ ...noFilters, years: [year] });
    const empty = [...townships.querySelectorAll('td[data-value=""]')].map(text);
    expect(empty.length).toBeGreaterThan(0);
    expect(new Set(empty)).toEqual(new Set([`—${i18n.t('filters.none')}`]));
  });

  it('sorts by activities descending first, then by the clicked header', async () => {
    const { townships, metrics } = setup();
    const activitiesHeader = headerOf(townships, i18n.t('metric.activities'));
    expect(activitiesHeader.getAttribute('aria-sort')).toBe('descending');
    const before = codes(townships);
    const counts = before.map((c) => numericValue(metrics.get(c!)!, 'activities'));
    expect(counts[0]).toBe(Math.max(...counts.map((v) => v ?? -1)));

    const nameHeader = headerOf(townships, i18n.t('table.township'));
    await fireEvent.click(within(nameHeader).getByRole('button'));
    expect(nameHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(activitiesHeader.hasAttribute('aria-sort')).toBe(false);
    const ascending = codes(townships);
    expect(ascending).not.toEqual(before);
    expect(ascending.slice(0, 3)).toEqual(['530326002', '530326201', '530326107']); // 宝云, 大海, 大井

    await fireEvent.click(within(nameHeader).getByRole('button'));
    expect(nameHeader.getAttribute('aria-sort')).toBe('descending');
    expect(codes(townships)).toEqual([...ascending].reverse());
  });

  it('selects a township from its name and marks the selected row', async () => {
    const { townships, onselecttownship } = setup(noFilters, '530326102');
    const row = townships.querySelector<HTMLElement>('tr[data-code="530326102"]')!;
    expect(row.getAttribute('aria-current')).toBe('true');
    expect(townships.querySelectorAll('tr[aria-current]')).toHaveLength(1);
    await fireEvent.click(within(row).getByRole('button', { name: '娜姑镇' }));
    expect(onselecttownship).toHaveBeenCalledWith('530326102');
  });

  it('offers each CSV once: no two buttons of the view save the same table', async () => {
    setup();
    const { blobs } = captureDownload();
    const csvButtons = [
      ...screen.getByTestId('table-view').querySelectorAll<HTMLButtonElement>('button'),
    ].filter((b) => /CSV/.test(b.textContent ?? ''));
    for (const button of csvButtons) await fireEvent.click(button);
    expect(blobs).toHaveLength(csvButtons.length);
    const headers = await Promise.all(blobs.map(async (blob) => parseCsv(await blob.text())[0]!.join('|')));
    expect(new Set(headers).size).toBe(headers.length);
    expect(csvButtons.map((b) => b.textContent?.trim())).toEqual([
      i18n.t('dl.csvFigures'),
      i18n.t('dl.csvTownships'),
    ]);
  });

  it('switches headers, names, number formats and the file name to English', async () => {
    const { townships } = setup({ ...noFilters, actors: ['org-xiangyi-bencao'] });
    const { blobs, names } = captureDownload();
    i18n.locale = 'en';
    await tick();
    expect(headerOf(townships, i18n.t('table.township'))).toBeTruthy();
    expect(headerOf(townships, i18n.t('metric.aid'))).toBeTruthy();
    const dahai = townships.querySelector<HTMLElement>('tr[data-code="530326201"]')!;
    expect(text(dahai.querySelector('th'))).toBe('Dahai Township 大海乡');
    expect(text(dahai.querySelector('td[data-metric="aid"]'))).toBe('128,500 yuan');
    expect(text(dahai.querySelector('td[data-metric="reached"]'))).toBe('1,000');
    await fireEvent.click(screen.getByRole('button', { name: i18n.t('dl.csvTownships') }));
    expect(names).toEqual([`${i18n.t('dl.file', { what: i18n.t('dl.file.townships') })}.csv`]);
    const csv = parseCsv(await blobs[0]!.text());
    const at = (key: `dl.col.${string}` & MessageKey) => csv[0]!.indexOf(i18n.t(key));
    expect(at('dl.col.aid')).toBeGreaterThan(0);
    const record = csv.find((r) => r[at('dl.col.nameZh')] === '大海乡')!;
    expect([record[at('dl.col.nameEn')], record[at('dl.col.activities')], record[at('dl.col.aid')]]).toEqual([
      'Dahai Township',
      '1',
      '12.85',
    ]);
    expect(record[at('dl.col.reached')]).toBe('1000');
  });
});

describe('TableView: all activities', () => {
  it('lists exactly the activities of the data it is given', () => {
    const all = setup();
    const ids = (table: HTMLElement) => bodyRows(table).map((r) => r.dataset.id);
    expect(ids(all.activities)).toEqual([...all.data.activities.keys()]);
    cleanup();
    const filtered = setup({ ...noFilters, years: [2018] });
    expect(ids(filtered.activities)).toEqual([...filtered.data.activities.keys()]);
    expect(filtered.data.activities.size).toBeLessThan(all.data.activities.size);
  });

  it('sorts by date and by category from the header buttons', async () => {
    const { activities, data } = setup();
    const ids = () => bodyRows(activities).map((r) => r.dataset.id);
    const before = ids();
    const dateHeader = headerOf(activities, i18n.t('tv.date'));
    expect(dateHeader.hasAttribute('aria-sort')).toBe(false);
    await fireEvent.click(within(dateHeader).getByRole('button'));
    expect(dateHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(ids()).not.toEqual(before);
    const first = data.activities.get(ids()[0]!)!;
    expect(first.date).toEqual({ year: 2017, month: null, relation: 'in' });
    expect(data.activities.get(ids().at(-1)!)!.date).toBeNull();

    const categoryHeader = headerOf(activities, i18n.t('table.category'));
    await fireEvent.click(within(categoryHeader).getByRole('button'));
    expect(categoryHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(dateHeader.hasAttribute('aria-sort')).toBe(false);
    expect(data.activities.get(ids()[0]!)!.category).toBe('coordination');
    expect(data.activities.get(ids().at(-1)!)!.category).toBe('publicity');
  });

  it('shows places, scope, figures, date and the quoted source phrase', () => {
    const { activities } = setup();
    const camp = activities.querySelector<HTMLElement>('tr[data-id="act-donation-summer-camp"]')!;
    expect(text(camp.querySelector('[data-column="places"]'))).toBe(
      ['大井镇', '娜姑镇'].join(i18n.t('sep.list')),
    );
    expect(text(camp.querySelector('[data-column="scope"]'))).toBe(i18n.t('scope.township'));
    expect(text(camp.querySelector('[data-column="figures"]'))).toContain('22.4 万元');
    expect(text(camp.querySelector('[data-column="date"]'))).toBe(`—${i18n.t('tv.undated')}`);
    expect(text(camp.querySelector('[data-column="citation"] .phrase'))).toBe(
      '“组织会泽县大井镇、娜姑镇共20名小学生赴上海参加烛光夏令营，资助费用22.4万元”',
    );
  });

  it('downloads the activities shown, one row per figure with its value as a number', async () => {
    const { data } = setup();
    const { blobs } = captureDownload();
    await fireEvent.click(screen.getByRole('button', { name: i18n.t('dl.csvFigures') }));
    const csv = parseCsv(await blobs[0]!.text());
    const at = (key: `dl.col.${string}` & MessageKey) => csv[0]!.indexOf(i18n.t(key));
    expect(new Set(csv.slice(1).map((r) => r[at('dl.col.id')]))).toEqual(new Set(data.activities.keys()));
    const figures = [...data.activities.values()].reduce(
      (n, a) => n + Math.max(1, a.amounts.length + a.counts.length),
      0,
    );
    expect(csv).toHaveLength(figures + 1);
    const camp = csv.filter((r) => r[at('dl.col.id')] === 'act-donation-summer-camp');
    expect(camp.map((r) => r[at('dl.col.value')])).toEqual(['22.4', '20']);
    expect(camp[0]![at('dl.col.codes')]).toBe('530326102;530326107');
  });
});

describe('TableView of a region', () => {
  it('narrows both tables to the region, and totals the region with the shared camp once', () => {
    const data = loadAppData();
    const metrics = townshipMetrics(data);
    const region = ['530326102', '530326107'];
    render(TableView, { props: { data, metrics, selected: null, onselecttownship: vi.fn(), region } });
    const townships = screen.getByTestId('table-townships');
    expect(codes(townships).sort()).toEqual(region);
    const total = screen.getByTestId('table-townships-total');
    expect(text(total.querySelector('[data-metric="aid"]'))).toBe('22.4 万元');
    const shown = bodyRows(screen.getByTestId('table-activities')).map((r) => r.dataset.id);
    // 娜姑镇's two crayfish records and the camp both townships share, listed once.
    expect(shown).toEqual([
      'act-industry-crayfish-jiayan',
      'act-publicity-crayfish',
      'act-donation-summer-camp',
    ]);
    expect(screen.getByTestId('figure-downloads')).toBeTruthy();
  });
});
