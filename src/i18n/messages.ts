/**
 * User-facing text. zh-CN is the source language; `en` must cover every key (the type enforces it).
 * Enum values from data/ (categories, units, precision…) have keys built from the enum value.
 * The texts live in ./dict by the part of the app that shows them; no key is in two of them. These are the
 * first view's: a part that loads on use imports its own dictionary (desk, brief, book, docx, readerView,
 * deskScreens) through featureWords.ts, so its words load with its code.
 */
import type { Locale } from '../domain';
import * as app from './dict/app';
import * as controls from './dict/controls';
import * as deskUi from './dict/desk-ui';
import * as downloads from './dict/downloads';
import * as mapControls from './dict/mapControls';
import * as pairings from './dict/pairings';
import * as panels from './dict/panels';
import * as present from './dict/present';
import * as reader from './dict/reader';
import * as records from './dict/records';
import * as region from './dict/region';
import * as surfaces from './dict/surfaces';
import * as table from './dict/table';

export const zh = {
  ...app.zh,
  ...controls.zh,
  ...deskUi.zh,
  ...downloads.zh,
  ...mapControls.zh,
  ...panels.zh,
  ...table.zh,
  ...pairings.zh,
  ...present.zh,
  ...reader.zh,
  ...records.zh,
  ...region.zh,
  ...surfaces.zh,
} as const;

export type MessageKey = keyof typeof zh;

export const en: Record<MessageKey, string> = {
  ...app.en,
  ...controls.en,
  ...deskUi.en,
  ...downloads.en,
  ...mapControls.en,
  ...panels.en,
  ...table.en,
  ...pairings.en,
  ...present.en,
  ...reader.en,
  ...records.en,
  ...region.en,
  ...surfaces.en,
};

export const messages: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zh, en };
