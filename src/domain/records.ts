/**
 * The enum values the app needs at run time, free of zod. The browser receives its data already parsed at
 * build time (build/validatePlugin.ts), so zod is not shipped at all; these lists are the one thing the app
 * took from the schemas at run time. src/data/schema.ts builds its z.enum()s from the same lists, and the
 * `{ options }` shape is zod's, so a consumer can import either.
 */
const enumOf = <const T extends readonly [string, ...string[]]>(options: T) => ({ options });

export const ActivityCategory = enumOf([
  'coordination',
  'meeting',
  'visit',
  'secondment',
  'training',
  'labour',
  'industry',
  'funding',
  'pairing',
  'donation',
  'publicity',
]);
export type ActivityCategory = (typeof ActivityCategory.options)[number];

export const Scope = enumOf(['township', 'unassigned', 'county', 'outside']);
export type Scope = (typeof Scope.options)[number];

export const PairingLevel = enumOf([
  'district-county',
  'town-town',
  'subdistrict-township',
  'enterprise-subdistrict',
  'bureau-bureau',
  'villages-and-enterprises-to-villages',
]);
export type PairingLevel = (typeof PairingLevel.options)[number];

/** The id of the county-level place record that county-wide figures sit on. */
export const HUIZE_COUNTY_PLACE_ID = 'place-huize-county';
export const HUIZE_COUNTY_CODE = '530326';

/**
 * The units a count may be in without a units.json row (schema/common.ts re-exports them; the zod-free list
 * for the first view's words, i18n/units.ts).
 */
export const BUILTIN_UNITS = [
  'people',
  'person-times',
  'times',
  'batches',
  'job-fairs',
  'screenings',
  'posts',
  'mu',
  'courtyards',
  'projects',
  'townships',
  'villages',
  'households',
  'enterprises',
  'agreements',
  'computers',
  'sets',
  'pairs',
  'pieces',
] as const;
export type BuiltinUnit = (typeof BUILTIN_UNITS)[number];
