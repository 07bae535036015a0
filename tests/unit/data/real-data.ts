/** The committed data files, read from disk (as the app would import them). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const dir = resolve(__dirname, '../../../data');
const read = (name: string): unknown => JSON.parse(readFileSync(resolve(dir, `${name}.json`), 'utf8'));

export function realRaw() {
  return {
    sources: read('sources'),
    organisations: read('organisations'),
    places: read('places'),
    activities: read('activities'),
    pairings: read('pairings'),
    people: read('people'),
  };
}

export const REPORT_PATH = resolve(__dirname, '../../../../shared/report/000_0027764fe652cbea.txt');
