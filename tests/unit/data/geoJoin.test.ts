import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { joinGeo } from '../../../src/data/geoJoin';
import { loadData } from '../../../src/data/load';
import { sitePoints } from '../../../src/data/sites';
import { boundsOf } from '../../../src/geo/bounds';
import { parseTownships } from '../../../src/geo/geoFiles';
import { realRaw } from './real-data';

const data = loadData(realRaw());
const townships = parseTownships(JSON.parse(readFileSync('geo/townships.geojson', 'utf8')));
const join = joinGeo(data, townships);
const cell = (code: string) => townships.features.find((f) => f.properties.code === code)!;

describe('joinGeo on the real data', () => {
  it('gives every township its cell’s bounds and official area', () => {
    expect([...join.townshipBounds.keys()].sort()).toEqual(data.townships.map((t) => t.id));
    for (const t of data.townships) {
      expect(join.townshipBounds.get(t.id)).toEqual(boundsOf(cell(t.id).geometry));
      expect(join.areas.get(t.id)).toBe(cell(t.id).properties.area_official_km2);
    }
  });

  it('draws the sites sitePoints places, and a link may name exactly those and the 25 townships', () => {
    expect(join.sites).toEqual(sitePoints([...data.places.values()], townships));
    expect(join.known.townships.size).toBe(25);
    expect([...join.known.sites].sort()).toEqual(
      [...data.places.values()]
        .filter(
          (p) => p.in_huize && ['village', 'school', 'health-centre', 'base', 'old-town'].includes(p.kind),
        )
        .map((p) => p.id)
        .sort(),
    );
  });

  it('names the urban region by the five 街道', () => {
    const urban = join.regions.find((r) => r.id === 'urban')!;
    expect(urban.codes).toEqual(data.townships.filter((t) => t.id.slice(6) < '100').map((t) => t.id));
  });

  it.each([
    { codes: [], expected: null },
    { codes: ['530326102'], expected: boundsOf(cell('530326102').geometry) },
    { codes: ['530326102', 'not-a-code'], expected: boundsOf(cell('530326102').geometry) },
  ])('boundsOfTownships($codes)', ({ codes, expected }) => {
    expect(join.boundsOfTownships(codes)).toEqual(expected);
  });

  it('boundsOfTownships of two townships holds both', () => {
    const [a, b] = ['530326102', '530326213'].map((c) => boundsOf(cell(c).geometry));
    const both = join.boundsOfTownships(['530326102', '530326213'])!;
    for (const box of [a!, b!]) {
      expect(both[0][0]).toBeLessThanOrEqual(box[0][0]);
      expect(both[0][1]).toBeLessThanOrEqual(box[0][1]);
      expect(both[1][0]).toBeGreaterThanOrEqual(box[1][0]);
      expect(both[1][1]).toBeGreaterThanOrEqual(box[1][1]);
    }
  });
});
