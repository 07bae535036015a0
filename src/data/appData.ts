// The five data files as the build parsed and checked them (build/validatePlugin.ts) — from data/, or from
// HUIZE_DATA_DIR at build time: tests build the app from other data. Parsing here instead would ship zod.
import parsed from 'virtual:huize-data';
import { joinData, type HuizeData } from './join';

/** The report's data as bundled with the app, joined once. */
export function loadAppData(): HuizeData {
  return joinData(parsed);
}
