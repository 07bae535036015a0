/**
 * The pieces every record file shares: ids, the citation into a source document, its date, and the figures
 * (amounts and counts) quoted from it. Every schema module imports this one, so the zod setting below is
 * in force before anything parses.
 */
import { z } from 'zod';

// No run-time code generation: the built page's Content-Security-Policy forbids eval, and zod would otherwise
// probe for it (a reported violation) before falling back.
z.config({ jitless: true });

export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case kebab-case (or a 9-digit township code)');

/** Where a citation sits: in which source document (data/sources.json), under which section, in what words. */
export const Citation = z
  .object({
    source: Id.describe('the id of the source document in sources.json'),
    section: z
      .string()
      .min(1)
      .describe(
        'the normalised section heading of that source the phrase sits under, "lead" for the opening paragraph, or "caption" for a photo caption',
      ),
    phrase: z
      .string()
      .min(2)
      .describe(
        'an exact substring of the normalised text of that source that states the fact (and every figure of the record)',
      ),
  })
  .strict();
export type Citation = z.infer<typeof Citation>;

/**
 * The notes a reader sees, in both languages, one line each: what an official needs to know, in plain words
 * (no ids, file or package names). The record's `notes` stay the technical account for whoever checks the
 * data; the interface never shows them (issue 26, item 5).
 */
export const readerNotes = (language: string) =>
  z
    .array(z.string().min(1))
    .describe(`the notes in plain ${language} for the reader, one per technical note, in the same order`);

export const ReportDate = z
  .object({
    year: z.number().int().min(2000).max(2030),
    month: z.number().int().min(1).max(12).nullable(),
    relation: z.enum(['in', 'since']).describe('"since" for 以来'),
  })
  .strict();
export type ReportDate = z.infer<typeof ReportDate>;

/**
 * The units the first report counts in, named by the app's dictionary (`unit.*`, zh and en). A report that
 * counts in anything else (册, 棵, tonnes) adds its unit to units.json (the workbook's units sheet) with its
 * labels: a count's unit is one of these or one of those (checks/units.ts).
 */
export { BUILTIN_UNITS, type BuiltinUnit } from '../../domain/records';

export const CountUnit = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a unit id: lower-case kebab-case (people, mu, books)')
  .describe('one of the units: the built-in ones (lists sheet) or a row of the units sheet');
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
      .describe(
        'required if this is part of a figure the report gives for several places together (technical; not shown)',
      ),
    split_note_zh: z.string().min(1).nullable().describe('the split note in plain Chinese for the reader'),
    split_note_en: z.string().min(1).nullable().describe('the split note in plain English for the reader'),
  })
  .strict();
export type Amount = z.infer<typeof Amount>;
