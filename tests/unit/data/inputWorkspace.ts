/**
 * A throw-away copy of the app's inputs (data/, with its sources/, and the four geo files) in a temporary folder, for
 * tests that break one thing in them and check what the build, check:data or checkInputs say.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inputPaths, type InputPaths } from '../../../build/paths';

export interface Workspace {
  dir: string;
  paths: InputPaths;
  /** Reads one input (e.g. 'data/activities.json', 'geo/townships.geojson') as JSON, edits it, writes it. */
  edit<T = unknown>(file: string, change: (json: T) => void): void;
  /** Overwrites one input with raw text. */
  write(file: string, text: string): void;
  remove(file: string): void;
  dispose(): void;
}

export function makeWorkspace(): Workspace {
  const real = inputPaths({});
  const dir = mkdtempSync(join(tmpdir(), 'huize-inputs-'));
  mkdirSync(join(dir, 'geo'));
  cpSync(real.dataDir, join(dir, 'data'), { recursive: true, filter: (f) => !f.endsWith('.ts') });
  cpSync(real.townshipsFile, join(dir, 'geo/townships.geojson'));
  cpSync(real.countiesFile, join(dir, 'geo/counties.geojson'));
  cpSync(real.riversFile, join(dir, 'geo/rivers.geojson'));
  cpSync(real.yunnanFile, join(dir, 'geo/yunnan.geojson'));
  const at = (file: string) => join(dir, file);
  return {
    dir,
    paths: {
      dataDir: at('data'),
      townshipsFile: at('geo/townships.geojson'),
      countiesFile: at('geo/counties.geojson'),
      riversFile: at('geo/rivers.geojson'),
      yunnanFile: at('geo/yunnan.geojson'),
      // The shared report is read where it is; the workspace's own texts are under its data folder.
      sharedReportDir: real.sharedReportDir,
      sourcesDir: at('data/sources'),
    },
    edit(file, change) {
      const json = JSON.parse(readFileSync(at(file), 'utf8'));
      change(json);
      writeFileSync(at(file), JSON.stringify(json, null, 2));
    },
    write: (file, text) => writeFileSync(at(file), text),
    remove: (file) => rmSync(at(file)),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The real data, read once, for deriving which record to break. */
export const realJson = <T>(file: string): T =>
  JSON.parse(readFileSync(join(inputPaths({}).dataDir, file), 'utf8')) as T;
