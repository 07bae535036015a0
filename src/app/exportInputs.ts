import { emptyWording } from '../data/filterEffect';
import { sourcesUsed, yearsOf } from '../data/filters';
import { filterSummary } from '../i18n/filterSummary';
import { notAttributable, regionTotals } from '../data/regionTotals';
import { defaultExportTitle, exportContent, exportFileParts } from '../export/exportContent';
import { locatorInset } from '../export/locatorInset';
import type { GeoData } from '../geo/loadGeo';
import { keyFigures } from '../panels/detail/panelModel';
import { i18n } from '../i18n/i18n.svelte';
import { labelFonts } from '../map/style';
import type { HuizeData } from '../data/join';
import type { AppState } from '../state/appState.svelte';
import type { MapModel } from '../state/model.svelte';

/** The view an export pictures. */
export interface ExportView {
  app: AppState;
  model: MapModel;
  data: HuizeData;
  subject: string | null;
  schematic: boolean;
  geo: GeoData;
}

/** What the export dialog needs from the view: its default title, file name parts and the picture's text. */
export function exportInputs(c: ExportView) {
  const { app, model } = c;
  const method = model.choropleth.classification
    ? `${i18n.t('control.method')}: ${i18n.t(`method.${model.choropleth.classification.method}`)}`
    : null;
  const title = defaultExportTitle(i18n.t, app.metric, c.subject);
  // A region with nothing selected is what the view sums up (the detail panel's region summary): the
  // picture may carry the same totals, from the same shown data.
  const region =
    app.region.length && !app.selection
      ? {
          name: c.subject,
          totals: regionTotals(model.filtered, model.metrics, app.region),
          apart: notAttributable(model.filtered),
        }
      : null;
  // One township selected: its figures as its panel states them (the same metrics, the same key figures).
  const code = app.selection?.kind === 'township' ? app.selection.code : null;
  const metrics = code ? model.metrics.get(code) : undefined;
  const place = code ? c.data.places.get(code) : undefined;
  const township =
    metrics && place
      ? { name: i18n.name(place), activityCount: metrics.activityCount, figures: keyFigures(metrics) }
      : null;
  const located = app.region.length ? app.region : code ? [code] : [];
  const locator = c.subject ? locatorInset(c.geo, located, i18n.t('export.locator')) : null;
  return {
    title,
    fileParts: exportFileParts(i18n.t, app.metric, c.subject),
    makeContent: (attributions: string[]) =>
      exportContent({
        t: i18n.t,
        locale: i18n.locale,
        metric: app.metric,
        method,
        choropleth: model.choropleth,
        orgName: (id) => {
          const org = c.data.organisations.get(id);
          return org ? i18n.name(org) : id;
        },
        filters: filterSummary(app, {
          t: i18n.t,
          list: (items) => i18n.list(items),
          actorName: (id) => {
            const org = c.data.organisations.get(id);
            return org ? i18n.name(org) : id;
          },
          sourceName: (id) => {
            const source = c.data.sources.get(id);
            return source ? i18n.name(source) : id;
          },
        }),
        empty: emptyWording(model.effect),
        counted: app.region.length ? app.region : null,
        subject: c.subject,
        region,
        township,
        locator,
        title,
        schematic: c.schematic,
        years: yearsOf(model.filtered),
        sources: sourcesUsed(model.filtered),
        attributions,
        date: new Date().toISOString().slice(0, 10),
        fontFamily: ['system-ui', ...labelFonts].map((f) => (f.includes(' ') ? `"${f}"` : f)).join(', '),
      }),
  };
}
