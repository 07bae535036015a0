import { z } from 'zod';

/**
 * Schemas of the geographic files the app loads from geo/. Geometry is checked only for its type: the
 * geo/ build and its tests validate rings; the app checks that the join keys and labels are there.
 */
const Position = z.tuple([z.number(), z.number()]);

const PolygonGeometry = z.union([
  z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(Position)) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(Position))) }),
]);

const LineGeometry = z.union([
  z.object({ type: z.literal('LineString'), coordinates: z.array(Position) }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(Position)) }),
]);

export const CountyProperties = z.object({
  code: z
    .string()
    .regex(/^\d{6}$/)
    .describe('official 6-digit county code'),
  name_zh: z.string().min(1),
  name_en: z.string().min(1),
  role: z.enum(['county', 'neighbour']).describe('Huize itself, or a neighbouring county drawn for context'),
  source: z.string().min(1),
  label: Position.optional().describe("where a neighbour's name goes: inside its part near Huize"),
});
export type CountyProperties = z.infer<typeof CountyProperties>;

export const CountiesFile = z.object({
  type: z.literal('FeatureCollection'),
  features: z
    .array(z.object({ type: z.literal('Feature'), properties: CountyProperties, geometry: PolygonGeometry }))
    .min(1),
});
export type CountiesFile = z.infer<typeof CountiesFile>;

export function parseCounties(raw: unknown): CountiesFile {
  const file = CountiesFile.parse(raw);
  if (file.features.filter((f) => f.properties.role === 'county').length !== 1) {
    throw new Error('geo/counties.geojson must hold exactly one feature with role "county" (Huize).');
  }
  return file;
}

export const RiversFile = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ name_zh: z.string().nullable(), name_en: z.string().nullable() }).loose(),
      geometry: LineGeometry,
    }),
  ),
});
export type RiversFile = z.infer<typeof RiversFile>;

export const townshipKinds = ['街道', '镇', '乡'] as const;

export const TownshipProperties = z.object({
  code: z
    .string()
    .regex(/^530326\d{3}$/)
    .describe('official 9-digit township code: the join key'),
  name_zh: z.string().min(1),
  name_pinyin: z.string().min(1),
  name_en: z.string().min(1),
  kind: z.enum(townshipKinds),
  precision: z.enum(['schematic', 'official']),
  area_official_km2: z.number().positive().nullable(),
  area_km2: z.number().positive(),
  label: Position.describe('a point inside the cell for its label'),
});
export type TownshipProperties = z.infer<typeof TownshipProperties>;

export const TownshipsFile = z.object({
  type: z.literal('FeatureCollection'),
  precision: z.enum(['schematic', 'official']),
  source: z.string().min(1),
  features: z.array(
    z.object({ type: z.literal('Feature'), properties: TownshipProperties, geometry: PolygonGeometry }),
  ),
});
export type TownshipsFile = z.infer<typeof TownshipsFile>;
export type TownshipFeature = TownshipsFile['features'][number];

/** The 25 township-level units of Huize, each exactly once. */
export function parseTownships(raw: unknown): TownshipsFile {
  const file = TownshipsFile.parse(raw);
  const codes = file.features.map((f) => f.properties.code);
  if (new Set(codes).size !== codes.length || codes.length !== 25) {
    throw new Error(
      `geo/townships.geojson must hold the 25 townships once each; it holds ${codes.length} features.`,
    );
  }
  for (const f of file.features) {
    if (f.properties.precision !== file.precision) {
      throw new Error(
        `Township ${f.properties.code} says precision "${f.properties.precision}" but the file says "${file.precision}".`,
      );
    }
  }
  return file;
}

export type Bounds = [[number, number], [number, number]];

/** The bounding box of a polygon feature's coordinates. */
export function boundsOf(geometry: z.infer<typeof PolygonGeometry>): Bounds {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  for (const ring of rings) {
    for (const [x, y] of ring) {
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  }
  return [
    [minX, minY],
    [maxX, maxY],
  ];
}
