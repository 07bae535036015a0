// $data is data/, or HUIZE_DATA_DIR at build time (vite.config.ts): tests build the app from other data.
import activities from '$data/activities.json';
import organisations from '$data/organisations.json';
import pairings from '$data/pairings.json';
import people from '$data/people.json';
import places from '$data/places.json';
import { loadData, type HuizeData } from './load';

/** The report's data as bundled with the app, parsed and joined once (throws rather than half-load). */
export function loadAppData(): HuizeData {
  return loadData({ organisations, places, activities, pairings, people });
}
