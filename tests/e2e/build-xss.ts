/**
 * Builds a copy of the app from hostile data (tests/e2e/xssData.ts) into dist-xss/, for xss.spec.ts. The
 * hostile data and the list of what was injected are written beside the build, under dist-xss/xss/, so
 * the browser test knows what to look for. Nothing is written into data/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inputPaths, readDataFolder, readGeo } from '../../build/inputs';
import { DATA_FILES, type DataKey } from '../../src/data/validate';
import { injectPayloads } from './xssData';

const XSS_OUT_DIR = 'dist-xss';
/** Below this many injected strings the test would prove little: the data has far more free text. */
const MIN_INJECTED = 500;

const paths = inputPaths();
const { raw: clean, errors } = readDataFolder(paths.dataDir);
if (errors.length > 0) throw new Error(`data/ does not read: ${errors.map((e) => e.message).join('; ')}`);
const { raw, injected } = injectPayloads(clean, readGeo(paths));

if (injected.length < MIN_INJECTED) {
  throw new Error(`only ${injected.length} strings took a payload; expected at least ${MIN_INJECTED}`);
}
for (const key of Object.keys(DATA_FILES) as DataKey[]) {
  const records = raw[key] as { id: string }[];
  const hit = new Set(injected.filter((i) => i.file === DATA_FILES[key]).map((i) => i.id));
  const missed = records.filter((r) => !hit.has(r.id)).map((r) => r.id);
  if (missed.length > 0) throw new Error(`${DATA_FILES[key]}: no payload in ${missed.join(', ')}`);
}

const dataDir = mkdtempSync(join(tmpdir(), 'huize-xss-'));
const write = (dir: string) => {
  mkdirSync(dir, { recursive: true });
  for (const key of Object.keys(DATA_FILES) as DataKey[]) {
    writeFileSync(join(dir, DATA_FILES[key]), `${JSON.stringify(raw[key], null, 2)}\n`);
  }
};
write(dataDir);
execFileSync('npx', ['vite', 'build', '--outDir', XSS_OUT_DIR, '--logLevel', 'warn'], {
  stdio: 'inherit',
  env: { ...process.env, HUIZE_DATA_DIR: dataDir },
});
// After the build, which empties its outDir.
write(join(XSS_OUT_DIR, 'xss', 'data'));
writeFileSync(
  join(XSS_OUT_DIR, 'xss', 'manifest.json'),
  `${JSON.stringify({ count: injected.length, injected }, null, 2)}\n`,
);
console.warn(`build-xss: ${injected.length} strings carry payloads; built into ${XSS_OUT_DIR}/`);
