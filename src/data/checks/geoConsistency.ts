/**
 * Checks between the data files and the geo files the app draws them on. Each file can be valid on its
 * own and the pair still wrong: a township record with no cell is never painted, a cell with no record
 * paints "no record" where the report has one, and a site outside Huize's outline lands on a neighbour.
 * The build (build/validatePlugin.ts) and `npm run check:data` run this after both sides have parsed.
 *
 * Pure and light like the other checks, and in their shape: each takes the parsed data and the parsed geo
 * files (with Huize's feature already found) and returns DataErrors; it never reads a file.
 */
import { GEO_FILES, type CountiesFile, type TownshipsFile } from '../../geo/geoFiles';
import { distanceToBoundary, pointInPolygon, type Point } from '../../geo/planar';
import { HUIZE_COUNTY_CODE, HUIZE_COUNTY_PLACE_ID, type Place } from '../schema';
import type { DataError } from '../errors';
import { DATA_FILES, type ParsedDataset } from '../files';
import { collect, indexDataset, type Check } from './types';

export interface GeoForCheck {
  counties: CountiesFile;
  townships: TownshipsFile;
}

type Polygons = readonly (readonly Point[])[][];

const KM_PER_DEGREE_LAT = 110.574;

/**
 * Distance in km from a point to the outline, in an equirectangular plane centred on the point: at
 * Huize's size (~100 km) this is within a fraction of a per cent, far below any uncertainty in the data.
 */
function kmToOutline(lon: number, lat: number, polygons: Polygons): number {
  const kx = 111.32 * Math.cos((lat * Math.PI) / 180);
  const project = ([x, y]: readonly number[]): Point => [(x! - lon) * kx, (y! - lat) * KM_PER_DEGREE_LAT];
  return Math.min(
    ...polygons.map((poly) =>
      distanceToBoundary(
        [0, 0],
        poly.map((r) => r.map(project)),
      ),
    ),
  );
}

type CountyFeature = CountiesFile['features'][number];

export interface GeoCheckContext {
  geo: GeoForCheck;
  /** Huize's feature in the counties file, and where it is */
  county: CountyFeature;
  countyIndex: number;
}

/** The outline the sites are checked against is Huize's, and the county record has its code. */
const checkCountyFeature: Check<GeoCheckContext> = (data, { county, countyIndex }) =>
  collect((err) => {
    if (county.properties.code !== HUIZE_COUNTY_CODE) {
      err(
        GEO_FILES.counties,
        county.properties.code,
        `features.${countyIndex}.properties.code`,
        'geo-mismatch',
        `the "county" feature must be Huize (${HUIZE_COUNTY_CODE})`,
      );
    }
    const countyPlace = data.places.find((p) => p.id === HUIZE_COUNTY_PLACE_ID);
    if (countyPlace && countyPlace.official_code !== county.properties.code) {
      err(
        DATA_FILES.places,
        countyPlace.id,
        'official_code',
        'geo-mismatch',
        `${countyPlace.official_code ?? 'null'} but ${GEO_FILES.counties} draws ${county.properties.code}`,
      );
    }
  });

/** One township record per cell and one cell per record, with the same name and type. */
const checkTownshipCells: Check<GeoCheckContext> = (data, { geo }) =>
  collect((err) => {
    const F_PL = DATA_FILES.places;
    const records = new Map<string, Place>(
      data.places.filter((p) => p.kind === 'township' && p.in_huize).map((p) => [p.id, p]),
    );
    const cells = new Map(geo.townships.features.map((f) => [f.properties.code, f.properties]));
    for (const p of records.values()) {
      const cell = cells.get(p.id);
      if (!cell) {
        err(
          F_PL,
          p.id,
          'id',
          'geo-mismatch',
          `township ${p.id} has no cell in ${GEO_FILES.townships}: it would never be drawn`,
        );
        continue;
      }
      if (cell.name_zh !== p.name_zh) {
        err(
          F_PL,
          p.id,
          'name_zh',
          'geo-mismatch',
          `"${p.name_zh}" but ${GEO_FILES.townships} labels ${p.id} "${cell.name_zh}"`,
        );
      }
      if (cell.kind !== p.township_type) {
        err(
          F_PL,
          p.id,
          'township_type',
          'geo-mismatch',
          `${p.township_type ?? 'null'} but ${GEO_FILES.townships} says ${p.id} is a ${cell.kind}`,
        );
      }
    }
    geo.townships.features.forEach((f, i) => {
      if (!records.has(f.properties.code)) {
        err(
          GEO_FILES.townships,
          f.properties.code,
          `features.${i}.properties.code`,
          'geo-mismatch',
          `no township record ${f.properties.code} in ${F_PL}: the cell would show "no record"`,
        );
      }
    });
  });

/** Located places lie on the right side of Huize's outline, give or take their stated uncertainty. */
const checkLocatedPlaces: Check<GeoCheckContext> = (data, { county }) =>
  collect((err) => {
    const polygons: Polygons =
      county.geometry.type === 'Polygon' ? [county.geometry.coordinates] : county.geometry.coordinates;
    for (const p of data.places) {
      if (!p.location) continue;
      const { lon, lat, uncertainty_km } = p.location;
      const inside = polygons.some((poly) => pointInPolygon([lon, lat], poly));
      if (inside === p.in_huize) continue;
      const km = kmToOutline(lon, lat, polygons);
      if (km <= uncertainty_km) continue;
      err(
        DATA_FILES.places,
        p.id,
        'location',
        'geo-mismatch',
        p.in_huize
          ? `(${lon}, ${lat}) lies ${km.toFixed(1)} km outside Huize's outline in ${GEO_FILES.counties}, more than its uncertainty of ${uncertainty_km} km`
          : `(${lon}, ${lat}) lies inside Huize's outline in ${GEO_FILES.counties} but in_huize is false`,
      );
    }
  });

const GEO_CHECKS: readonly Check<GeoCheckContext>[] = [
  checkCountyFeature,
  checkTownshipCells,
  checkLocatedPlaces,
];

export function checkDataAgainstGeo(data: ParsedDataset, geo: GeoForCheck): DataError[] {
  const countyIndex = geo.counties.features.findIndex((f) => f.properties.role === 'county');
  const county = geo.counties.features[countyIndex];
  if (!county) return []; // parseCounties guarantees one; nothing to check against without it
  const indexed = indexDataset(data);
  return GEO_CHECKS.flatMap((check) => check(indexed, { geo, county, countyIndex }));
}
