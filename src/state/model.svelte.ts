import { isNumericMetric } from '../domain';
import { filterEffect } from '../data/filterEffect';
import { applyFilters } from '../data/filters';
import type { HuizeData } from '../data/load';
import { townshipMetrics } from '../data/metrics';
import { categoricalChoropleth, numericChoropleth, type Choropleth } from '../choropleth/choropleth';
import { numericValues, pairedValues } from '../choropleth/metricValues';
import type { AppState } from './appState.svelte';
import type { DataStore } from './dataStore.svelte';

/**
 * Everything derived from the data and the user's choices: filtered data → metrics → choropleth. The map,
 * legend, list, panels and table all read from here, so they cannot disagree.
 */
export class MapModel {
  readonly #store: DataStore;
  readonly state: AppState;

  constructor(store: DataStore, state: AppState) {
    this.#store = store;
    this.state = state;
  }

  get data(): HuizeData {
    return this.#store.data;
  }

  filtered = $derived.by(() =>
    applyFilters(this.data, {
      categories: this.state.categories,
      actors: this.state.actors,
      years: this.state.years,
      sources: this.state.sources,
    }),
  );

  metrics = $derived(townshipMetrics(this.filtered));

  /** What the filters hid, so that no view calls a hidden record "no record". */
  effect = $derived.by(() =>
    filterEffect(this.data, {
      categories: this.state.categories,
      actors: this.state.actors,
      years: this.state.years,
      sources: this.state.sources,
    }),
  );

  values = $derived.by((): Map<string, number | string | null> => {
    const metric = this.state.metric;
    return isNumericMetric(metric) ? numericValues(this.metrics, metric) : pairedValues(this.metrics);
  });

  choropleth = $derived.by((): Choropleth => {
    const metric = this.state.metric;
    return isNumericMetric(metric)
      ? numericChoropleth(numericValues(this.metrics, metric), this.state.method)
      : categoricalChoropleth(pairedValues(this.metrics));
  });
}
