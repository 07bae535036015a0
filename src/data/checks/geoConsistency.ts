/**
 * Checks between the data files and the geo files the app draws them on. Each file can be valid on its
 * own and the pair still wrong: a township record with no cell is never painted, a cell with no record
 * paints "no record" where the report has one, and a site outside Huize's outline lands on a neighbour.
 * The build (build/validatePlugin.ts) and `npm run check:data` run this after both sides have parsed.
 *
 * Pure and light like validate.ts: it takes parsed files and returns DataErrors, it never reads any.
 */
import { GEO_FILES, type CountiesFile, type TownshipsFile } from '../../geo/geoFiles';
import { distanceToBoundary, pointInPolygon, type Point } from '../../geo/planar';
import { HUIZE_COUNTY_CODE, HUIZE_COUNTY_PLACE_ID, type Place } from '../schema';
import { DATA_FILES, type DataError, type ParsedDataset } from '../validate';

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

export function checkDataAgainstGeo(data: ParsedDataset, geo: GeoForCheck): DataError[] {
  const errors: DataError[] = [];
  const F_PL = DATA_FILES.places;

  // ---- the county: the outline the sites are checked against is Huize's
  const countyIndex = geo.counties.features.findIndex((f) => f.properties.role === 'county');
  const county = geo.counties.features[countyIndex];
  if (!county) return errors; // parseCounties guarantees one; nothing to check against without it
  if (county.properties.code !== HUIZE_COUNTY_CODE) {
    errors.push({
      file: GEO_FILES.counties,
      id: county.properties.code,
      field: `features.${countyIndex}.properties.code`,
      code: 'geo-mismatch',
      message: `the "county" feature must be Huize (${HUIZE_COUNTY_CODE})`,
    });
  }
  const countyPlace = data.places.find((p) => p.id === HUIZE_COUNTY_PLACE_ID);
  if (countyPlace && countyPlace.official_code !== county.properties.code) {
    errors.push({
      file: F_PL,
      id: countyPlace.id,
      field: 'official_code',
      code: 'geo-mismatch',
      message: `${countyPlace.official_code ?? 'null'} but ${GEO_FILES.counties} draws ${county.properties.code}`,
    });
  }

  // ---- townships: one record per cell and one cell per record, with the same name and type
  const records = new Map<string, Place>(
    data.places.filter((p) => p.kind === 'township' && p.in_huize).map((p) => [p.id, p]),
  );
  const cells = new Map(geo.townships.features.map((f) => [f.properties.code, f.properties]));
  for (const p of records.values()) {
    const cell = cells.get(p.id);
    if (!cell) {
      errors.push({
        file: F_PL,
        id: p.id,
        field: 'id',
        code: 'geo-mismatch',
        message: `township ${p.id} has no cell in ${GEO_FILES.townships}: it would never be drawn`,
      });
      continue;
    }
    if (cell.name_zh !== p.name_zh) {
      errors.push({
        file: F_PL,
        id: p.id,
        field: 'name_zh',
        code: 'geo-mismatch',
        message: `"${p.name_zh}" but ${GEO_FILES.townships} labels ${p.id} "${cell.name_zh}"`,
      });
    }
    if (cell.kind !== p.township_type) {
      errors.push({
        file: F_PL,
        id: p.id,
        field: 'township_type',
        code: 'geo-mismatch',
        message: `${p.township_type ?? 'null'} but ${GEO_FILES.townships} says ${p.id} is a ${cell.kind}`,
      });
    }
  }
  geo.townships.features.forEach((f, i) => {
    if (!records.has(f.properties.code)) {
      errors.push({
        file: GEO_FILES.townships,
        id: f.properties.code,
        field: `features.${i}.properties.code`,
        code: 'geo-mismatch',
        message: `no township record ${f.properties.code} in ${F_PL}: the cell would show "no record"`,
      });
    }
  });

  // ---- located places: on the right side of Huize's outline, give or take their stated uncertainty
  const polygons: Polygons =
    county.geometry.type === 'Polygon' ? [county.geometry.coordinates] : county.geometry.coordinates;
  for (const p of data.places) {
    if (!p.location) continue;
    const { lon, lat, uncertainty_km } = p.location;
    const inside = polygons.some((poly) => pointInPolygon([lon, lat], poly));
    if (inside === p.in_huize) continue;
    const km = kmToOutline(lon, lat, polygons);
    if (km <= uncertainty_km) continue;
    errors.push({
      file: F_PL,
      id: p.id,
      field: 'location',
      code: 'geo-mismatch',
      message: p.in_huize
        ? `(${lon}, ${lat}) lies ${km.toFixed(1)} km outside Huize's outline in ${GEO_FILES.counties}, more than its uncertainty of ${uncertainty_km} km`
        : `(${lon}, ${lat}) lies inside Huize's outline in ${GEO_FILES.counties} but in_huize is false`,
    });
  }
  return errors;
}
