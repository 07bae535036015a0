/**
 * The data files (the registry of source documents, the five record files, and the units counts may be in): the names errors and
 * the build use for them, and their content before and after the schemas. Light on purpose: the e2e tests
 * and the build import it without the checks.
 */
import type { ParsedData } from './join';

export const DATA_FILES = {
  sources: 'sources.json',
  organisations: 'organisations.json',
  places: 'places.json',
  activities: 'activities.json',
  pairings: 'pairings.json',
  people: 'people.json',
  /** the units beyond the built-in ones; an absent file is none (folders written before it existed) */
  units: 'units.json',
} as const;
export type DataKey = keyof typeof DATA_FILES;

/** The files as read: nothing is known about them until they parse. */
export type RawDataset = Record<Exclude<DataKey, 'units'>, unknown> & { units?: unknown };

/** The records that parsed, in file order (the same shape the browser receives and joins). */
export type ParsedDataset = ParsedData;
