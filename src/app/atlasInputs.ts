import { atlasInput } from '../book/atlasInput';
import { townshipsWithRecords, type AtlasChoice } from '../book/atlasModel';
import { bt } from '../book/bt';
import { filterSummary } from '../i18n/filterSummary';
import { i18n } from '../i18n/i18n.svelte';
import { labelFonts } from '../map/style';
import type { Bounds } from '../geo/bounds';
import type { ExportView } from './exportInputs';

/** The view an atlas is made of: the export's, and where each township lies. */
export interface AtlasHostView extends ExportView {
  join: { boundsOfTownships(codes: readonly string[]): Bounds | null };
}

/** What the export dialog's atlas part needs from the view: the choices it offers and the input they make. */
export function atlasInputs(c: AtlasHostView) {
  const { app, model } = c;
  const orgName = (id: string) => {
    const org = c.data.organisations.get(id);
    return org ? i18n.name(org) : id;
  };
  const filtersText = filterSummary(app, {
    t: i18n.t,
    list: (items) => i18n.list(items),
    actorName: orgName,
    sourceName: (id) => {
      const source = c.data.sources.get(id);
      return source ? i18n.name(source) : id;
    },
  });
  const regionName = c.subject ?? i18n.t('region.custom', { n: app.region.length });
  return {
    records: townshipsWithRecords({ data: model.filtered, metrics: model.metrics }),
    region: app.region.length ? { codes: [...app.region], name: regionName } : null,
    townships: c.data.townships.map((t) => ({ code: t.id, name: i18n.name(t) })),
    fileParts: [bt('book.fileName'), ...(app.region.length ? [regionName] : [])],
    fontFamily: ['system-ui', ...labelFonts].map((f) => (f.includes(' ') ? `"${f}"` : f)).join(', '),
    makeInput: (choice: AtlasChoice, attributions: string[]) =>
      atlasInput(
        {
          data: model.filtered,
          filters: { categories: app.categories, actors: app.actors, years: app.years, sources: app.sources },
          effect: model.effect,
          filtersText,
          metric: app.metric,
          choropleth: model.choropleth,
          locale: i18n.locale,
          schematic: c.schematic,
          boundsOf: (codes) => c.join.boundsOfTownships(codes),
          countyBounds: c.geo.bounds,
          attributions,
          orgName,
          date: new Date().toISOString().slice(0, 10),
        },
        choice,
      ),
  };
}
