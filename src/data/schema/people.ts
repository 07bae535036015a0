import { z } from 'zod';
import { Citation, Id } from './common';

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
