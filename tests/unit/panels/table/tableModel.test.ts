import { numericMetrics } from '../../../../src/domain';
import { describe, expect, it } from 'vitest';
import { loadAppData } from '../../../../src/data/appData';
import { toCsv } from '../../../../src/data/csv';
import { applyFilters, noFilters } from '../../../../src/data/filters';
import { amountLedger, roundWan, totalAttributable, townshipMetrics } from '../../../../src/data/metrics';
import { numericValue } from '../../../../src/choropleth/metricValues';
import { translator } from '../../../../src/i18n/translate';
import { activityRows, sortActivityRows } from '../../../../src/panels/table/activityTable';
import { cells, figureColumns } from '../../../../src/panels/table/downloads';
import { figureRows } from '../../../../src/data/figureRows';
import {
  ariaSort,
  nextSort,
  sortRows,
  type Sort,
  type SortDirection,
  type SortKey,
} from '../../../../src/panels/table/sort';
import {
  defaultTownshipSort,
  sortTownshipRows,
  townshipRows,
  townshipTotals,
} from '../../../../src/panels/table/townshipTable';

interface Item {
  id: string;
  key: SortKey;
}
const item = (id: string, key: SortKey): Item => ({ id, key });
const ids = (items: Item[]) => items.map((i) => i.id);

describe('sortRows', () => {
  const input = [item('a', 3), item('b', null), item('c', 1), item('d', 3), item('e', 0), item('f', null)];
  const rows: { args: [Item[], SortDirection]; expected: string[] }[] = [
    // nulls last and equal keys (a, d; b, f) in input order in BOTH directions
    { args: [input, 'ascending'], expected: ['e', 'c', 'a', 'd', 'b', 'f'] },
    { args: [input, 'descending'], expected: ['a', 'd', 'c', 'e', 'b', 'f'] },
    { args: [[item('x', null), item('y', 0)], 'ascending'], expected: ['y', 'x'] },
    { args: [[item('x', null), item('y', 0)], 'descending'], expected: ['y', 'x'] },
    { args: [[], 'ascending'], expected: [] },
    // numbers compare numerically, not as text
    { args: [[item('ten', 10), item('nine', 9)], 'ascending'], expected: ['nine', 'ten'] },
  ];
  it.each(rows)('$args.1 → $expected', ({ args: [items, direction], expected }) => {
    expect(ids(sortRows(items, (i) => i.key, direction, 'en'))).toEqual(expected);
  });

  const textRows: { args: [Item[], 'zh-CN' | 'en']; expected: string[] }[] = [
    // zh: pinyin order (da < gu < na)
    {
      args: [[item('n', '娜姑镇'), item('d', '大井镇'), item('g', '古城街道')], 'zh-CN'],
      expected: ['d', 'g', 'n'],
    },
    { args: [[item('b', 'beta'), item('A', 'Alpha'), item('n', null)], 'en'], expected: ['A', 'b', 'n'] },
  ];
  it.each(textRows)('text in $args.1 → $expected', ({ args: [items, locale], expected }) => {
    expect(ids(sortRows(items, (i) => i.key, 'ascending', locale))).toEqual(expected);
  });

  it('does not change its input', () => {
    const copy = [...input];
    sortRows(input, (i) => i.key, 'descending', 'en');
    expect(input).toEqual(copy);
  });
});

describe('nextSort and ariaSort', () => {
  type K = 'a' | 'b';
  const rows: { args: [Sort<K> | null, K, SortDirection]; expected: Sort<K> }[] = [
    { args: [null, 'a', 'ascending'], expected: { key: 'a', direction: 'ascending' } },
    {
      args: [{ key: 'a', direction: 'ascending' }, 'a', 'ascending'],
      expected: { key: 'a', direction: 'descending' },
    },
    {
      args: [{ key: 'a', direction: 'descending' }, 'a', 'ascending'],
      expected: { key: 'a', direction: 'ascending' },
    },
    {
      args: [{ key: 'a', direction: 'ascending' }, 'b', 'descending'],
      expected: { key: 'b', direction: 'descending' },
    },
  ];
  it.each(rows)('$args → $expected', ({ args, expected }) => {
    expect(nextSort(...args)).toEqual(expected);
  });

  const ariaRows: { args: [Sort<K> | null, K]; expected: SortDirection | undefined }[] = [
    { args: [null, 'a'], expected: undefined },
    { args: [{ key: 'a', direction: 'descending' }, 'a'], expected: 'descending' },
    { args: [{ key: 'a', direction: 'descending' }, 'b'], expected: undefined },
  ];
  it.each(ariaRows)('aria-sort $args → $expected', ({ args, expected }) => {
    expect(ariaSort(...args)).toBe(expected);
  });
});

describe('townshipRows', () => {
  it('has one row per township with exactly numericValue() of each metric', () => {
    const data = loadAppData();
    const metrics = townshipMetrics(data);
    const rows = townshipRows(data, metrics, 'zh-CN');
    expect(rows.map((r) => r.code)).toEqual(data.townships.map((t) => t.id));
    expect(rows).toHaveLength(25);
    for (const row of rows) {
      for (const metric of numericMetrics) {
        expect(row.values[metric], `${row.code} ${metric}`).toBe(
          numericValue(metrics.get(row.code)!, metric),
        );
      }
    }
    // the data has both kinds of empty: no record (null) and a recorded 0
    const aid = rows.map((r) => r.values.aid);
    expect(aid).toContain(null);
    expect(aid).toContain(0);
  });

  it('names partners only for paired townships, in the current language', () => {
    const data = loadAppData();
    const metrics = townshipMetrics(data);
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const row of townshipRows(data, metrics, locale)) {
        const ids = metrics.get(row.code)!.pairedWith;
        const names = ids?.map((id) => {
          const org = data.organisations.get(id)!;
          return locale === 'zh-CN' ? org.name_zh : org.name_en;
        });
        expect(row.partners).toEqual(names ?? null);
      }
    }
  });

  it('gives the zh name with pinyin, or the English name with zh', () => {
    const data = loadAppData();
    const metrics = townshipMetrics(data);
    const nagu = (locale: 'zh-CN' | 'en') =>
      townshipRows(data, metrics, locale).find((r) => r.code === '530326102')!;
    expect([nagu('zh-CN').name, nagu('zh-CN').altName]).toEqual(['娜姑镇', 'nà gū zhèn']);
    expect([nagu('en').name, nagu('en').altName]).toEqual(['Nagu Town', '娜姑镇']);
  });

  it('sorts by activities descending by default, no-record townships last', () => {
    const data = loadAppData();
    const metrics = townshipMetrics(data);
    const sorted = sortTownshipRows(townshipRows(data, metrics, 'zh-CN'), defaultTownshipSort, 'zh-CN');
    const values = sorted.map((r) => r.values.activities);
    const firstNull = values.indexOf(null);
    expect(firstNull).toBeGreaterThan(0);
    expect(values.slice(firstNull).every((v) => v === null)).toBe(true);
    const numbers = values.slice(0, firstNull) as number[];
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  });
});

describe('townshipTotals', () => {
  it('counts each activity and each amount once, as the ledger does', () => {
    const data = loadAppData();
    const metrics = townshipMetrics(data);
    const totals = townshipTotals(data, metrics);
    const distinct = new Set([...data.activitiesByTownship.values()].flat().map((a) => a.id));
    expect(totals.activities).toBe(distinct.size);
    expect(totals.aid).toBe(roundWan(totalAttributable(data)));
    // summing the rows instead would count every shared amount once per township
    const rowSum = [...metrics.values()].reduce((s, m) => s + (m.aidWan ?? 0), 0);
    const extra = amountLedger(data).shared.reduce((s, f) => s + f.value * (f.townships.length - 1), 0);
    expect(extra).toBeGreaterThan(0);
    expect(roundWan(rowSum - extra)).toBe(totals.aid);
  });

  it('counts the shared 22.4万元 summer camp once though two townships show it', () => {
    const data = applyFilters(loadAppData(), { ...noFilters, actors: ['org-jianqiao-university'] });
    const metrics = townshipMetrics(data);
    const rows = townshipRows(data, metrics, 'zh-CN');
    const withAid = rows.filter((r) => r.values.aid !== null && r.values.aid > 0);
    expect(withAid.map((r) => [r.code, r.values.aid, r.shared.aid])).toEqual([
      ['530326102', 22.4, true],
      ['530326107', 22.4, true],
    ]);
    expect(townshipTotals(data, metrics)).toEqual({ activities: 1, aid: 22.4, reached: 20, stationed: 0 });
  });

  it('counts the two cadres stationed at Buka and Banpo once', () => {
    const data = applyFilters(loadAppData(), { ...noFilters, categories: ['secondment'] });
    const metrics = townshipMetrics(data);
    const rows = townshipRows(data, metrics, 'zh-CN');
    const stationedSum = rows.reduce((s, r) => s + (r.values.stationed ?? 0), 0);
    const totals = townshipTotals(data, metrics);
    expect(stationedSum).toBeGreaterThan(totals.stationed);
    const sipg = data.activities.get('act-secondment-sipg-village-cadres')!;
    expect(data.townshipsOf(sipg).length).toBeGreaterThan(1);
  });
});

describe('activityRows', () => {
  it('lists exactly the activities of the data, in file order', () => {
    const data = loadAppData();
    expect(activityRows(data, 'zh-CN').map((r) => r.id)).toEqual([...data.activities.keys()]);
    const filtered = applyFilters(data, { ...noFilters, categories: ['donation'] });
    expect(activityRows(filtered, 'en').map((r) => r.id)).toEqual([...filtered.activities.keys()]);
    expect(filtered.activities.size).toBeLessThan(data.activities.size);
  });

  it('formats figures, dates and places per locale', () => {
    const data = loadAppData();
    const camp = (locale: 'zh-CN' | 'en') =>
      activityRows(data, locale).find((r) => r.id === 'act-donation-summer-camp')!;
    const label = (locale: 'zh-CN' | 'en') => translator(locale)('sep.label');
    expect(camp('zh-CN').figures[0]!.endsWith(`${label('zh-CN')}22.4 万元`)).toBe(true);
    expect(camp('en').figures[0]!.endsWith(`${label('en')}224,000 yuan`)).toBe(true);
    expect(camp('zh-CN').places).toEqual(['大井镇', '娜姑镇']);
    expect(camp('en').places).toEqual(['Dajing Town', 'Nagu Town']);
    const crayfish = activityRows(data, 'en').find((r) => r.id === 'act-industry-crayfish-jiayan')!;
    expect(crayfish.date).toBe('Mar 2018');
    expect(activityRows(data, 'zh-CN').find((r) => r.id === crayfish.id)!.date).toBe('2018年3月');
  });

  it('writes an "of which" part with one 其中 / "of which", in the table and the CSV', () => {
    const data = loadAppData();
    const reach = (locale: 'zh-CN' | 'en') =>
      activityRows(data, locale).find((r) => r.id === 'act-funding-reach')!.figures;
    const [zh, en] = [translator('zh-CN'), translator('en')];
    expect(reach('zh-CN')).toContain(`${zh('panel.partOf')} 贫困户${zh('sep.label')}10000 余户`);
    expect(reach('en')).toContain(
      `${en('panel.partOf')} poor households${en('sep.label')}over 10,000 households`,
    );
    for (const locale of ['zh-CN', 'en'] as const) {
      const figures = cells(figureColumns, figureRows(data, [...data.activities.values()]), locale, false);
      const csv =
        toCsv(figures) +
        activityRows(data, locale)
          .flatMap((r) => r.figures)
          .join('\n');
      expect(csv).toContain(`${translator(locale)('panel.partOf')} ${locale === 'zh-CN' ? '贫困' : 'poor'}`);
      expect(csv).toContain(locale === 'zh-CN' ? '其中贫困户' : 'of which poor households');
      expect(csv).not.toMatch(/其中\s*其中|of (which|whom)\s+of (which|whom)/i);
    }
  });

  const dateRows: { args: SortDirection; expected: 'ascending' | 'descending' }[] = [
    { args: 'ascending', expected: 'ascending' },
    { args: 'descending', expected: 'descending' },
  ];
  it.each(dateRows)('sorts by date $args with undated last', ({ args, expected }) => {
    const rows = sortActivityRows(
      activityRows(loadAppData(), 'zh-CN'),
      { key: 'date', direction: args },
      'zh-CN',
    );
    const keys = rows.map((r) => r.dateKey);
    const firstNull = keys.indexOf(null);
    const dated = keys.slice(0, firstNull) as number[];
    expect(keys.slice(firstNull).every((k) => k === null)).toBe(true);
    expect(dated).toEqual([...dated].sort((a, b) => (expected === 'ascending' ? a - b : b - a)));
  });
});
