import { localName, numericMetrics, siteKinds, type Locale, type MetricId, type SiteKind } from '../domain';
import type { NotAttributable, RegionTotals } from '../data/regionTotals';
import type { Source } from '../data/schema';
import { yearSpanText } from '../data/yearSpan';
import type { Choropleth } from '../choropleth/choropleth';
import { legendRowLabel } from '../choropleth/legendLabels';
import type { EmptyWording } from '../data/filterEffect';
import { joinParts } from '../i18n/lists';
import { countedText, type Translate } from '../i18n/translate';
import type { KeyFigure } from '../panels/detail/panelModel';

import { formatAmountWan, formatNumber } from '../i18n/format';
import type { ContentBeforeCapture } from './compose';
import type { SummaryBox } from './furniture';
import type { LocatorInset } from './locatorInset';

export interface ContentInput {
  t: Translate;
  locale: Locale;
  metric: MetricId;
  method: string | null;
  choropleth: Choropleth;
  orgName: (id: string) => string;
  /** The active filters in words (filterSummary), or null when nothing is filtered. */
  filters: string | null;
  /** What an empty class is called: under a filter "none after filtering", never "no record". */
  empty?: EmptyWording;
  /** The townships whose classes the legend counts (a region's), or null for the whole county. */
  counted?: readonly string[] | null;
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
  /** The region shown, with its totals (regionTotals of the shown data), for the optional summary box. */
  region?: { name: string | null; totals: RegionTotals; apart: NotAttributable } | null;
  /**
   * The selected township with its figures as its panel states them (panelModel keyFigures of the same
   * townshipMetrics), so a picture of one township says its numbers.
   */
  township?: { name: string; activityCount: number; figures: readonly KeyFigure[] } | null;
  /** The county with what the picture shows highlighted, for the inset; null for the whole county. */
  locator?: LocatorInset | null;
}

/** The picture's words; where the legend goes and whether the summary is drawn are the user's choice. */
export type PictureText = Omit<ContentBeforeCapture, 'legendCorner' | 'summary'> & {
  /** The region's totals or the township's figures the user may add; null for the whole county. */
  summary: SummaryBox | null;
  /** The dialog's words for adding the summary (region totals or township figures). */
  summaryOption: string;
  /** The footer line that goes with the QR code: the citations are behind it. */
  qrNote: string;
};

/** "会泽县 · 派驻人员 · 娜姑镇": the county, the metric and what the view is of. */
export function defaultExportTitle(t: Translate, metric: MetricId, subject: string | null): string {
  return joinParts(t, [t('export.county'), t(`metric.${metric}`), subject]);
}

/** The parts of the file name before its size: "会泽", "人员派驻", "娜姑镇". */
export function exportFileParts(t: Translate, metric: MetricId, subject: string | null): string[] {
  return [t('export.countyShort'), t(`export.fileMetric.${metric}`), ...(subject ? [subject] : [])];
}

/** Drops tags and decodes entities, so a credit written as HTML reads as plain text on the picture. */
function plainText(markup: string): string {
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

/** The one way the period is written (yearSpanText), "—" when no shown record is dated. */
const yearSpan = (years: readonly number[]): string => yearSpanText(years) ?? '—';

/** "2019-03" or "2019-03-05": as much of the publication date as is known. */
function publishedOn(p: NonNullable<Source['published']>): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return [String(p.year), p.month === null ? null : two(p.month), p.day === null ? null : two(p.day)]
    .filter(Boolean)
    .join('-');
}

/**
 * One line per source used, or the one report's line. Nothing points outside the picture: where the
 * citations are is said beside the QR code that leads there (qrNote), and only when there is one.
 */
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
  ];
}

/** The region's totals as the picture states them, with the notes that keep them honest. */
function summaryBox(input: ContentInput): SummaryBox | null {
  const region = input.region;
  if (!region || region.totals.codes.length === 0) return null;
  const { t, locale } = input;
  const { totals, apart } = region;
  const value = (metric: (typeof numericMetrics)[number]) => {
    const v = totals[metric].value;
    if (v === null) return t('legend.noRecord');
    const text = metric === 'aid' ? formatAmountWan(v, locale) : formatNumber(v, locale);
    return totals[metric].shared.length ? `${text} ※` : text;
  };
  const shared = numericMetrics.some((m) => totals[m].shared.length > 0);
  return {
    heading: t('export.summaryHeading', {
      name: region.name ?? t('region.custom', { n: totals.codes.length }),
    }),
    rows: numericMetrics.map((metric) => ({ label: t(`metric.${metric}`), value: value(metric) })),
    notes: [
      ...(shared ? [t('export.summaryShared')] : []),
      t('export.summaryApart', {
        n: apart.county.activities,
        amount: formatAmountWan(apart.county.aidWan, locale),
      }),
    ],
  };
}

/** A figure as the township panel writes it: 万元 for money, a count with its unit, ※ when shared. */
function figureValue(f: KeyFigure, t: Translate, locale: Locale): string {
  const text =
    f.metric === 'aid'
      ? formatAmountWan(f.value, locale)
      : `${formatNumber(f.value, locale)} ${countedText(locale, `metric.unit.${f.metric}`, f.value)}`;
  return f.includesShared ? `${text} ※` : text;
}

/** The selected township's figures (no new sums: the panel's key figures, formatted as there). */
function townshipBox(input: ContentInput): SummaryBox | null {
  const township = input.township;
  if (!township) return null;
  const { t, locale } = input;
  return {
    heading: t('export.townshipHeading', { name: township.name, n: township.activityCount }),
    rows: township.figures.map((f) => ({ label: t(`metric.${f.metric}`), value: figureValue(f, t, locale) })),
    notes: township.figures.some((f) => f.includesShared) ? [t('export.sharedNote')] : [],
  };
}

export function exportContent(input: ContentInput): PictureText {
  const { t } = input;
  const subtitle = joinParts(t, [
    t('app.subtitleYears', { years: yearSpan(input.years) }),
    input.filters && t('export.filteredBy', { filters: input.filters }),
  ]);
  const credits = joinParts(t, [...new Set(input.attributions.map(plainText))]);
  return {
    title: input.title,
    subtitle,
    legend: {
      heading: t(`metric.${input.metric}`),
      method: input.method,
      rows: input.choropleth.legend.map((entry) => ({
        colour: entry.colour,
        label: legendRowLabel(entry, input.metric, input.locale, t, input.orgName, input.empty),
        // A region's picture counts its own townships in each class, not the county's.
        count: input.counted
          ? input.counted.filter((code) => input.choropleth.fills.get(code) === entry.colour).length
          : entry.count,
        hatch: entry.kind === 'none',
      })),
      // Picture-appropriate notes: the screen's "see the county summary" points at a panel a page has not.
      notes: [t('export.sharedNote'), t('export.countyWide')],
      sites: {
        heading: t('legend.sites'),
        kinds: Object.fromEntries(siteKinds.map((k) => [k, t(`site.${k}`)])) as Record<SiteKind, string>,
        approximate: t('legend.approximate'),
      },
    },
    schematicNote: input.schematic ? t('map.schematicNote') : null,
    footerLines: [...sourceLines(input), t('export.credits', { credits, date: input.date })],
    northLabel: t('export.north'),
    fontFamily: input.fontFamily,
    summary: summaryBox(input) ?? townshipBox(input),
    summaryOption: input.township && !input.region ? t('export.figures') : t('export.summary'),
    locator: input.locator ?? null,
    qrNote: t('export.qrNote'),
  };
}
