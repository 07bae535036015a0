/**
 * The files the app is built from, and one function that reads, parses and joins them exactly as the
 * app will (src/data/appData.ts, src/geo/loadGeo.ts) plus the checks between data and map
 * (src/data/checks/geoConsistency.ts). Node-only: used by the build plugin and by `npm run check:data`, never
 * bundled.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDataAgainstGeo } from '../src/data/checks/geoConsistency';
import { DataLoadError, loadData, type HuizeData, type ParsedData } from '../src/data/load';
import type { DataError } from '../src/data/errors';
import { DATA_FILES, type DataKey, type RawDataset } from '../src/data/files';
import {
  GEO_FILES,
  GeoFileError,
  parseCounties,
  parseGeoJsonText,
  parseRivers,
  parseTownships,
  type CountiesFile,
  type RiversFile,
  type TownshipsFile,
} from '../src/geo/geoFiles';
import { parseYunnan } from '../src/geo/yunnanFile';
import { repoRoot, type InputPaths } from './paths';

export { inputPaths, repoRoot, type InputPaths } from './paths';

/** Every file the app is built from, for the dev server's and the build's watch list. */
export const inputFiles = (paths: InputPaths): string[] => [
  ...Object.values(DATA_FILES).map((f) => join(paths.dataDir, f)),
  paths.townshipsFile,
  paths.countiesFile,
  paths.riversFile,
  paths.yunnanFile,
];

/**
 * Reads the five data files. A file that is missing or not JSON becomes an error naming it (instead of a
 * bare SyntaxError), and its records count as absent, so the other files are still checked.
 */
export function readDataFolder(dataDir: string): { raw: RawDataset; errors: DataError[] } {
  const errors: DataError[] = [];
  const read = (key: DataKey): unknown => {
    const file = DATA_FILES[key];
    try {
      return JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
    } catch (e) {
      const message =
        (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (e as Error).message;
      errors.push({ file, id: '(file)', field: '(json)', code: 'json', message });
      return [];
    }
  };
  const raw: RawDataset = {
    organisations: read('organisations'),
    places: read('places'),
    activities: read('activities'),
    pairings: read('pairings'),
    people: read('people'),
  };
  return { raw, errors };
}

export interface GeoInputs {
  counties: CountiesFile;
  townships: TownshipsFile;
  rivers: RiversFile;
}

/** Parses the geo files with the app's parsers; throws GeoFileError naming the file and field. */
export function readGeo(paths: InputPaths): GeoInputs {
  const read = (path: string, name: string): unknown => {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      throw new GeoFileError(name, '(file)', (e as Error).message);
    }
    return parseGeoJsonText(text, name);
  };
  // An imported township file lives elsewhere: name it by its path so the message points at the right file.
  const townshipsName =
    paths.townshipsFile === join(repoRoot, GEO_FILES.townships) ? GEO_FILES.townships : paths.townshipsFile;
  const geo = {
    counties: parseCounties(read(paths.countiesFile, GEO_FILES.counties)),
    townships: parseTownships(read(paths.townshipsFile, townshipsName), townshipsName),
    rivers: parseRivers(read(paths.riversFile, GEO_FILES.rivers)),
  };
  // The "Beyond Huize" locator reads this file unchecked in the browser: it is checked here instead.
  const yunnanName = 'geo/yunnan.geojson';
  const yunnan = read(paths.yunnanFile, yunnanName);
  try {
    parseYunnan(yunnan);
  } catch (e) {
    const issue = (e as { issues?: { path: PropertyKey[]; message: string }[] }).issues?.[0];
    throw new GeoFileError(
      yunnanName,
      issue ? issue.path.map(String).join('.') || '(root)' : '(file)',
      issue?.message ?? (e as Error).message,
    );
  }
  return geo;
}

/** The parsed records in file order: what the browser receives (build/validatePlugin.ts) and joins. */
export function parsedData(data: HuizeData): ParsedData {
  return {
    organisations: [...data.organisations.values()],
    places: [...data.places.values()],
    activities: [...data.activities.values()],
    pairings: [...data.pairings.values()],
    people: [...data.people.values()],
  };
}

/**
 * Parses and joins the data (the app's own loadData) and checks it against the parsed geo files.
 * Throws DataLoadError; returns the joined data when all is well.
 */
export function joinInputs(raw: RawDataset, geo: GeoInputs): HuizeData {
  const data = loadData(raw);
  const mismatches = checkDataAgainstGeo(parsedData(data), geo);
  if (mismatches.length > 0) throw new DataLoadError(mismatches);
  return data;
}

/**
 * Everything the app does with its inputs at start-up, at build time: read and parse the data, parse the
 * geo files, join the data and check the two against each other. Throws DataLoadError or GeoFileError.
 */
export function checkInputs(paths: InputPaths): { data: HuizeData; geo: GeoInputs } {
  const { raw, errors } = readDataFolder(paths.dataDir);
  if (errors.length > 0) throw new DataLoadError(errors);
  // The data is parsed before the geo files, so a broken data file is reported even with broken geo.
  loadData(raw);
  const geo = readGeo(paths);
  return { data: joinInputs(raw, geo), geo };
}
