// The six data files as the build parsed and checked them (build/validatePlugin.ts) — from data/, or from
// HUIZE_DATA_DIR at build time: tests build the app from other data. Parsing here instead would ship zod.
import parsed from 'virtual:huize-data';
import { joinData, type HuizeData } from './join';
import type { Source } from './schema';

/** The data as bundled with the app, joined once. */
export function loadAppData(): HuizeData {
  return joinData(parsed);
}

let sources: ReadonlyMap<string, Source> | undefined;

/** The bundled registry of source documents by id, for a citation that names only its source's id. */
export function bundledSources(): ReadonlyMap<string, Source> {
  sources ??= new Map(parsed.sources.map((s) => [s.id, s]));
  return sources;
}
