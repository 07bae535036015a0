/**
 * Reading the app's inputs from disk: the six data files, unparsed, and the geo files through the app's
 * parsers. Node-only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/**
 * Reads the six data files. A file that is missing or not JSON becomes an error naming it (instead of a
 * bare SyntaxError), and its records count as absent, so the other files are still checked.
 */
export function readDataFolder(dataDir: string): { raw: RawDataset; errors: DataError[] } {
  const errors: DataError[] = [];
  const read = (key: DataKey): unknown => {
    const file = DATA_FILES[key];
    try {
      return JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
    } catch (e) {
      const absent = (e as NodeJS.ErrnoException).code === 'ENOENT';
      // units.json came after the others: a folder without it has no units beyond the built-in ones.
      if (absent && key === 'units') return [];
      const message = absent ? 'file not found' : (e as Error).message;
      errors.push({ file, id: '(file)', field: '(json)', code: 'json', message });
      return [];
    }
  };
  const keys = Object.keys(DATA_FILES) as DataKey[];
  const raw = Object.fromEntries(keys.map((key) => [key, read(key)])) as RawDataset;
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
