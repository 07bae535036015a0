import type { ClassificationMethod } from '../geo/classify';
import { i18n } from '../i18n/i18n.svelte';
import { defaultState, type MapView, type MetricId, type Selection, type UrlState } from './urlState';

/**
 * What the user has chosen: ids and switches only. Panels, legend and fills derive their content from
 * these and the data.
 */
export class AppState {
  metric = $state<MetricId>(defaultState.metric);
  method = $state<ClassificationMethod>(defaultState.method);
  selection = $state<Selection>(defaultState.selection);
  hovered = $state<string | null>(null);
  categories = $state<string[]>([]);
  actors = $state<string[]>([]);
  years = $state<number[]>([]);
  table = $state(defaultState.table);
  /** The online OpenStreetMap basemap: off unless the user turns it on (the map is offline by default). */
  basemap = $state(false);
  /** The map's camera as last reported by the map (or asked for by the URL). */
  view = $state<MapView | null>(null);

  toUrlState(): UrlState {
    return {
      locale: i18n.locale,
      metric: this.metric,
      method: this.method,
      selection: this.selection,
      categories: this.categories,
      actors: this.actors,
      years: this.years,
      view: this.view,
      table: this.table,
    };
  }

  apply(state: UrlState): void {
    i18n.locale = state.locale;
    this.metric = state.metric;
    this.method = state.method;
    this.selection = state.selection;
    this.categories = state.categories;
    this.actors = state.actors;
    this.years = state.years;
    this.view = state.view;
    this.table = state.table;
  }

  selectTownship = (code: string | null): void => {
    this.selection = code ? { kind: 'township', code } : null;
  };

  selectSite = (id: string): void => {
    this.selection = { kind: 'site', id };
  };
}
