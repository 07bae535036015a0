import type { HuizeData } from '../data/join';
import { joinGeo, type GeoJoin } from '../data/geoJoin';
import type { TownshipsFile } from '../geo/geoFiles';
import { useAddedUnits } from '../i18n/units.svelte';

/**
 * The dataset the app shows, as one piece of state: replaced whole (a report opened in the browser, a
 * test's smaller dataset), and everything derived from it — the join with the map, metrics, classes,
 * panels, table, tour and exports — follows, because they all read it from here.
 */
export class DataStore {
  #data = $state.raw<HuizeData>() as HuizeData;
  readonly townships: TownshipsFile;
  readonly join: GeoJoin = $derived.by(() => joinGeo(this.#data, this.townships));

  constructor(data: HuizeData, townships: TownshipsFile) {
    this.#data = data;
    this.townships = townships;
    useAddedUnits(data.units);
  }

  get data(): HuizeData {
    return this.#data;
  }

  replace(data: HuizeData): void {
    this.#data = data;
    // The words after a count's figure in the units this data adds follow it (i18n/units.svelte.ts).
    useAddedUnits(data.units);
  }
}
