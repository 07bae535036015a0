/**
 * Builds a second copy of the app whose township file came through `geo:import` (as an office with
 * official boundaries would make it), so the browser tests can check that every "schematic" mark goes
 * away by itself. The "official" input is the schematic cells renamed with their official names only
 * (no codes), which exercises the import's name matching too.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importBoundaries } from '../../geo/scripts/import-boundaries';

const dir = mkdtempSync(join(tmpdir(), 'huize-official-'));
const schematic = JSON.parse(readFileSync('geo/townships.geojson', 'utf8')) as {
  features: { properties: { name_zh: string }; geometry: unknown }[];
};
const input = join(dir, 'official-input.geojson');
writeFileSync(
  input,
  JSON.stringify({
    type: 'FeatureCollection',
    features: schematic.features.map((f) => ({
      type: 'Feature',
      properties: { NAME: f.properties.name_zh },
      geometry: f.geometry,
    })),
  }),
);
const output = join(dir, 'townships.geojson');
// The input is the schematic cells on purpose (the test is about what the app does with a file marked
// official, not about the shapes), so the import's guard against re-importing them is switched off here.
await importBoundaries(input, output, { crs: 'wgs84', schematic: null });
execFileSync('npx', ['vite', 'build', '--outDir', 'dist-official', '--logLevel', 'warn'], {
  stdio: 'inherit',
  env: { ...process.env, HUIZE_TOWNSHIPS_FILE: output },
});
