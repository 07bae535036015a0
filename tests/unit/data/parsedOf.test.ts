/**
 * parsedOf is joinData's inverse: what the build hands the browser, the data files, the one-file block
 * (a map saved with an opened report) and the checks all take the joined data back through it.
 */
import { describe, expect, it } from 'vitest';
import { joinData, parsedOf, type ParsedData } from '../../../src/data/join';
import { realJson } from './inputWorkspace';

const published: ParsedData = {
  sources: realJson('sources.json'),
  organisations: realJson('organisations.json'),
  places: realJson('places.json'),
  activities: realJson('activities.json'),
  pairings: realJson('pairings.json'),
  people: realJson('people.json'),
  units: [],
};
const withUnit: ParsedData = {
  ...published,
  units: [{ id: 'books', label_zh: '册', label_en: 'books', label_en_one: 'book' }],
};

describe('parsedOf(joinData(x))', () => {
  it.each([
    ['the published data', published],
    ['data that adds a unit (a report opened at the desk)', withUnit],
  ])('gives back %s, records in file order and units kept', (_, data) => {
    expect(parsedOf(joinData(data))).toEqual(data);
  });
});
