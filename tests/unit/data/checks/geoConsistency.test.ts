import { describe, expect, it } from 'vitest';
import { checkDataAgainstGeo, type GeoForCheck } from '../../../../src/data/checks/geoConsistency';
import type { ParsedDataset } from '../../../../src/data/files';
import type { TownshipProperties } from '../../../../src/geo/geoFiles';
import { expectedErrors, goodData, record, type Where } from './fixture';

type Ring = [number, number][];
const square = (x0: number, y0: number, x1: number, y1: number): Ring[] => [
  [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ],
];

/** Huize as a one-degree square with the fixture's three townships in it, and a neighbour east of it. */
function goodGeo(): GeoForCheck {
  const cell = (code: string, name_zh: string, kind: TownshipProperties['kind'], x: number) => ({
    type: 'Feature' as const,
    properties: {
      code,
      name_zh,
      name_pinyin: '-',
      name_en: '-',
      kind,
      precision: 'schematic' as const,
      area_official_km2: null,
      area_km2: 1,
      label: [x + 0.1, 26.5] as [number, number],
    },
    geometry: { type: 'Polygon' as const, coordinates: square(x, 26, x + 0.3, 27) },
  });
  const county = (code: string, role: 'county' | 'neighbour', x: number) => ({
    type: 'Feature' as const,
    properties: { code, name_zh: code, name_en: code, role, source: 'test' },
    geometry: { type: 'Polygon' as const, coordinates: square(x, 26, x + 1, 27) },
  });
  return {
    counties: {
      type: 'FeatureCollection',
      features: [county('530326', 'county', 103), county('530325', 'neighbour', 104)],
    },
    townships: {
      type: 'FeatureCollection',
      precision: 'schematic',
      source: 'test',
      features: [
        cell('530326102', '娜姑镇', '镇', 103),
        cell('530326107', '大井镇', '镇', 103.3),
        cell('530326204', '大桥乡', '乡', 103.6),
      ],
    },
  };
}

/** The fixture with a located site in Huize and a located place beyond it. */
function locatedData(): ParsedDataset {
  const d = goodData();
  const at = (lon: number, lat: number, uncertainty_km: number) => ({
    lon,
    lat,
    uncertainty_km,
    basis: 'test',
    basis_zh: '测试',
    basis_en: 'test',
    source: 'test',
  });
  record(d.places, 'place-zhemi-school').location = at(103.7, 26.5, 1);
  record(d.places, 'place-shanghai').location = at(121.47, 31.23, 10);
  return d;
}

interface GeoRow {
  name: string;
  breakIt: (d: ParsedDataset, geo: GeoForCheck) => void;
  at: Where | Where[];
}

const cellOf = (geo: GeoForCheck, code: string) => {
  const f = geo.townships.features.find((x) => x.properties.code === code);
  if (!f) throw new Error(`the geo fixture has no cell ${code}`);
  return f;
};

const rows: GeoRow[] = [
  {
    name: 'a "county" feature that is not Huize (so the county record disagrees too)',
    breakIt: (_d, geo) => (geo.counties.features[0]!.properties.code = '530325'),
    at: [
      { file: 'geo/counties.geojson', id: '530325', field: 'features.0.properties.code' },
      { file: 'places.json', id: 'place-huize-county', field: 'official_code' },
    ],
  },
  {
    name: 'a county record with another code than the map',
    breakIt: (d) => (record(d.places, 'place-huize-county').official_code = '530325'),
    at: { file: 'places.json', id: 'place-huize-county', field: 'official_code' },
  },
  {
    name: 'a township record without a cell',
    breakIt: (_d, geo) => {
      geo.townships.features = geo.townships.features.filter((f) => f.properties.code !== '530326204');
    },
    at: { file: 'places.json', id: '530326204', field: 'id' },
  },
  {
    name: 'a cell without a township record',
    breakIt: (d) => (d.places = d.places.filter((p) => p.id !== '530326107')),
    at: { file: 'geo/townships.geojson', id: '530326107', field: 'features.1.properties.code' },
  },
  {
    name: 'a township the map names differently',
    breakIt: (_d, geo) => (cellOf(geo, '530326102').properties.name_zh = '某某镇'),
    at: { file: 'places.json', id: '530326102', field: 'name_zh' },
  },
  {
    name: 'a township of another type on the map',
    breakIt: (_d, geo) => (cellOf(geo, '530326102').properties.kind = '乡'),
    at: { file: 'places.json', id: '530326102', field: 'township_type' },
  },
  {
    name: 'a Huize site beyond the outline by more than its uncertainty',
    breakIt: (d) => (record(d.places, 'place-zhemi-school').location!.lon = 104.5),
    at: { file: 'places.json', id: 'place-zhemi-school', field: 'location' },
  },
  {
    name: 'a place beyond Huize located inside its outline',
    breakIt: (d) => {
      const l = record(d.places, 'place-shanghai').location!;
      l.lon = 103.5;
      l.lat = 26.5;
    },
    at: { file: 'places.json', id: 'place-shanghai', field: 'location' },
  },
];

describe('checkDataAgainstGeo', () => {
  it('accepts the located fixture on its map', () => {
    expect(checkDataAgainstGeo(locatedData(), goodGeo())).toEqual([]);
  });

  it.each(rows)('$name', ({ breakIt, at }) => {
    const d = locatedData();
    const geo = goodGeo();
    breakIt(d, geo);
    expect(checkDataAgainstGeo(d, geo)).toEqual(expectedErrors('geo-mismatch', at));
  });

  it('lets a site lie beyond the outline by less than its uncertainty', () => {
    const d = locatedData();
    const l = record(d.places, 'place-zhemi-school').location!;
    l.lon = 104.005; // about 0.5 km east of the outline
    expect(checkDataAgainstGeo(d, goodGeo())).toEqual([]);
  });
});
