import { z } from 'zod';
import { Id } from './common';

/**
 * A unit a count may be in, beyond the built-in ones (schema/common.ts BUILTIN_UNITS), with the words the
 * map writes after its figures: units.json, the workbook's units sheet.
 */
export const Unit = z
  .object({
    id: Id.describe('what a count names in its unit column, e.g. books'),
    label_zh: z.string().min(1).describe('written after the figure in Chinese, e.g. 册'),
    label_en: z.string().min(1).describe('written after the figure in English, e.g. books'),
    label_en_one: z
      .string()
      .min(1)
      .nullable()
      .describe('the English word after the figure 1 (book); empty when it is the same'),
  })
  .strict();
export type Unit = z.infer<typeof Unit>;

export const Units = z.array(Unit);
