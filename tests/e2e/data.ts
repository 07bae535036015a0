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

/** Huize's bounding box as a link's area (`b=` west,south,east,north): the whole county in view. */
export function countyArea(): string {
  const file = JSON.parse(readFileSync('geo/counties.geojson', 'utf8')) as {
    features: { properties: { role: string }; geometry: { coordinates: unknown } }[];
  };
  const huize = file.features.find((f) => f.properties.role === 'county')!;
  const points = (JSON.stringify(huize.geometry.coordinates).match(/-?\d+(\.\d+)?,-?\d+(\.\d+)?/g) ?? []).map(
    (pair) => pair.split(',').map(Number) as [number, number],
  );
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const r = (v: number) => v.toFixed(4);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].map(r).join(',');
}
