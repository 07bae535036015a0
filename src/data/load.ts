/**
 * The app's entry to the data: load → zod parse → join. Either everything parses and every reference
 * resolves, or it throws DataLoadError — the map must never show a half-joined dataset.
 *
 * Pure and browser-safe: the official code list and the report are checked at build time by
 * `npm run check:data`, not here.
 */
import type { Activity, Organisation, Pairing, Person, Place } from './schema';
import { HUIZE_COUNTY_PLACE_ID } from './schema';
import { formatError, parseDataset, validateParsed, type DataError, type RawDataset } from './validate';

export class DataLoadError extends Error {
  override readonly name = 'DataLoadError';
  readonly errors: readonly DataError[];

  constructor(errors: readonly DataError[]) {
    const shown = errors.slice(0, 5).map(formatError).join('\n');
    const more = errors.length > 5 ? `\n… and ${errors.length - 5} more` : '';
    super(`The data failed to load (${errors.length} error(s)):\n${shown}${more}`);
    this.errors = errors;
  }
}

export interface RawData {
  organisations: unknown;
  places: unknown;
  activities: unknown;
  pairings: unknown;
  /** optional so a caller that does not show people need not pass them */
  people?: unknown;
}

export interface HuizeData {
  organisations: ReadonlyMap<string, Organisation>;
  places: ReadonlyMap<string, Place>;
  activities: ReadonlyMap<string, Activity>;
  pairings: ReadonlyMap<string, Pairing>;
  people: ReadonlyMap<string, Person>;
  /** the 25 township records, ordered by official code */
  townships: readonly Place[];
  /** township code → activities with at least one place in it (a shared activity is under each township) */
  activitiesByTownship: ReadonlyMap<string, readonly Activity[]>;
  /** activities by scope, in file order */
  countyActivities: readonly Activity[];
  unassignedActivities: readonly Activity[];
  outsideActivities: readonly Activity[];
  /** township code → pairings whose Huize side includes it */
  pairingsByTownship: ReadonlyMap<string, readonly Pairing[]>;
  /** the proven township codes of an activity's places (empty unless scope is "township") */
  townshipsOf(activity: Activity): string[];
}

const byId = <T extends { id: string }>(records: T[]): Map<string, T> =>
  new Map(records.map((r) => [r.id, r]));

export function loadData(raw: RawData): HuizeData {
  const input: RawDataset = { ...raw, people: raw.people ?? [] };
  const { data, errors } = parseDataset(input);
  errors.push(...validateParsed(data));
  if (errors.length > 0) throw new DataLoadError(errors);

  const places = byId(data.places);
  const townships = data.places.filter((p) => p.kind === 'township').sort((a, b) => a.id.localeCompare(b.id));

  const townshipsOf = (a: Activity): string[] => {
    if (a.scope !== 'township') return [];
    const codes = a.places
      .map((id) => places.get(id)?.township)
      .filter((t): t is string => typeof t === 'string');
    return [...new Set(codes)];
  };

  const activitiesByTownship = new Map<string, Activity[]>(townships.map((t) => [t.id, []]));
  for (const a of data.activities) {
    for (const code of townshipsOf(a)) activitiesByTownship.get(code)?.push(a);
  }
  const pairingsByTownship = new Map<string, Pairing[]>(townships.map((t) => [t.id, []]));
  for (const p of data.pairings) {
    for (const id of p.huize_side.places) {
      const t = places.get(id);
      if (t?.kind === 'township') pairingsByTownship.get(t.id)?.push(p);
    }
  }

  return {
    organisations: byId(data.organisations),
    places,
    activities: byId(data.activities),
    pairings: byId(data.pairings),
    people: byId(data.people),
    townships,
    activitiesByTownship,
    countyActivities: data.activities.filter((a) => a.scope === 'county'),
    unassignedActivities: data.activities.filter((a) => a.scope === 'unassigned'),
    outsideActivities: data.activities.filter((a) => a.scope === 'outside'),
    pairingsByTownship,
    townshipsOf,
  };
}

export { HUIZE_COUNTY_PLACE_ID };
