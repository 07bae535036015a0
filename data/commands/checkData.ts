/**
 * `npm run check:data [--data-dir folder]` as a command (data/lib/command.ts): the script data/check-data.ts
 * runs it with process.argv, process.env and console; the tests run it in their own process.
 */
import { inputPaths, readGeo, runInputChecks } from '../../build/inputs';
import { checkTownshipTopology } from '../../geo/scripts/lib/townshipTopology';
import { formatError } from '../../src/data/errors';
import { DATA_FILES, type DataKey } from '../../src/data/files';
import type { Command } from '../lib/command';

// Not through runCommand: an unexpected throw stays an uncaught error (its stack, exit 1), as it always was.
export const checkData: Command = async (argv, env, io) => {
  const argAt = argv.indexOf('--data-dir');
  const dataDirArg = argAt >= 0 ? argv[argAt + 1] : undefined;
  if (argAt >= 0 && !dataDirArg) {
    io.error('check:data: --data-dir needs a folder');
    return 2;
  }
  const paths = inputPaths(dataDirArg ? { ...env, HUIZE_DATA_DIR: dataDirArg } : env);
  const started = performance.now();
  const { raw, errors, geoError, notices, todos } = runInputChecks(paths);

  for (const notice of notices) io.warn(notice);
  for (const todo of todos) io.warn(todo);
  for (const e of errors) io.error(formatError(e));
  if (geoError) io.error(`${geoError.name}: ${geoError.message}`);
  // The townships' topology (valid polygons, overlaps, gaps), as geo:import checks it.
  const geo = geoError ? null : readGeo(paths);
  const topology = geo ? checkTownshipTopology(geo.townships, geo.counties) : [];
  for (const e of topology) io.error(`${paths.townshipsFile}: ${e.kind}: ${e.message}`);
  const failures = errors.length + (geoError ? 1 : 0) + topology.length;
  const n = (k: DataKey) => (Array.isArray(raw[k]) ? raw[k].length : 0);
  const summary = (Object.keys(DATA_FILES) as DataKey[]).map((k) => `${n(k)} ${k}`).join(', ');
  const ms = Math.round(performance.now() - started);
  if (failures > 0) {
    io.error(`check:data: ${failures} error(s) in ${summary} (${paths.dataDir}, ${ms} ms)`);
    return 1;
  }
  io.warn(
    `check:data: OK — ${summary}, consistent with the map's geo files${notices.length === 0 ? ', every citation found in its source' : ''} (${ms} ms)`,
  );
  return 0;
};
