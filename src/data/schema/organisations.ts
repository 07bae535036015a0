import { z } from 'zod';
import { Id } from './common';

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
