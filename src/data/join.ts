/**
 * The join of parsed records into the maps and indexes the app reads. No parsing and no zod: in the browser
 * it runs on data that the build has already parsed and checked (build/validatePlugin.ts), so the app ships
 * neither zod nor the checks; loadData (load.ts) runs the same join after parsing, for the build, the
 * checker and the tests.
 */
import type { Activity, Organisation, Pairing, Person, Place, Source, Unit } from './schema';

/** The six files after parsing: what the schemas output. */
export interface ParsedData {
  /** the source documents the records cite (sources.json; the browser gets them without their texts) */
  sources: Source[];
  organisations: Organisation[];
  places: Place[];
  activities: Activity[];
  pairings: Pairing[];
  people: Person[];
  /** the units beyond the built-in ones (units.json); absent = none */
  units?: Unit[];
}

/** Each record file's records by id. */
export interface RecordsById {
  sources: ReadonlyMap<string, Source>;
  organisations: ReadonlyMap<string, Organisation>;
  places: ReadonlyMap<string, Place>;
  activities: ReadonlyMap<string, Activity>;
  pairings: ReadonlyMap<string, Pairing>;
  people: ReadonlyMap<string, Person>;
}

export interface HuizeData extends RecordsById {
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
  /** the units beyond the built-in ones, by id, with the words written after their figures */
  units: ReadonlyMap<string, Unit>;
  /** the proven township codes of an activity's places (empty unless scope is "township") */
  townshipsOf(activity: Activity): string[];
}

/**
 * The records back in file order, units included: joinData's input again (its maps keep file order). What
 * the build hands the browser, the data files and the one-file block hold, and the checks take.
 */
export function parsedOf(data: HuizeData): ParsedData {
  return {
    sources: [...data.sources.values()],
    organisations: [...data.organisations.values()],
    places: [...data.places.values()],
    activities: [...data.activities.values()],
    pairings: [...data.pairings.values()],
    people: [...data.people.values()],
    units: [...data.units.values()],
  };
}

const byId = <T extends { id: string }>(records: T[]): Map<string, T> =>
  new Map(records.map((r) => [r.id, r]));

export function joinData(data: ParsedData): HuizeData {
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
    sources: byId(data.sources),
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
    units: byId(data.units ?? []),
    townshipsOf,
  };
}
