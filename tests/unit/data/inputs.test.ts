/**
 * The build's input check (build/inputs.ts, run by the Vite plugin): the real inputs pass, and each
 * malformed or inconsistent copy of them stops it with an error of a named class whose message names the
 * file and the field. Every fixture is the real data with one thing broken; which record to break is
 * picked from the data, so the cases follow the data as it changes.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { checkInputs, inputPaths } from '../../../build/inputs';
import { DataLoadError } from '../../../src/data/load';
import type { Activity, Organisation, Pairing, Place } from '../../../src/data/schema';
import { GeoFileError } from '../../../src/geo/geoFiles';
import { makeWorkspace, realJson, type Workspace } from './inputWorkspace';

type Feature = {
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: unknown };
};
type Collection = { features: Feature[] };

const places = realJson<Place[]>('places.json');
const activities = realJson<Activity[]>('activities.json');
const organisations = realJson<Organisation[]>('organisations.json');
const pairings = realJson<Pairing[]>('pairings.json');

const indexOf = <T>(list: T[], pick: (x: T) => boolean, what: string): number => {
  const i = list.findIndex(pick);
  if (i < 0) throw new Error(`the data has no ${what} to break`);
  return i;
};
const actAt = indexOf(activities, (a) => a.places.length > 0, 'activity with a place');
const pairingAt = indexOf(pairings, (p) => p.activity !== null, 'pairing with an activity');
const siteAt = indexOf(
  places,
  (p) => p.in_huize && p.location !== null && p.kind !== 'county',
  'located site',
);
const abroadAt = indexOf(places, (p) => !p.in_huize && p.location !== null, 'located place outside Huize');
const townshipAt = indexOf(places, (p) => p.kind === 'township', 'township');
const township = places[townshipAt]!;
const unusedCode = (() => {
  const codes = new Set(places.map((p) => p.id));
  for (let n = 299; n > 200; n--) if (!codes.has(`530326${n}`)) return `530326${n}`;
  throw new Error('no free township code');
})();
const geoJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const real = inputPaths({});
// A point surely inside Huize: a township cell's label point.
const [insideLon, insideLat] = geoJson<Collection>(real.townshipsFile).features[0]!.properties.label as [
  number,
  number,
];
const lineAt = indexOf(
  geoJson<Collection>(real.riversFile).features,
  (f) => f.geometry.type === 'LineString',
  'river line',
);

interface Case {
  name: string;
  mutate: (w: Workspace) => void;
  error: typeof DataLoadError | typeof GeoFileError;
  /** substrings the message must hold: at least the file and the field */
  says: string[];
}

const cases: Case[] = [
  // ---- data files
  {
    name: 'a data file that is not JSON',
    mutate: (w) => w.write('data/activities.json', '[{"id": "act-x",'),
    error: DataLoadError,
    says: ['activities.json', '(json)'],
  },
  {
    name: 'a missing data file',
    mutate: (w) => w.remove('data/people.json'),
    error: DataLoadError,
    says: ['people.json', '(json)', 'file not found'],
  },
  {
    name: 'a data file that is not an array',
    mutate: (w) => w.write('data/pairings.json', '{}'),
    error: DataLoadError,
    says: ['pairings.json', '(root)', 'expected a JSON array'],
  },
  {
    name: 'a missing required field',
    mutate: (w) =>
      w.edit<Organisation[]>(
        'data/organisations.json',
        (o) => void delete (o[2] as Partial<Organisation>).name_en,
      ),
    error: DataLoadError,
    says: ['organisations.json', `[${organisations[2]!.id}]`, 'name_en'],
  },
  {
    name: 'a field of the wrong type',
    mutate: (w) =>
      w.edit<Record<string, unknown>[]>('data/places.json', (p) => (p[siteAt]!.in_huize = 'yes')),
    error: DataLoadError,
    says: ['places.json', `[${places[siteAt]!.id}]`, 'in_huize'],
  },
  {
    name: 'a value outside its enum',
    mutate: (w) =>
      w.edit<Record<string, unknown>[]>('data/activities.json', (a) => (a[actAt]!.category = 'party')),
    error: DataLoadError,
    says: ['activities.json', `[${activities[actAt]!.id}]`, 'category'],
  },
  {
    name: 'a dangling place reference',
    mutate: (w) => w.edit<Activity[]>('data/activities.json', (a) => (a[actAt]!.places[0] = 'place-nowhere')),
    error: DataLoadError,
    says: ['activities.json', `[${activities[actAt]!.id}]`, 'places.0', 'unknown place "place-nowhere"'],
  },
  {
    name: 'a dangling activity reference',
    mutate: (w) => w.edit<Pairing[]>('data/pairings.json', (p) => (p[pairingAt]!.activity = 'act-nowhere')),
    error: DataLoadError,
    says: ['pairings.json', `[${pairings[pairingAt]!.id}]`, 'activity', 'unknown activity "act-nowhere"'],
  },
  {
    name: 'a duplicate id',
    mutate: (w) => w.edit<Organisation[]>('data/organisations.json', (o) => (o[1]!.id = o[0]!.id)),
    error: DataLoadError,
    says: ['organisations.json', `[${organisations[0]!.id}]`, 'id', 'already used'],
  },
  // ---- data against the map
  {
    name: 'a site outside Huize',
    mutate: (w) =>
      w.edit<Place[]>('data/places.json', (p) => {
        p[siteAt]!.location = { ...p[siteAt]!.location!, lon: 121.47, lat: 31.23 };
      }),
    error: DataLoadError,
    says: ['places.json', `[${places[siteAt]!.id}]`, 'location', 'outside Huize'],
  },
  {
    name: 'a place outside Huize located inside it',
    mutate: (w) =>
      w.edit<Place[]>('data/places.json', (p) => {
        p[abroadAt]!.location = {
          ...p[abroadAt]!.location!,
          lon: insideLon,
          lat: insideLat,
          uncertainty_km: 1,
        };
      }),
    error: DataLoadError,
    says: ['places.json', `[${places[abroadAt]!.id}]`, 'location', 'in_huize is false'],
  },
  {
    name: 'a township code the map does not know',
    mutate: (w) =>
      w.edit<Collection>('geo/townships.geojson', (g) => {
        const f = g.features.find((x) => x.properties.code === township.id)!;
        f.properties.code = unusedCode;
      }),
    error: DataLoadError,
    says: [
      `places.json [${township.id}] id`,
      'no cell',
      `townships.geojson [${unusedCode}]`,
      'properties.code',
    ],
  },
  {
    name: 'a township the map names differently',
    mutate: (w) =>
      w.edit<Collection>('geo/townships.geojson', (g) => {
        g.features.find((x) => x.properties.code === township.id)!.properties.name_zh = '某某镇';
      }),
    error: DataLoadError,
    says: [`places.json [${township.id}] name_zh`, '某某镇'],
  },
  {
    name: 'a county file whose county is not Huize',
    mutate: (w) =>
      w.edit<Collection>('geo/counties.geojson', (g) => {
        g.features.find((x) => x.properties.role === 'county')!.properties.code = '530325';
      }),
    error: DataLoadError,
    says: ['counties.geojson [530325]', 'properties.code'],
  },
  // ---- geo files
  {
    name: 'a geo file that is not JSON',
    mutate: (w) => w.write('geo/townships.geojson', '{"type": "FeatureCollection", '),
    error: GeoFileError,
    says: ['townships.geojson', '(json)'],
  },
  {
    name: 'a township cell without its code',
    mutate: (w) =>
      w.edit<Collection>('geo/townships.geojson', (g) => void delete g.features[4]!.properties.code),
    error: GeoFileError,
    says: ['townships.geojson', 'features.4.properties.code'],
  },
  {
    name: 'a township cell with a ring that does not close',
    mutate: (w) =>
      w.edit<Collection>('geo/townships.geojson', (g) => {
        const geometry = g.features[2]!.geometry;
        const ring = (
          geometry.type === 'Polygon' ? geometry.coordinates : (geometry.coordinates as unknown[])[0]
        ) as number[][][];
        ring[0]!.pop();
      }),
    error: GeoFileError,
    says: ['townships.geojson', 'features.2.geometry.coordinates.0', 'end where it starts'],
  },
  {
    name: 'a township cell with a coordinate that is not a number',
    mutate: (w) =>
      w.edit<Collection>('geo/townships.geojson', (g) => {
        ((g.features[7]!.geometry.coordinates as unknown[][][])[0]![1] as unknown[])[0] = '103.2';
      }),
    error: GeoFileError,
    says: ['townships.geojson', 'features.7.geometry.coordinates.0.1.0'],
  },
  {
    name: 'a township cell that is a point',
    mutate: (w) =>
      w.edit<Collection>('geo/townships.geojson', (g) => {
        g.features[9]!.geometry = { type: 'Point', coordinates: [103.3, 26.4] };
      }),
    error: GeoFileError,
    says: ['townships.geojson', 'features.9.geometry.type'],
  },
  {
    name: 'a township drawn twice',
    mutate: (w) =>
      w.edit<Collection>('geo/townships.geojson', (g) => {
        g.features[6]!.properties.code = g.features[5]!.properties.code;
      }),
    error: GeoFileError,
    says: ['townships.geojson', 'features.6.properties.code', 'twice'],
  },
  {
    name: 'a county file without Huize',
    mutate: (w) =>
      w.edit<Collection>('geo/counties.geojson', (g) => {
        g.features = g.features.filter((f) => f.properties.role !== 'county');
      }),
    error: GeoFileError,
    says: ['counties.geojson', 'role'],
  },
  {
    name: 'a river of a single point',
    mutate: (w) =>
      w.edit<Collection>('geo/rivers.geojson', (g) => {
        const line = g.features[lineAt]!.geometry;
        line.coordinates = (line.coordinates as unknown[]).slice(0, 1);
      }),
    error: GeoFileError,
    says: ['rivers.geojson', `features.${lineAt}.geometry.coordinates`],
  },
  {
    // The browser reads this file unchecked (src/geo/locator.ts): the build must catch it.
    name: 'a Yunnan locator whose county has no name',
    mutate: (w) =>
      w.edit<Collection>('geo/yunnan.geojson', (g) => {
        const county = g.features.findIndex((f) => f.properties.role === 'county');
        g.features[county]!.properties.name_zh = '';
      }),
    error: GeoFileError,
    says: ['yunnan.geojson', 'name_zh'],
  },
];

describe('checkInputs (the build-time check of data/ and geo/)', () => {
  let w: Workspace | null = null;
  afterEach(() => {
    w?.dispose();
    w = null;
  });

  it('passes the real inputs and joins them as the app does', () => {
    const { data, geo } = checkInputs(inputPaths({}));
    expect(data.townships.map((t) => t.id)).toEqual(
      geo.townships.features.map((f) => f.properties.code).sort(),
    );
  });

  it('passes an untouched copy (so every failure below is the one change)', () => {
    w = makeWorkspace();
    expect(() => checkInputs(w!.paths)).not.toThrow();
  });

  it.each(cases)('stops on $name with a named error naming the file and field', ({ mutate, error, says }) => {
    w = makeWorkspace();
    mutate(w);
    let thrown: unknown = null;
    try {
      checkInputs(w.paths);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(error);
    const e = thrown as Error;
    expect(e.name).toBe(error.name);
    for (const s of says) expect(e.message).toContain(s);
  });
});
