/**
 * The "Beyond Huize" locator: reading geo/yunnan.geojson, projecting lon/lat to SVG coordinates, building
 * SVG path strings and placing point labels. Pure: numbers in, numbers and strings out.
 *
 * Projection: equirectangular with the x axis scaled by cos(latitude of the frame's centre) — at Yunnan's
 * size (~8° across) the error of this against a conformal projection is a few per cent, invisible in a
 * 320 px locator. North is up, east is right.
 */
type Position = [number, number];

export type PolygonGeometry =
  { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };

interface Names {
  name_zh: string;
  name_en: string;
}
interface ProvinceFeature {
  type: 'Feature';
  properties: { role: 'province'; code: string } & Names;
  geometry: PolygonGeometry;
}
interface BordersFeature {
  type: 'Feature';
  properties: { role: 'prefecture-borders' } & Names;
  geometry: { type: 'MultiLineString'; coordinates: Position[][] };
}
interface CountyFeature {
  type: 'Feature';
  properties: { role: 'county'; code: string } & Names;
  geometry: PolygonGeometry;
}

/** geo/yunnan.geojson; its schema (yunnanFile.ts) is checked by the build. */
export interface YunnanFile {
  type: 'FeatureCollection';
  features: (ProvinceFeature | BordersFeature | CountyFeature)[];
  provenance: { data: string };
}

export interface YunnanLocator {
  province: ProvinceFeature;
  borders: BordersFeature | null;
  huize: CountyFeature;
  /** where the outlines come from, for the attribution line */
  source: string;
}

/** The locator's parts: exactly one province outline and one county (Huize); borders optional. */
export function yunnanLocator(file: YunnanFile): YunnanLocator {
  const provinces = file.features.filter((f) => f.properties.role === 'province');
  const counties = file.features.filter((f) => f.properties.role === 'county');
  const borders = file.features.filter((f) => f.properties.role === 'prefecture-borders');
  if (provinces.length !== 1 || counties.length !== 1 || borders.length > 1) {
    throw new Error('geo/yunnan.geojson must hold one province, one county and at most one border feature.');
  }
  return {
    province: provinces[0] as ProvinceFeature,
    huize: counties[0] as CountyFeature,
    borders: (borders[0] as BordersFeature | undefined) ?? null,
    source: file.provenance.data,
  };
}

/** [minLon, minLat, maxLon, maxLat] */
export type BBox = [number, number, number, number];

export function polygonRings(geometry: PolygonGeometry): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

export function bboxOf(points: readonly (readonly [number, number])[]): BBox {
  if (points.length === 0) throw new Error('bboxOf: no points');
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return [minX, minY, maxX, maxY];
}

export interface Projection {
  /** lon/lat → SVG x/y (y grows downwards) */
  project(lon: number, lat: number): [number, number];
  /** SVG units per kilometre on the ground (along a parallel at the reference latitude) */
  unitsPerKm: number;
}

const KM_PER_DEG_LAT = 111.32;

/**
 * Fits `bbox` into a width × height frame with `padding` on every side, centred, keeping the aspect:
 * x = (lon − lon₀)·cos φ₀·k, y = (lat_max − lat)·k, with φ₀ the middle latitude of the box.
 */
export function fitProjection(bbox: BBox, width: number, height: number, padding = 0): Projection {
  const [minLon, minLat, maxLon, maxLat] = bbox;
  const midLat = (minLat + maxLat) / 2;
  const kx = Math.cos((midLat * Math.PI) / 180);
  const spanX = Math.max((maxLon - minLon) * kx, 1e-9);
  const spanY = Math.max(maxLat - minLat, 1e-9);
  const k = Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY);
  const offsetX = (width - spanX * k) / 2;
  const offsetY = (height - spanY * k) / 2;
  return {
    project: (lon, lat) => [offsetX + (lon - minLon) * kx * k, offsetY + (maxLat - lat) * k],
    unitsPerKm: k / KM_PER_DEG_LAT,
  };
}

/** A number for an SVG path: one decimal is a tenth of a pixel at 1:1, and "-0" never appears. */
export function fmt(n: number): string {
  const r = Math.round(n * 10) / 10;
  return String(Object.is(r, -0) ? 0 : r);
}

/** "M x y L x y … Z" for each ring (closed) or line (open). */
export function pathOf(
  lines: readonly (readonly Position[])[],
  project: Projection['project'],
  close: boolean,
) {
  return lines
    .filter((line) => line.length >= 2)
    .map((line) => {
      const points = close && line.length > 2 ? line.slice(0, -1) : line;
      const d = points
        .map(([lon, lat], i) => {
          const [x, y] = project(lon, lat);
          return `${i === 0 ? 'M' : 'L'}${fmt(x)} ${fmt(y)}`;
        })
        .join('');
      return close ? `${d}Z` : d;
    })
    .join('');
}

export const polygonPath = (geometry: PolygonGeometry, projection: Projection): string =>
  pathOf(polygonRings(geometry), projection.project, true);

/** The centre of a polygon's bounding box: good enough to hang a label on a compact county. */
export function bboxCentre(geometry: PolygonGeometry): [number, number] {
  const [a, b, c, d] = bboxOf(polygonRings(geometry).flat());
  return [(a + c) / 2, (b + d) / 2];
}

/**
 * A scale bar length: the largest "nice" distance (1, 2, 5 × 10ⁿ km) whose bar is at most maxUnits long.
 */
export function niceScaleKm(unitsPerKm: number, maxUnits: number): number {
  const maxKm = maxUnits / unitsPerKm;
  const power = 10 ** Math.floor(Math.log10(maxKm));
  const step = [5, 2, 1].find((s) => s * power <= maxKm) ?? 1;
  return step * power;
}

/** Rough width of a label: CJK characters are one em, others about 0.6 em. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.6;
  return em * fontSize;
}

export interface LabelInput {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedLabel {
  id: string;
  /** the text's anchor point (SVG `x`, `y` with dominant-baseline middle) */
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
  /** the box the label takes */
  box: Box;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Greedy label placement: each label, in the order given, takes the first of eight positions around its
 * point (right, left, above, below, then the diagonals) that stays inside the frame and overlaps neither
 * a label already placed nor a dot; if none is free, the one with the least overlap.
 */
export function placeLabels(
  items: readonly LabelInput[],
  frame: { width: number; height: number },
  gap = 4,
  dotRadius = 3,
): PlacedLabel[] {
  const dots: Box[] = items.map((p) => ({
    x0: p.x - dotRadius,
    y0: p.y - dotRadius,
    x1: p.x + dotRadius,
    y1: p.y + dotRadius,
  }));
  const placed: PlacedLabel[] = [];
  for (const item of items) {
    const { x, y, width: w, height: h } = item;
    const candidates: Omit<PlacedLabel, 'id' | 'box'>[] = [
      { x: x + gap, y, anchor: 'start' },
      { x: x - gap, y, anchor: 'end' },
      { x, y: y - gap - h / 2, anchor: 'middle' },
      { x, y: y + gap + h / 2, anchor: 'middle' },
      { x: x + gap / 2, y: y - gap / 2 - h / 2, anchor: 'start' },
      { x: x - gap / 2, y: y - gap / 2 - h / 2, anchor: 'end' },
      { x: x + gap / 2, y: y + gap / 2 + h / 2, anchor: 'start' },
      { x: x - gap / 2, y: y + gap / 2 + h / 2, anchor: 'end' },
    ];
    const boxOf = (c: Omit<PlacedLabel, 'id' | 'box'>): Box => {
      const x0 = c.anchor === 'start' ? c.x : c.anchor === 'end' ? c.x - w : c.x - w / 2;
      return { x0, y0: c.y - h / 2, x1: x0 + w, y1: c.y + h / 2 };
    };
    const cost = (b: Box) => {
      const outside = b.x0 < 0 || b.y0 < 0 || b.x1 > frame.width || b.y1 > frame.height ? 100 : 0;
      const hits = [...placed.map((p) => p.box), ...dots].filter((o) => overlaps(b, o)).length;
      return outside + hits;
    };
    let best: PlacedLabel | null = null;
    let bestCost = Infinity;
    for (const c of candidates) {
      const box = boxOf(c);
      const k = cost(box);
      if (k < bestCost) {
        best = { id: item.id, ...c, box };
        bestCost = k;
        if (k === 0) break;
      }
    }
    placed.push(best!);
  }
  return placed;
}
