/**
 * Rivers from GSHHG 2.3.7 / WDBII (LGPL-3+, Wessel & Smith), committed as geo/rivers-source-gshhg-wdb2.geojson: joined into
 * rivers, clipped to the map's extent around Huize, simplified, and the two that can be told apart with
 * confidence named.
 */
import { readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, Position } from 'geojson';

const sourceFile = new URL('../../rivers-source-gshhg-wdb2.geojson', import.meta.url);

/** Degrees beyond Huize's bounding box that the map can show around the county. */
export const extentMarginDeg = { lon: 0.5, lat: 0.35 };
/** WDBII lines are cut at 1° tiles whose ends do not always meet exactly: about 300 m closes the gaps. */
const joinToleranceDeg = 0.003;
const simplifyToleranceDeg = 0.0012;

interface Identification {
  name_zh: string;
  name_en: string;
  /** A vertex of the source line: the river is the joined line through it. */
  through: Position;
  why: string;
}

/**
 * Only what can be told with confidence. The Jinsha is the one WDBII level-1 river along Huize's western
 * and northern border (gazetteers: 娜姑 faces 会东县 across the 金沙江). The Niulan is the river that runs up
 * Huize's eastern border and turns west to join the Jinsha near 27.43°N (gazetteers: 迤车 faces 鲁甸县
 * across the 牛栏江). The 小江 and 以礼河 are not in WDBII at this scale; the rest stay unnamed.
 */
export const identifications: Identification[] = [
  {
    name_zh: '金沙江',
    name_en: 'Jinsha River',
    through: [102.896162356, 27],
    why: 'level-1 river along the western and northern border',
  },
  {
    name_zh: '牛栏江',
    name_en: 'Niulan River',
    through: [103.606530861, 26],
    why: 'river up the eastern border, joining the Jinsha',
  },
];

interface SourceLine {
  level: number;
  coordinates: Position[];
}

function near(a: Position, b: Position): boolean {
  return Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!) <= joinToleranceDeg;
}

/** Groups the source lines into connected rivers (stable order: by first source index). */
function groups(lines: SourceLine[]): SourceLine[][] {
  const seen = new Set<number>();
  const out: SourceLine[][] = [];
  lines.forEach((_, start) => {
    if (seen.has(start)) return;
    const members = [start];
    seen.add(start);
    for (let k = 0; k < members.length; k++) {
      const a = lines[members[k]!]!.coordinates;
      lines.forEach((other, j) => {
        if (seen.has(j)) return;
        const b = other.coordinates;
        const ends = [a[0]!, a[a.length - 1]!];
        if (ends.some((e) => near(e, b[0]!) || near(e, b[b.length - 1]!))) {
          seen.add(j);
          members.push(j);
        }
      });
    }
    out.push(members.sort((x, y) => x - y).map((i) => lines[i]!));
  });
  return out;
}

/** Chains lines whose ends meet into as few lines as possible. */
function chain(lines: Position[][]): Position[][] {
  const pool = lines.map((l) => [...l]);
  const out: Position[][] = [];
  while (pool.length > 0) {
    let line = pool.shift()!;
    let grown = true;
    while (grown) {
      grown = false;
      for (let i = 0; i < pool.length; i++) {
        const other = pool[i]!;
        const head = line[0]!;
        const tail = line[line.length - 1]!;
        if (near(tail, other[0]!)) line = [...line, ...other.slice(1)];
        else if (near(tail, other[other.length - 1]!)) line = [...line, ...[...other].reverse().slice(1)];
        else if (near(head, other[other.length - 1]!)) line = [...other, ...line.slice(1)];
        else if (near(head, other[0]!)) line = [...[...other].reverse(), ...line.slice(1)];
        else continue;
        pool.splice(i, 1);
        grown = true;
        break;
      }
    }
    out.push(line);
  }
  return out;
}

function round4(p: Position): Position {
  return [Math.round(p[0]! * 1e4) / 1e4, Math.round(p[1]! * 1e4) / 1e4];
}

export function buildRivers(counties: FeatureCollection): FeatureCollection {
  const source = JSON.parse(readFileSync(sourceFile, 'utf8')) as FeatureCollection<LineString>;
  const lines: SourceLine[] = source.features
    .map((f) => ({ level: Number(f.properties?.wdb_level), coordinates: f.geometry.coordinates }))
    // The extraction leaves degenerate two-point stubs at tile corners.
    .filter(
      (l) => l.coordinates.length >= 2 && !near(l.coordinates[0]!, l.coordinates[l.coordinates.length - 1]!),
    );
  const huize = counties.features.find((f) => f.properties?.role === 'county');
  if (!huize) throw new Error('no county in counties.geojson');
  const [minX, minY, maxX, maxY] = turf.bbox(huize);
  const extent: [number, number, number, number] = [
    minX - extentMarginDeg.lon,
    minY - extentMarginDeg.lat,
    maxX + extentMarginDeg.lon,
    maxY + extentMarginDeg.lat,
  ];
  const features: Feature<LineString | MultiLineString>[] = [];
  const named = new Set<string>();
  for (const group of groups(lines)) {
    const id = identifications.find((i) =>
      group.some((l) => l.coordinates.some((p) => p[0] === i.through[0] && p[1] === i.through[1])),
    );
    const parts: Position[][] = [];
    for (const line of chain(group.map((l) => l.coordinates))) {
      const clipped = turf.bboxClip(turf.lineString(line), extent).geometry as LineString | MultiLineString;
      const pieces: Position[][] =
        clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates;
      for (const piece of pieces) {
        if (piece.length < 2) continue;
        const simple = turf.simplify(turf.lineString(piece), {
          tolerance: simplifyToleranceDeg,
          highQuality: true,
        });
        const coords = simple.geometry.coordinates
          .map(round4)
          .filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]);
        if (coords.length >= 2 && turf.length(turf.lineString(coords)) >= 1) parts.push(coords);
      }
    }
    if (parts.length === 0) continue;
    if (id) named.add(id.name_zh);
    features.push({
      type: 'Feature',
      properties: {
        name_zh: id?.name_zh ?? null,
        name_en: id?.name_en ?? null,
        level: Math.min(...group.map((l) => l.level)),
      },
      geometry:
        parts.length === 1
          ? { type: 'LineString', coordinates: parts[0]! }
          : { type: 'MultiLineString', coordinates: parts },
    });
  }
  for (const id of identifications)
    if (!named.has(id.name_zh)) throw new Error(`${id.name_zh} not found in the river source`);
  return {
    type: 'FeatureCollection',
    features,
    ...{
      source: 'GSHHG / WDBII (Wessel & Smith), GSHHG 2.3.7 full resolution (Debian gmt-gshhg-full)',
      licence: 'LGPL-3.0-or-later',
      provenance: {
        extent,
        method: `lines joined where ends meet (≤ ${joinToleranceDeg}°), clipped to Huize's box ± ${extentMarginDeg.lon}° lon / ${extentMarginDeg.lat}° lat, Douglas–Peucker ${simplifyToleranceDeg}°, 4 decimals`,
        level: 'WDBII river level: 1 = major (permanent) river, 2 = additional major, 3 = additional river',
        names: Object.fromEntries(identifications.map((i) => [i.name_zh, i.why])),
        script: 'geo/scripts/lib/rivers.ts (via geo/scripts/build-geo.ts)',
      },
    },
  } as FeatureCollection;
}
