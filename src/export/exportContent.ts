import { localName, type Locale, type MetricId } from '../domain';
import type { Source } from '../data/schema';
import type { Choropleth } from '../choropleth/choropleth';
import { legendRowLabel } from '../choropleth/legendLabels';
import type { Translate } from '../i18n/translate';

import type { ExportContent } from './compose';

/** What the export is of, in words: the region's or the selection's name, or null for the whole county. */
export interface ExportSubject {
  name: string | null;
}

export interface ContentInput {
  t: Translate;
  locale: Locale;
  metric: MetricId;
  method: string | null;
  choropleth: Choropleth;
  orgName: (id: string) => string;
  filtered: boolean;
  subject: string | null;
  title: string;
  /** True while the township lines are schematic: the picture must then say so. */
  schematic: boolean;
  /** Years the shown records span, for the subtitle and the source line. */
  years: readonly number[];
  /**
   * The sources of the shown records with their years (src/data/filters.ts sourcesUsed): one source line
   * each. Until the caller passes them, the one report's line is used.
   */
  sources?: readonly { source: Source; years: readonly number[] }[];
  /** The map sources' credit lines (may hold markup, e.g. OpenStreetMap's link: only its text is kept). */
  attributions: readonly string[];
  /** The day of the export, YYYY-MM-DD. */
  date: string;
  fontFamily: string;
}

/** "会泽县 · 派驻人员 · 娜姑镇": the county, the metric and what the view is of. */
export function defaultExportTitle(t: Translate, metric: MetricId, subject: string | null): string {
  return [t('export.county'), t(`metric.${metric}`), subject].filter(Boolean).join(' · ');
}

/** The parts of the file name before its size: "会泽", "人员派驻", "娜姑镇". */
export function exportFileParts(t: Translate, metric: MetricId, subject: string | null): string[] {
  return [t('export.countyShort'), t(`export.fileMetric.${metric}`), ...(subject ? [subject] : [])];
}

/** Drops tags and decodes entities, so a credit written as HTML reads as plain text on the picture. */
export function plainText(markup: string): string {
  const entities: Record<string, string> = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    copy: '©',
    nbsp: ' ',
  };
  return markup
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|[a-z]+);/gi, (whole, name: string) =>
      name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (entities[name.toLowerCase()] ?? whole),
    )
    .replace(/\s+/g, ' ')
    .trim();
}

function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return '—';
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

/** "2019-03" or "2019-03-05": as much of the publication date as is known. */
function publishedOn(p: NonNullable<Source['published']>): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return [String(p.year), p.month === null ? null : two(p.month), p.day === null ? null : two(p.day)]
    .filter(Boolean)
    .join('-');
}

/** One line per source used, then where the citations are; or the one report's line. */
function sourceLines(input: ContentInput): string[] {
  const { t } = input;
  if (!input.sources) return [t('export.source', { years: yearSpan(input.years) })];
  return [
    ...input.sources.map(({ source, years }) =>
      t('export.sourceOf', {
        source: localName(source, input.locale),
        years: yearSpan(years),
        published: source.published
          ? t('export.published', { date: publishedOn(source.published) })
          : t('export.unpublished'),
      }),
    ),
    t('export.citations'),
  ];
}

export function exportContent(input: ContentInput): Omit<ExportContent, 'scaleBar' | 'bearing' | 'qr'> {
  const { t } = input;
  const subtitle = [
    t('app.subtitleYears', { years: yearSpan(input.years) }),
    input.filtered ? t('export.filtered') : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const credits = [...new Set(input.attributions.map(plainText).filter(Boolean))].join(' · ');
  return {
    title: input.title,
    subtitle,
    legend: {
      heading: t(`metric.${input.metric}`),
      method: input.method,
      rows: input.choropleth.legend.map((entry) => ({
        colour: entry.colour,
        label: legendRowLabel(entry, input.metric, input.locale, t, input.orgName),
        count: entry.count,
        hatch: entry.kind === 'none',
      })),
      notes: [t('legend.countyWide')],
    },
    schematicNote: input.schematic ? t('map.schematicNote') : null,
    footerLines: [...sourceLines(input), t('export.credits', { credits, date: input.date })],
    northLabel: t('export.north'),
    fontFamily: input.fontFamily,
  };
}
