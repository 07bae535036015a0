/**
 * The schema of geo/yunnan.geojson, for the build (build/inputs.ts) and the tests. The browser reads the
 * file without it (locator.ts yunnanLocator): the build has parsed it, and zod is not shipped.
 */
import { z } from 'zod';
import { yunnanLocator, type YunnanLocator } from './locator';

const Position = z.tuple([z.number(), z.number()]);

const PolygonGeometry = z.union([
  z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(Position)) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(Position))) }),
]);

const LinesGeometry = z.object({
  type: z.literal('MultiLineString'),
  coordinates: z.array(z.array(Position)),
});

const Names = { name_zh: z.string().min(1), name_en: z.string().min(1) };

const ProvinceFeature = z.object({
  type: z.literal('Feature'),
  properties: z.object({ role: z.literal('province'), code: z.string(), ...Names }),
  geometry: PolygonGeometry,
});
const BordersFeature = z.object({
  type: z.literal('Feature'),
  properties: z.object({ role: z.literal('prefecture-borders'), ...Names }),
  geometry: LinesGeometry,
});
const CountyFeature = z.object({
  type: z.literal('Feature'),
  properties: z.object({ role: z.literal('county'), code: z.string().regex(/^\d{6}$/), ...Names }),
  geometry: PolygonGeometry,
});

export const YunnanFile = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.union([ProvinceFeature, BordersFeature, CountyFeature])),
  provenance: z.object({ data: z.string().min(1) }).loose(),
});

/** Parses geo/yunnan.geojson: exactly one province outline and one county (Huize); borders optional. */
export function parseYunnan(raw: unknown): YunnanLocator {
  return yunnanLocator(YunnanFile.parse(raw));
}
