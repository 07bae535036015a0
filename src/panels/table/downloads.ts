/**
 * The figure downloads as tables of cells: the activity figures (one row per figure) and the townships with
 * their metrics, each column with its header, HXL hashtag and meaning (the column dictionary), and the
 * townships as GeoJSON. Pure: the XLSX writer (xlsx.ts) and the CSV text (data/csv.ts) take these cells.
 *
 * HXL hashtags follow the HXL standard (https://hxlstandard.org/standard/1-1final/dictionary/): core
 * hashtags (#activity, #sector, #adm3, #org, #date, #value, #reached, #indicator, #geo, #meta) with
 * attributes for what this data adds (+i_zh / +i_en for the language of a name).
 */
import { numericMetrics, type Locale, type NumericMetricId } from '../../domain';
import type { FigureRow } from '../../data/figureRows';
import type { HuizeData } from '../../data/load';
import type { TownshipMetrics } from '../../data/metrics';
import type { TownshipFeature } from '../../geo/geoFiles';
import type { TownshipType } from '../../data/schema';
import type { MessageKey } from '../../i18n/messages';
import { translator, type Translate } from '../../i18n/translate';
import { unitText } from '../../i18n/units';
import { sectionName } from '../../i18n/sectionName';
import { townshipRows, type TownshipRow } from './townshipTable';

/**
 * A cell as both writers take it: a number stays a number, null is an empty cell. No booleans: a reader gets
 * the same yes/no words in the workbook as in the CSV (issue 26: XLSX had TRUE/FALSE where CSV had 是/否).
 */
export type Cell = string | number | null;

/** The columns the dictionary names: each has a header `dl.col.<id>` and a meaning `dl.about.<id>`. */
type ColumnId = MessageKey extends infer K ? (K extends `dl.col.${infer I}` ? I : never) : never;

export interface Column<R> {
  id: ColumnId;
  hxl: string;
  cell: (row: R, t: Translate, locale: Locale) => Cell;
}

const col = <R>(id: ColumnId, hxl: string, cell: Column<R>['cell']): Column<R> => ({ id, hxl, cell });
const codes = (list: readonly string[]) => (list.length ? list.join(';') : null);
const names = (list: readonly string[], t: Translate) => (list.length ? list.join(t('sep.list')) : null);
const yesNo = (value: boolean | null, t: Translate) =>
  value === null ? null : t(value ? 'dl.yes' : 'dl.no');
const zhOrEn = (locale: Locale, zhText: string, enText: string) => (locale === 'zh-CN' ? zhText : enText);

/** The whole an "of which" part belongs to, as its record's title and what the whole counts. */
function wholeText(row: FigureRow, t: Translate, locale: Locale): Cell {
  if (!row.whole) return row.partOf;
  const title = zhOrEn(locale, row.whole.titleZh, row.whole.titleEn);
  const what = locale === 'zh-CN' ? row.whole.whatZh : row.whole.whatEn;
  return what ? `${title}${t('sep.label')}${what}` : title;
}

/**
 * Every cell a person reads is in their language; the ids a join needs (record, townships, source, the
 * whole of a part) sit in columns of their own, named as ids.
 */
export const figureColumns: Column<FigureRow>[] = [
  col('id', '#activity+id', (r) => r.activityId),
  col('titleZh', '#activity+name+i_zh', (r) => r.titleZh),
  col('titleEn', '#activity+name+i_en', (r) => r.titleEn),
  col('category', '#sector', (r, t) => t(`category.${r.category}`)),
  col('codes', '#adm3+code', (r) => codes(r.townshipCodes)),
  col('namesZh', '#adm3+name+i_zh', (r, t) => names(r.townshipNamesZh, t)),
  col('namesEn', '#adm3+name+i_en', (r) => (r.townshipNamesEn.length ? r.townshipNamesEn.join('; ') : null)),
  col('scope', '#meta+scope', (r, t) => t(`scope.${r.scope}`)),
  col('precision', '#geo+precision', (r, t) =>
    names(
      r.precision.map((p) => t(`precision.${p}`)),
      t,
    ),
  ),
  col('actors', '#org+name', (r, t, locale) => names(locale === 'zh-CN' ? r.actorsZh : r.actorsEn, t)),
  col('year', '#date+year', (r) => r.year),
  col('month', '#date+month', (r) => r.month),
  col('relation', '#date+relation', (r, t) => (r.dateRelation ? t(`dl.rel.${r.dateRelation}`) : null)),
  col('kind', '#indicator+kind', (r, t) => (r.kind ? t(`dl.kind.${r.kind}`) : null)),
  col('value', '#value', (r) => r.value),
  col('unit', '#indicator+unit', (r, t, locale) =>
    r.unit === null
      ? null
      : r.unit === 'wan-yuan'
        ? t('dl.unit.wan-yuan')
        : unitText(locale, r.unit, r.value),
  ),
  col('countedAs', '#indicator+type', (r, t) => (r.countedAs ? t(`dl.counted.${r.countedAs}`) : null)),
  col('summable', '#meta+summable', (r, t) => yesNo(r.summable, t)),
  col('what', '#indicator+name', (r, _t, locale) => (locale === 'zh-CN' ? r.whatZh : r.whatEn)),
  col('asWritten', '#value+as_written', (r) => r.asWritten),
  col('shared', '#meta+shared', (r, t) => yesNo(r.shared, t)),
  col('partOf', '#meta+part_of+name', wholeText),
  col('partOfId', '#meta+part_of+id', (r) => r.partOf),
  col('source', '#meta+source+name', (r, _t, locale) => zhOrEn(locale, r.sourceZh, r.sourceEn)),
  col('sourceId', '#meta+source+id', (r) => r.source),
  col('section', '#meta+section', (r, _t, locale) => sectionName(r.section, locale).text),
  col('phrase', '#meta+phrase+i_zh', (r) => r.phrase),
];

/** A township's row of the download: the table's row (same values as the map) and its record's names. */
export interface TownshipDownload {
  row: TownshipRow;
  nameZh: string;
  nameEn: string;
  pinyin: string;
  type: TownshipType | null;
  boundary: 'schematic' | 'official';
}

const metricHxl: Record<NumericMetricId, string> = {
  activities: '#activity+num',
  aid: '#value+aid+wan_yuan',
  reached: '#reached',
  stationed: '#indicator+stationed+num',
};

export const townshipColumns: Column<TownshipDownload>[] = [
  col('code', '#adm3+code', (r) => r.row.code),
  col('nameZh', '#adm3+name+i_zh', (r) => r.nameZh),
  col('nameEn', '#adm3+name+i_en', (r) => r.nameEn),
  col('pinyin', '#adm3+name+i_zh_latn', (r) => r.pinyin),
  col('type', '#adm3+type', (r, t) => (r.type ? t(`kind.${r.type}`) : null)),
  ...numericMetrics.map((m) => col<TownshipDownload>(m, metricHxl[m], (r) => r.row.values[m])),
  col('sharedIn', '#meta+shared', (r, t) =>
    names(
      numericMetrics.filter((m) => r.row.shared[m]).map((m) => t(`metric.${m}`)),
      t,
    ),
  ),
  col('partners', '#org+partner', (r, t) => (r.row.partners ? names(r.row.partners, t) : null)),
  col('boundary', '#geo+precision', (r, t) => t(`dl.boundary.${r.boundary}`)),
];

export function townshipDownloads(
  data: HuizeData,
  metrics: ReadonlyMap<string, TownshipMetrics>,
  codes: readonly string[],
  boundary: TownshipDownload['boundary'],
  locale: Locale,
): TownshipDownload[] {
  const shown = new Set(codes);
  return townshipRows(data, metrics, locale)
    .filter((row) => shown.has(row.code))
    .map((row) => {
      const place = data.places.get(row.code);
      return {
        row,
        nameZh: place?.name_zh ?? row.code,
        nameEn: place?.name_en ?? row.code,
        pinyin: place?.pinyin ?? '',
        type: place?.township_type ?? null,
        boundary,
      };
    });
}

/** Header row, the HXL row when asked for, then one row per record. */
export function cells<R>(
  columns: readonly Column<R>[],
  rows: readonly R[],
  locale: Locale,
  hxl: boolean,
): Cell[][] {
  const t = translator(locale);
  const header = columns.map((c) => t(`dl.col.${c.id}`));
  return [
    header,
    ...(hxl ? [columns.map((c) => c.hxl)] : []),
    ...rows.map((r) => columns.map((c) => c.cell(r, t, locale))),
  ];
}

/** The column dictionary: for each sheet, each column's header, hashtag and meaning. */
export function columnDictionary(locale: Locale): Cell[][] {
  const t = translator(locale);
  const entries = (sheet: 'dl.sheet.figures' | 'dl.sheet.townships', columns: readonly Column<never>[]) =>
    columns.map((c) => [t(sheet), t(`dl.col.${c.id}`), c.hxl, t(`dl.about.${c.id}`)]);
  return [
    [t('dl.dict.sheet'), t('dl.dict.column'), t('dl.dict.hxl'), t('dl.dict.about')],
    ...entries('dl.sheet.figures', figureColumns as Column<never>[]),
    ...entries('dl.sheet.townships', townshipColumns as Column<never>[]),
  ];
}

/** The townships with their metrics as GeoJSON; each says how precise its line is. */
export function townshipsGeoJson(
  downloads: readonly TownshipDownload[],
  features: readonly TownshipFeature[],
  source: string,
): GeoJSON.FeatureCollection {
  const geometry = new Map(features.map((f) => [f.properties.code, f.geometry]));
  return {
    type: 'FeatureCollection',
    features: downloads.flatMap((d) => {
      const shape = geometry.get(d.row.code);
      if (!shape) return [];
      return [
        {
          type: 'Feature',
          properties: {
            code: d.row.code,
            name_zh: d.nameZh,
            name_en: d.nameEn,
            ...Object.fromEntries(numericMetrics.map((m) => [m === 'aid' ? 'aid_wan' : m, d.row.values[m]])),
            ...Object.fromEntries(numericMetrics.map((m) => [`${m}_includes_shared`, d.row.shared[m]])),
            partners: d.row.partners,
            boundary_precision: d.boundary,
            boundary_source: source,
          },
          geometry: shape,
        },
      ];
    }),
  };
}
