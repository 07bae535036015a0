import {
  type ClassificationMethod,
  type CameraView,
  type DetailTab,
  type MetricId,
  type ProjectorTheme,
  type Selection,
} from '../domain';
import type { Bounds } from '../geo/bounds';
import { i18n } from '../i18n/i18n.svelte';
import { defaultState, type UrlState } from './urlState';

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
  /** the source filter: source ids (sources.json) */
  sources = $state<string[]>([]);
  table = $state(defaultState.table);
  /** The online OpenStreetMap basemap: off unless the user turns it on (the map is offline by default). */
  basemap = $state(false);
  /** The area the user moved the map to (null while the view is the selection's or region's own). */
  bounds = $state<Bounds | null>(null);
  /** A centre and zoom from a link made before `bounds` existed; dropped at the first move. */
  view = $state<CameraView | null>(null);
  tab = $state<DetailTab>(defaultState.tab);
  /** Townships of a regional view (fitted together, the rest dimmed); empty when there is none. */
  region = $state<string[]>([]);
  regionName = $state<string | null>(null);
  present = $state(false);
  step = $state(0);
  theme = $state<ProjectorTheme>(defaultState.theme);

  toUrlState(): UrlState {
    return {
      locale: i18n.locale,
      metric: this.metric,
      method: this.method,
      selection: this.selection,
      categories: this.categories,
      actors: this.actors,
      years: this.years,
      sources: this.sources,
      bounds: this.bounds,
      view: this.view,
      table: this.table,
      tab: this.tab,
      region: this.region,
      regionName: this.regionName,
      present: this.present,
      step: this.step,
      theme: this.theme,
    };
  }

  apply(state: UrlState): void {
    i18n.locale = state.locale;
    this.metric = state.metric;
    this.method = state.method;
    // Arrays and objects from a parse are always new; assigning an equal one would still wake every effect
    // that reads it (and repaint the map), so a hash change that changes nothing must cost nothing.
    if (!sameValue(this.selection, state.selection)) this.selection = state.selection;
    if (!sameValue(this.categories, state.categories)) this.categories = state.categories;
    if (!sameValue(this.actors, state.actors)) this.actors = state.actors;
    if (!sameValue(this.years, state.years)) this.years = state.years;
    if (!sameValue(this.sources, state.sources)) this.sources = state.sources;
    if (!sameValue(this.bounds, state.bounds)) this.bounds = state.bounds;
    if (!sameValue(this.view, state.view)) this.view = state.view;
    this.table = state.table;
    this.tab = state.tab;
    if (!sameValue(this.region, state.region)) this.region = state.region;
    this.regionName = state.regionName;
    this.present = state.present;
    this.step = state.step;
    this.theme = state.theme;
  }

  /** Adds a township to the regional view, or takes it out if it is already there (shift-click). */
  toggleRegion = (code: string): void => {
    this.region = this.region.includes(code)
      ? this.region.filter((c) => c !== code)
      : [...this.region, code].sort();
    if (this.region.length === 0) this.regionName = null;
  };

  setRegion = (codes: readonly string[], name: string | null): void => {
    this.region = codes.filter((c, i) => codes.indexOf(c) === i).sort();
    this.regionName = this.region.length ? name : null;
  };

  selectTownship = (code: string | null): void => {
    this.selection = code ? { kind: 'township', code } : null;
  };

  selectSite = (id: string): void => {
    this.selection = { kind: 'site', id };
  };
}

/** Equality of small plain values parsed from a URL (ids, numbers, flat objects). */
function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
