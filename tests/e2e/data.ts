import { readFileSync } from 'node:fs';
import { loadData, type HuizeData } from '../../src/data/load';

const read = (name: string): unknown => JSON.parse(readFileSync(`data/${name}.json`, 'utf8'));

/** The same data the app bundles, loaded in the test process to compare the page against. */
export function testData(): HuizeData {
  return loadData({
    sources: read('sources'),
    organisations: read('organisations'),
    places: read('places'),
    activities: read('activities'),
    pairings: read('pairings'),
    people: read('people'),
  });
}

export interface TownshipGeo {
  code: string;
  name_zh: string;
  label: [number, number];
  rings: [number, number][][];
}

export function townshipGeo(): TownshipGeo[] {
  const file = JSON.parse(readFileSync('geo/townships.geojson', 'utf8')) as {
    features: {
      properties: { code: string; name_zh: string; label: [number, number] };
      geometry: { type: string; coordinates: unknown };
    }[];
  };
  return file.features.map((f) => ({
    code: f.properties.code,
    name_zh: f.properties.name_zh,
    label: f.properties.label,
    rings:
      f.geometry.type === 'Polygon'
        ? (f.geometry.coordinates as [number, number][][])
        : (f.geometry.coordinates as [number, number][][][]).flat(),
  }));
}
