import { z } from 'zod';
import * as enums from '../../domain';
import { Citation, Count, Id, readerNotes, ReportDate } from './common';

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
    notes: z.array(z.string()).describe('technical notes (not shown)'),
    notes_zh: readerNotes('Chinese'),
    notes_en: readerNotes('English'),
  })
  .strict();
export type Pairing = z.infer<typeof Pairing>;
