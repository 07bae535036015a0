/**
 * The one validation path. `npm run check:data` and the build (build/validatePlugin.ts) both call
 * runInputChecks: read the six data files, parse them with the app's schemas, run every check of
 * src/data/checks with the official code list and the source texts (whichever are present; an absent one
 * is said once, in `notices`), and check the data against the geo files the app draws it on. So a build
 * never ships data that check:data refuses. Node-only: never bundled.
 */
import { join } from 'node:path';
import { checkAll } from '../src/data/checkAll';
import type { SourceText } from '../src/data/checks';
import { DataLoadError, type HuizeData } from '../src/data/load';
import { joinData, parsedOf } from '../src/data/join';
import { appendAll, capPerRule, type DataError } from '../src/data/errors';
import { DATA_FILES, type RawDataset } from '../src/data/files';
import { formatTodos, todosBySource } from '../src/data/todos';
import { GeoFileError } from '../src/geo/geoFiles';
import { checkContext } from './context';
import { inputPaths, type InputPaths } from './paths';
import { readDataFolder, readGeo, type GeoInputs } from './read';

export { inputPaths, repoRoot, type InputPaths } from './paths';
export { readDataFolder, readGeo, type GeoInputs } from './read';
export { DataLoadError } from '../src/data/load';

/** The data and geo files the app is built from, for the dev server's and the build's watch list. */
export const inputFiles = (paths: InputPaths): string[] => [
  ...Object.values(DATA_FILES).map((f) => join(paths.dataDir, f)),
  paths.townshipsFile,
  paths.countiesFile,
  paths.riversFile,
  paths.yunnanFile,
];

/** The parsed records in file order: what the browser receives (build/validatePlugin.ts) and joins. */
export const parsedData = parsedOf;

/** Every check on data in memory (src/data/checkAll.ts, which the browser's report desk runs too). */
const checkRaw = checkAll;

export interface InputCheck {
  raw: RawDataset;
  /** reading, schema, check and data-against-map errors, in that order, at most ERRORS_PER_RULE of a rule */
  errors: DataError[];
  /** a geo file that does not parse (then the data is not compared with the map) */
  geoError: GeoFileError | null;
  /** to be said once, e.g. the source texts that are absent and so were not checked */
  notices: string[];
  /** to be said once too, never a failure: per source, the figures no record quotes yet (formatTodos) */
  todos: string[];
  /** the joined data, when there is no error at all */
  data: HuizeData | null;
  geo: GeoInputs | null;
  /** every file read (data, source texts, geo), for watch lists */
  files: string[];
  /** the source texts the registry names, present or not */
  textFiles: string[];
}

/**
 * Reads and checks everything, in memory or from `paths.dataDir`. Never throws on bad input: the errors
 * are returned, for the CLI to print them all and the build to refuse. `textsGiven` (source id → text, a
 * workbook's texts sheet) stand in for those sources' files.
 */
export function runInputChecks(
  paths: InputPaths,
  rawGiven?: RawDataset,
  textsGiven?: ReadonlyMap<string, SourceText>,
): InputCheck {
  const read = rawGiven ? { raw: rawGiven, errors: [] } : readDataFolder(paths.dataDir);
  const { raw } = read;
  const { context, notices, textFiles } = checkContext(raw, paths, textsGiven);
  let geo: GeoInputs | null = null;
  let geoError: GeoFileError | null = null;
  try {
    geo = readGeo(paths);
  } catch (e) {
    if (!(e instanceof GeoFileError)) throw e;
    geoError = e;
  }
  const checked = checkRaw(raw, geo, context);
  const { data } = checked;
  const errors = capPerRule(appendAll([...read.errors], checked.errors));
  const ok = errors.length === 0 && geoError === null;
  return {
    raw,
    errors,
    geoError,
    notices,
    todos: todosBySource(checked.todos).map(formatTodos),
    data: ok ? joinData(data) : null,
    geo,
    files: [...inputFiles(paths), ...textFiles],
    textFiles,
  };
}

/**
 * Checks data in memory against parsed geo files, with the official list and the source texts found from
 * `paths` (the real ones by default), exactly as the build would; throws DataLoadError, else returns the
 * joined data. The XSS test derives its hostile data with it.
 */
export function joinInputs(raw: RawDataset, geo: GeoInputs, paths: InputPaths = inputPaths({})): HuizeData {
  const { data, errors } = checkRaw(raw, geo, checkContext(raw, paths).context);
  if (errors.length > 0) throw new DataLoadError(errors);
  return joinData(data);
}

/**
 * runInputChecks for a caller that wants the data or an exception: throws DataLoadError (any data error)
 * or GeoFileError (a geo file that does not parse).
 */
export function checkInputs(paths: InputPaths): { data: HuizeData; geo: GeoInputs; notices: string[] } {
  const r = runInputChecks(paths);
  if (r.errors.length > 0) throw new DataLoadError(r.errors);
  if (r.geoError) throw r.geoError;
  return { data: r.data!, geo: r.geo!, notices: r.notices };
}
