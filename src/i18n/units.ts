/**
 * The word written after a count's figure: a built-in unit's from the dictionary (`unit.*`, with its
 * singular), a unit the data adds (units.json, the workbook's units sheet) from its own labels. The added
 * units are the dataset's, so they change when a report is opened: the DataStore, the one writer of the
 * dataset, hands them over here (`useAddedUnits`), and every text written with them follows.
 */
import type { Unit } from '../data/schema';
import { BUILTIN_UNITS } from '../domain';
import type { Locale } from '../domain';
import type { MessageKey } from './messages';
import { countedText } from './translate';

const builtin = new Set<string>(BUILTIN_UNITS);
const NONE: ReadonlyMap<string, Unit> = new Map();
// A plain variable, not Svelte state: every text written with a unit is derived from the dataset, which the
// DataStore replaces right after handing its units over here, so those texts are made again anyway; and a
// plain module loads in Node too (the brief, the tests).
let added: ReadonlyMap<string, Unit> = NONE;

/** The units the shown dataset adds; called by the DataStore when its data is set or replaced. */
export function useAddedUnits(units: ReadonlyMap<string, Unit> | undefined): void {
  added = units ?? NONE;
}

/** The unit's word after the figure `n` ("人", "person", "册", "books"); the id itself if unknown. */
export function unitText(locale: Locale, unit: string, n: unknown, units = added): string {
  if (builtin.has(unit)) return countedText(locale, `unit.${unit}` as MessageKey, n);
  const u = units.get(unit);
  if (!u) return unit;
  if (locale === 'zh-CN') return u.label_zh;
  return n === 1 && u.label_en_one ? u.label_en_one : u.label_en;
}
