/**
 * The townships table: one row per township with the map's metrics and its total row. Pure: the
 * component only renders what this returns.
 *
 * Values come from `numericValue` (src/choropleth/metricValues.ts), the same function the map colours by, so the
 * table and the map cannot disagree; `null` ("no record") stays null all the way to the screen and the downloads.
 */
import { localName, numericMetrics, type Locale, type NumericMetricId } from '../../domain';
import type { HuizeData } from '../../data/load';
import type { TownshipMetrics } from '../../data/metrics';
import { regionTotals } from '../../data/regionTotals';
import { numericValue } from '../../choropleth/metricValues';
import { formatAmountWan, formatNumber } from '../../i18n/format';
import { translator } from '../../i18n/translate';
import { sortRows, type Sort, type SortKey } from './sort';

export const townshipColumns = ['township', ...numericMetrics, 'paired'] as const;
export type TownshipColumn = (typeof townshipColumns)[number];

export const defaultTownshipSort: Sort<TownshipColumn> = { key: 'activities', direction: 'descending' };

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
      name: localName(place, locale),
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
          return org ? localName(org, locale) : id;
        }) ?? null,
    });
  }
  return rows;
}

export function partnersText(partners: readonly string[], locale: Locale): string {
  return partners.join(translator(locale)('sep.list'));
}

function townshipSortKey(row: TownshipRow, column: TownshipColumn, locale: Locale): SortKey {
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
  /** 万元 placed at the townships, each amount once (over all townships: totalAttributable) */
  aid: number;
  /** people reached at townships, a shared group once */
  reached: number;
  /** people stationed at townships, a shared group once */
  stationed: number;
}

/** The totals of the rows shown: regionTotals over their townships, so the table and a region agree. */
export function townshipTotals(
  data: HuizeData,
  metrics: ReadonlyMap<string, TownshipMetrics>,
  codes: readonly string[] = [...metrics.keys()],
): TownshipTotals {
  const t = regionTotals(data, metrics, codes);
  return {
    activities: t.activities.value ?? 0,
    aid: t.aid.value ?? 0,
    reached: t.reached.value ?? 0,
    stationed: t.stationed.value ?? 0,
  };
}

/** The header labels of the townships table. */
export function townshipHeader(column: TownshipColumn, locale: Locale): string {
  const t = translator(locale);
  return column === 'township' ? t('table.township') : t(`metric.${column}`);
}
