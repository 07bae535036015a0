import { z } from 'zod';

/**
 * Schemas of the geographic files the app loads from geo/. Geometry is checked for its structure (closed
 * rings of at least four positions, lines of at least two, coordinates on the globe): that is what MapLibre
 * and the site checks need, and a file that fails it would draw garbage instead of failing loudly. Topology
 * (crossing rings, gaps) is the geo/ build's and its tests' business.
 */
const Position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

const Ring = z
  .array(Position)
  .min(4, 'a ring needs at least 4 positions')
  .refine((ring) => {
    const [first, last] = [ring[0], ring[ring.length - 1]];
    return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
  }, 'a ring must end where it starts');
const Polygon = z.array(Ring).min(1, 'a polygon needs an outer ring');
const Line = z.array(Position).min(2, 'a line needs at least 2 positions');

const PolygonGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: Polygon }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(Polygon).min(1) }),
]);

const LineGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('LineString'), coordinates: Line }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(Line).min(1) }),
]);

/** The geo/ files the app bundles, by the names errors use. */
export const GEO_FILES = {
  counties: 'geo/counties.geojson',
  townships: 'geo/townships.geojson',
  rivers: 'geo/rivers.geojson',
} as const;
export type GeoFile = (typeof GEO_FILES)[keyof typeof GEO_FILES];

/**
 * A geo file that is not what the app draws from. Named, and carrying the file and the field, so a failed
 * build says which file to fix and where instead of a bare zod dump.
 */
export class GeoFileError extends Error {
  override readonly name = 'GeoFileError';

  constructor(
    readonly file: string,
    readonly field: string,
    readonly detail: string,
  ) {
    super(`${file} ${field}: ${detail}`);
  }
}

/** Parses with `schema`, turning the first zod issue into a GeoFileError that names the file and field. */
function parseGeo<S extends z.ZodType>(schema: S, raw: unknown, file: string): z.infer<S> {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const more = r.error.issues.length > 1 ? ` (and ${r.error.issues.length - 1} more)` : '';
  throw new GeoFileError(file, issue.path.join('.') || '(root)', `${issue.message}${more}`);
}

/** JSON.parse that names the file it could not read. */
export function parseGeoJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new GeoFileError(file, '(json)', (e as Error).message);
  }
}

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

export function parseCounties(raw: unknown, fileName: string = GEO_FILES.counties): CountiesFile {
  const file = parseGeo(CountiesFile, raw, fileName);
  if (file.features.filter((f) => f.properties.role === 'county').length !== 1) {
    throw new GeoFileError(
      fileName,
      'features.properties.role',
      'must hold exactly one feature with role "county" (Huize)',
    );
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

export function parseRivers(raw: unknown, fileName: string = GEO_FILES.rivers): RiversFile {
  return parseGeo(RiversFile, raw, fileName);
}

const townshipKinds = ['街道', '镇', '乡'] as const;

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
export function parseTownships(raw: unknown, fileName: string = GEO_FILES.townships): TownshipsFile {
  const file = parseGeo(TownshipsFile, raw, fileName);
  const seen = new Set<string>();
  file.features.forEach((f, i) => {
    if (seen.has(f.properties.code)) {
      throw new GeoFileError(
        fileName,
        `features.${i}.properties.code`,
        `code ${f.properties.code} appears twice`,
      );
    }
    seen.add(f.properties.code);
  });
  if (file.features.length !== 25) {
    throw new GeoFileError(
      fileName,
      'features',
      `must hold the 25 townships once each; it holds ${file.features.length} features`,
    );
  }
  file.features.forEach((f, i) => {
    if (f.properties.precision !== file.precision) {
      throw new GeoFileError(
        fileName,
        `features.${i}.properties.precision`,
        `township ${f.properties.code} says "${f.properties.precision}" but the file says "${file.precision}"`,
      );
    }
  });
  return file;
}

// Kept apart so the browser, which gets these files already parsed by the build, loads no zod for it.
export { boundsOf, type Bounds } from './bounds';
