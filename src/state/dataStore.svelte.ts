import type { HuizeData } from '../data/join';
import { joinGeo, type GeoJoin } from '../data/geoJoin';
import type { TownshipsFile } from '../geo/geoFiles';
import { useAddedUnits } from '../i18n/units';

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
    useAddedUnits(data.units);
    this.#data = data;
    this.townships = townships;
  }

  get data(): HuizeData {
    return this.#data;
  }

  replace(data: HuizeData): void {
    // First the units, then the data whose texts are written with them (i18n/units.ts).
    useAddedUnits(data.units);
    this.#data = data;
  }
}
