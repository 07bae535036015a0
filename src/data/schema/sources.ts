import { z } from 'zod';
import { Id } from './common';

/** What the normaliser (src/data/normalise.ts) undoes of a scrape, in the order it runs. */
export const NormaliseStep = z
  .enum(['line-endings', 'pinyin-annotations', 'punctuation', 'spaces', 'traditional-to-simplified'])
  .describe('a step of src/data/normalise.ts that changed this text');
export type NormaliseStep = z.infer<typeof NormaliseStep>;

export const Script = z.enum(['Hans', 'Hant']).describe('ISO 15924: Hans = simplified, Hant = traditional');
export type Script = z.infer<typeof Script>;

/** Where a source's text is kept: the shared report folder beside the repo, or the data's sources folder. */
export const TextFolder = z
  .enum(['shared-report', 'sources'])
  .describe(
    'shared-report = ../shared/report (HUIZE_SHARED_REPORT_DIR); sources = the data folder’s sources/ (HUIZE_SOURCES_DIR)',
  );
export type TextFolder = z.infer<typeof TextFolder>;

export const PublishedDate = z
  .object({
    year: z.number().int().min(1990).max(2100),
    month: z.number().int().min(1).max(12).nullable(),
    day: z.number().int().min(1).max(31).nullable(),
  })
  .strict();
export type PublishedDate = z.infer<typeof PublishedDate>;

/** An address the browser can parse, with a host: `http://[`, `https://` + spaces are not. */
function wellFormedUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

export const Source = z
  .object({
    id: Id.describe('e.g. src-zhujiang-baoshan-huize; citations name it'),
    name_zh: z.string().min(1).describe('how the map names the source in its source lines (Chinese)'),
    name_en: z.string().min(1).describe('how the map names the source in its source lines (English)'),
    title: z
      .string()
      .min(1)
      .nullable()
      .describe('the headline as published; null when the text does not carry one (say so in notes)'),
    outlet: z.string().min(1).describe('who published it, as the text names it'),
    author: z.string().min(1).nullable().describe('author or correspondent, as the byline writes it'),
    published: PublishedDate.nullable().describe('the publication date, only as far as it is known'),
    published_note: z
      .string()
      .min(1)
      .nullable()
      .describe('what the text supports about its date; required when published is null'),
    url: z
      .string()
      .regex(/^https?:\/\/\S+$/, 'an http(s) address')
      .refine(wellFormedUrl, 'a well-formed http(s) address (scheme, host, path)')
      .nullable()
      .describe('the address it was read at; null if not kept'),
    language: z
      .string()
      .regex(/^[a-z]{2,3}$/)
      .describe('ISO 639-1 language of the text, e.g. zh'),
    script: Script.describe('script of the normalised text, which citations quote'),
    script_as_scraped: Script.describe('script of the text as it was scraped'),
    text: z
      .object({
        folder: TextFolder,
        file: z
          .string()
          .regex(/^[A-Za-z0-9._-]+\.txt$/, 'a plain .txt file name, no folders')
          .describe('file name inside the folder'),
      })
      .strict(),
    normalisation: z
      .object({
        stored: z
          .enum(['as-scraped', 'normalised'])
          .describe(
            'as-scraped: the file is the scrape and is normalised when read; normalised: stored normalised',
          ),
        steps: z.array(NormaliseStep).describe('the normaliser steps that changed the scrape'),
      })
      .strict(),
    text_sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe('SHA-256 of the normalised text (UTF-8): the text every citation of it was checked against'),
    notes: z.array(z.string()),
  })
  .strict();
export type Source = z.infer<typeof Source>;
