/**
 * The table view's rows, sorting and CSV records. Pure: the component only renders what this returns.
 *
 * Values come from `numericValue` (src/choropleth/metricValues.ts), the same function the map colours by, so the
 * table and the map cannot disagree; `null` ("no record") stays null all the way to the screen and the CSV.
 */
import { ActivityCategory, Scope, numericMetrics, type NumericMetricId, type Locale } from '../../domain';
import type { CsvCell } from '../../data/csv';
import type { HuizeData } from '../../data/load';
import { roundWan, totalAttributable, type SharedFigure, type TownshipMetrics } from '../../data/metrics';

import type { Activity, Citation, Count } from '../../data/schema';
import { numericValue } from '../../choropleth/metricValues';
import { formatAmount, formatCount, formatDate } from '../../i18n/figures';
import { formatAmountWan, formatNumber } from '../../i18n/format';
import { messages, type MessageKey } from '../../i18n/messages';

const t = (locale: Locale, key: MessageKey): string => messages[locale][key];

// ---------------------------------------------------------------------------------------------- sorting

export type SortDirection = 'ascending' | 'descending';
export interface Sort<K extends string> {
  key: K;
  direction: SortDirection;
}
export type SortKey = number | string | null;

function collatorFor(locale: Locale): Intl.Collator {
  return new Intl.Collator(locale === 'zh-CN' ? 'zh-CN' : 'en', { numeric: true, sensitivity: 'base' });
}

/**
 * Rows ordered by a key: numbers numerically, text by the locale's collation (pinyin order for Chinese).
 * Nulls ("no record") go last in both directions, and rows with equal keys keep their input order in both
 * directions (a stable sort, not a reversed one).
 */
export function sortRows<T>(
  rows: readonly T[],
  keyOf: (row: T) => SortKey,
  direction: SortDirection,
  locale: Locale,
): T[] {
  const collator = collatorFor(locale);
  const sign = direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row, index) => ({ row, index, key: keyOf(row) }));
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) {
      if (a.key === null && b.key === null) return a.index - b.index;
      return a.key === null ? 1 : -1;
    }
    const order =
      typeof a.key === 'number' && typeof b.key === 'number'
        ? a.key - b.key
        : collator.compare(String(a.key), String(b.key));
    return order !== 0 ? sign * order : a.index - b.index;
  });
  return keyed.map((k) => k.row);
}

/** Clicking a header: the same column flips; another column starts in its natural direction. */
export function nextSort<K extends string>(
  current: Sort<K> | null,
  key: K,
  firstDirection: SortDirection,
): Sort<K> {
  if (current?.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { key, direction: firstDirection };
}

/** The value of `aria-sort` for a header cell (absent on the columns the table is not sorted by). */
export function ariaSort<K extends string>(sort: Sort<K> | null, key: K): SortDirection | undefined {
  return sort?.key === key ? sort.direction : undefined;
}

// ------------------------------------------------------------------------------------- townships table

export const townshipColumns = ['township', ...numericMetrics, 'paired'] as const;
export type TownshipColumn = (typeof townshipColumns)[number];

export const defaultTownshipSort: Sort<TownshipColumn> = { key: 'activities', direction: 'descending' };

/** Names read A→Z first; figures read largest first. */
export function firstDirection(column: TownshipColumn | ActivityColumn): SortDirection {
  return (numericMetrics as readonly string[]).includes(column) ? 'descending' : 'ascending';
}

export interface TownshipRow {
  code: string;
  /** name in the current language: name_zh in zh, name_en in en */
  name: string;
  /** the other name: tone-marked pinyin in zh, name_zh in en */
  altName: string;
  /** what the name sorts by: pinyin in zh (so 大井 before 娜姑), the English name in en */
  nameKey: string;
  /** numericValue() of each metric: null = no record, which is not 0 */
  values: Record<NumericMetricId, number | null>;
  /** whether the value includes a figure (or activity) shared with other townships */
  shared: Record<NumericMetricId, boolean>;
  /** Baoshan-side partner names in the current language; null when the report names no pairing */
  partners: string[] | null;
}

export function townshipRows(
  data: HuizeData,
  metrics: ReadonlyMap<string, TownshipMetrics>,
  locale: Locale,
): TownshipRow[] {
  const sharedActivity = (id: string) => {
    const a = data.activities.get(id);
    return a !== undefined && data.townshipsOf(a).length > 1;
  };
  const rows: TownshipRow[] = [];
  for (const place of data.townships) {
    const m = metrics.get(place.id);
    if (!m) continue;
    const values = {} as Record<NumericMetricId, number | null>;
    for (const metric of numericMetrics) values[metric] = numericValue(m, metric);
    rows.push({
      code: place.id,
      name: locale === 'zh-CN' ? place.name_zh : place.name_en,
      altName: locale === 'zh-CN' ? place.pinyin : place.name_zh,
      nameKey: locale === 'zh-CN' ? place.pinyin : place.name_en,
      values,
      shared: {
        activities: m.activityIds.some(sharedActivity),
        aid: m.aidShared.length > 0,
        reached: m.beneficiariesShared.length > 0,
        stationed: m.stationedShared.length > 0,
      },
      partners:
        m.pairedWith?.map((id) => {
          const org = data.organisations.get(id);
          return org ? (locale === 'zh-CN' ? org.name_zh : org.name_en) : id;
        }) ?? null,
    });
  }
  return rows;
}

export function partnersText(partners: readonly string[], locale: Locale): string {
  return partners.join(t(locale, 'tv.listSeparator'));
}

export function townshipSortKey(row: TownshipRow, column: TownshipColumn, locale: Locale): SortKey {
  if (column === 'township') return row.nameKey;
  if (column === 'paired') return row.partners ? partnersText(row.partners, locale) : null;
  return row.values[column];
}

export function sortTownshipRows(
  rows: readonly TownshipRow[],
  sort: Sort<TownshipColumn>,
  locale: Locale,
): TownshipRow[] {
  return sortRows(rows, (r) => townshipSortKey(r, sort.key, locale), sort.direction, locale);
}

/** A figure as the table shows it: aid as money in the locale's style, the rest as plain numbers. */
export function formatMetricValue(metric: NumericMetricId, value: number, locale: Locale): string {
  return metric === 'aid' ? formatAmountWan(value, locale) : formatNumber(value, locale);
}

export interface TownshipTotals {
  /** distinct activities placed at townships (one shared by three townships counts once) */
  activities: number;
  /** 万元 placed at townships, each amount once (= totalAttributable of the same data) */
  aid: number;
  /** people reached at townships, a shared group once */
  reached: number;
  /** people stationed at townships, a shared group once */
  stationed: number;
}

/** Sums the townships' values, then takes back the extra copies of each shared figure. */
function onceEach(
  metrics: ReadonlyMap<string, TownshipMetrics>,
  value: (m: TownshipMetrics) => number | null,
  shared: (m: TownshipMetrics) => readonly SharedFigure[],
): number {
  let sum = 0;
  const figures = new Map<string, SharedFigure>();
  for (const m of metrics.values()) {
    sum += value(m) ?? 0;
    for (const f of shared(m)) figures.set(f.activityId, f);
  }
  for (const f of figures.values()) sum -= f.value * (f.townships.length - 1);
  return sum;
}

export function townshipTotals(
  data: HuizeData,
  metrics: ReadonlyMap<string, TownshipMetrics>,
): TownshipTotals {
  return {
    activities: new Set([...metrics.values()].flatMap((m) => m.activityIds)).size,
    aid: roundWan(totalAttributable(data)),
    reached: onceEach(
      metrics,
      (m) => m.beneficiaries,
      (m) => m.beneficiariesShared,
    ),
    stationed: onceEach(
      metrics,
      (m) => m.stationed,
      (m) => m.stationedShared,
    ),
  };
}

/** The header labels of the townships table (the aid header names 万元 in the CSV). */
export function townshipHeader(column: TownshipColumn, locale: Locale): string {
  return column === 'township' ? t(locale, 'table.township') : t(locale, `metric.${column}`);
}

/** Header row and records of the townships CSV, in the order shown, with the total row last. */
export function townshipCsv(
  rows: readonly TownshipRow[],
  totals: TownshipTotals,
  locale: Locale,
): CsvCell[][] {
  const header: CsvCell[] = [
    t(locale, 'table.township'),
    t(locale, 'tv.csv.altName'),
    t(locale, 'metric.activities'),
    t(locale, 'tv.csv.aidWan'),
    t(locale, 'metric.reached'),
    t(locale, 'metric.stationed'),
    t(locale, 'metric.paired'),
    t(locale, 'tv.csv.shared'),
  ];
  const records = rows.map((r): CsvCell[] => [
    r.name,
    r.altName,
    r.values.activities,
    r.values.aid === null ? null : roundWan(r.values.aid),
    r.values.reached,
    r.values.stationed,
    r.partners ? partnersText(r.partners, locale) : null,
    numericMetrics
      .filter((metric) => r.shared[metric])
      .map((metric) => t(locale, `metric.${metric}`))
      .join(t(locale, 'tv.listSeparator')) || null,
  ]);
  const total: CsvCell[] = [
    t(locale, 'tv.total'),
    null,
    totals.activities,
    totals.aid,
    totals.reached,
    totals.stationed,
    null,
    null,
  ];
  return [header, ...records, total];
}

// ------------------------------------------------------------------------------------ activities table

export const activityColumns = [
  'category',
  'title',
  'places',
  'scope',
  'figures',
  'date',
  'citation',
] as const;
export type ActivityColumn = (typeof activityColumns)[number];
export const sortableActivityColumns = ['category', 'title', 'scope', 'date'] as const;
export type ActivitySortColumn = (typeof sortableActivityColumns)[number];

export interface ActivityRow {
  id: string;
  category: ActivityCategory;
  categoryLabel: string;
  title: string;
  /** place names in the current language */
  places: string[];
  scope: Scope;
  scopeLabel: string;
  /** each amount and count, formatted as the locale writes it */
  figures: string[];
  /** formatted date; null where the report gives none */
  date: string | null;
  /** year·month for sorting ("since 2018" sorts with 2018; a year alone before its months) */
  dateKey: number | null;
  /** the section heading (lead / caption translated) */
  section: string;
  phrase: string;
}

export function activityHeader(column: ActivityColumn, locale: Locale): string {
  const keys: Record<ActivityColumn, MessageKey> = {
    category: 'table.category',
    title: 'table.title.col',
    places: 'table.places',
    scope: 'table.scope',
    figures: 'table.figures',
    date: 'tv.date',
    citation: 'table.citation',
  };
  return t(locale, keys[column]);
}

export function sectionLabel(citation: Citation, locale: Locale): string {
  if (citation.section === 'lead') return t(locale, 'section.lead');
  if (citation.section === 'caption') return t(locale, 'section.caption');
  return citation.section;
}

function countText(count: Count, locale: Locale): string {
  const what = locale === 'zh-CN' ? count.what_zh : count.what_en;
  const partOf = count.part_of ? `${t(locale, 'panel.partOf')} ` : '';
  const prospective = count.prospective ? ` ${t(locale, 'panel.prospective')}` : '';
  return `${partOf}${what}${t(locale, 'tv.labelSeparator')}${formatCount(count, locale)}${prospective}`;
}

export function activityFigures(activity: Activity, locale: Locale): string[] {
  return [
    ...activity.amounts.map(
      (m) =>
        `${locale === 'zh-CN' ? m.what_zh : m.what_en}${t(locale, 'tv.labelSeparator')}${formatAmount(m, locale)}`,
    ),
    ...activity.counts.map((c) => countText(c, locale)),
  ];
}

/** Every activity of the (filtered) data, in file order, i.e. the order of the report. */
export function activityRows(data: HuizeData, locale: Locale): ActivityRow[] {
  return [...data.activities.values()].map((a) => ({
    id: a.id,
    category: a.category,
    categoryLabel: t(locale, `category.${a.category}`),
    title: locale === 'zh-CN' ? a.title_zh : a.title_en,
    places: a.places.map((id) => {
      const p = data.places.get(id);
      return p ? (locale === 'zh-CN' ? p.name_zh : p.name_en) : id;
    }),
    scope: a.scope,
    scopeLabel: t(locale, `scope.${a.scope}`),
    figures: activityFigures(a, locale),
    date: a.date ? formatDate(a.date, locale) : null,
    dateKey: a.date ? a.date.year * 100 + (a.date.month ?? 0) : null,
    section: sectionLabel(a.citation, locale),
    phrase: a.citation.phrase,
  }));
}

/** Category and scope sort in the schema's order (the report's order), not alphabetically. */
export function activitySortKey(row: ActivityRow, column: ActivitySortColumn): SortKey {
  switch (column) {
    case 'category':
      return ActivityCategory.options.indexOf(row.category);
    case 'title':
      return row.title;
    case 'scope':
      return Scope.options.indexOf(row.scope);
    case 'date':
      return row.dateKey;
  }
}

export function sortActivityRows(
  rows: readonly ActivityRow[],
  sort: Sort<ActivitySortColumn> | null,
  locale: Locale,
): ActivityRow[] {
  if (!sort) return [...rows];
  return sortRows(rows, (r) => activitySortKey(r, sort.key), sort.direction, locale);
}

/** Header row and records of the activities CSV, in the order shown; the source is two columns. */
export function activityCsv(rows: readonly ActivityRow[], locale: Locale): CsvCell[][] {
  const sep = t(locale, 'tv.listSeparator');
  const header: CsvCell[] = [
    activityHeader('category', locale),
    activityHeader('title', locale),
    activityHeader('places', locale),
    activityHeader('scope', locale),
    activityHeader('figures', locale),
    activityHeader('date', locale),
    t(locale, 'tv.csv.section'),
    t(locale, 'tv.csv.phrase'),
  ];
  const records = rows.map((r): CsvCell[] => [
    r.categoryLabel,
    r.title,
    r.places.join(sep),
    r.scopeLabel,
    r.figures.join('; ') || null,
    r.date,
    r.section,
    r.phrase,
  ]);
  return [header, ...records];
}
