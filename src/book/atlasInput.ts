/**
 * Everything the atlas needs, from the view as the map shows it (the filtered data, metric, classes, the
 * filters' words) and the user's choice of townships. Pure: the app and the tests make it the same way, with
 * the same functions as the panels and the picture export (townshipMetrics, regionTotals, exportContent's
 * legend and source lines, makeBrief).
 */
import type { Locale, MetricId } from '../domain';
import type { Choropleth } from '../choropleth/choropleth';
import type { EmptyWording, FilterEffect } from '../data/filterEffect';
import { emptyWording } from '../data/filterEffect';
import { sourcesUsed, yearsOf, type ActivityFilters } from '../data/filters';
import type { HuizeData } from '../data/load';
import { townshipMetrics } from '../data/metrics';
import { notAttributable, regionTotals } from '../data/regionTotals';
import type { Bounds } from '../geo/bounds';
import { makeBrief } from '../brief';
import { exportContent } from '../export/exportContent';
import type { AtlasChoice, AtlasInput } from './atlasModel';
import { bookWords } from './words';

export interface AtlasView {
  /** The data after the filters, as the map shows it. */
  data: HuizeData;
  filters: ActivityFilters;
  effect: FilterEffect;
  /** The active filters in words (filterSummary), or null. */
  filtersText: string | null;
  metric: MetricId;
  choropleth: Choropleth;
  locale: Locale;
  schematic: boolean;
  boundsOf: (codes: readonly string[]) => Bounds | null;
  countyBounds: Bounds;
  /** The map sources' credit lines. */
  attributions: readonly string[];
  orgName: (id: string) => string;
  /** YYYY-MM-DD */
  date: string;
}

export function atlasInput(view: AtlasView, choice: AtlasChoice): AtlasInput {
  const t = bookWords.in(view.locale);
  const metrics = townshipMetrics(view.data);
  const empty: EmptyWording = emptyWording(view.effect);
  const method = view.choropleth.classification
    ? `${t('control.method')}: ${t(`method.${view.choropleth.classification.method}`)}`
    : null;
  const years = yearsOf(view.data);
  const picture = exportContent({
    t,
    locale: view.locale,
    metric: view.metric,
    method,
    choropleth: view.choropleth,
    orgName: view.orgName,
    filters: view.filtersText,
    empty,
    subject: null,
    title: '',
    schematic: view.schematic,
    years,
    sources: sourcesUsed(view.data),
    attributions: view.attributions,
    date: view.date,
    fontFamily: '',
  });
  const title = choice.kind === 'region' ? t('book.titleOf', { subject: choice.name }) : t('book.title');
  return {
    t,
    locale: view.locale,
    empty,
    data: view.data,
    metrics,
    regionTotals: (codes) => regionTotals(view.data, metrics, codes),
    apart: notAttributable(view.data),
    metric: view.metric,
    legend: {
      heading: picture.legend.heading,
      method: picture.legend.method,
      rows: picture.legend.rows,
      notes: picture.legend.notes,
    },
    filters: view.filtersText,
    subtitle: picture.subtitle,
    title,
    schematic: view.schematic,
    bounds: view.boundsOf,
    countyBounds: view.countyBounds,
    date: view.date,
    sourceLines: picture.footerLines,
    brief: (subject) =>
      makeBrief({
        data: view.data,
        metrics,
        subject,
        locale: view.locale,
        filters: view.filters,
        effect: view.effect,
      }),
    choice,
  };
}
