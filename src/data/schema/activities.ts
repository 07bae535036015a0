import { z } from 'zod';
import * as enums from '../../domain';
import { Amount, Citation, Count, Id, readerNotes, ReportDate } from './common';

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
    notes: z.array(z.string()).describe('corrections of the report and caveats (technical; not shown)'),
    notes_zh: readerNotes('Chinese'),
    notes_en: readerNotes('English'),
  })
  .strict();
export type Activity = z.infer<typeof Activity>;
