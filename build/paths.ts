/**
 * Where the app's inputs are. Kept apart from inputs.ts, which pulls in the app's parsers: vite.config.ts
 * imports this one directly, and only the plugin loads the parsers (through Vite's module runner).
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

export interface InputPaths {
  /** the folder holding the five data/*.json files */
  dataDir: string;
  townshipsFile: string;
  countiesFile: string;
  riversFile: string;
  /** the "Beyond Huize" locator's outlines */
  yunnanFile: string;
  /** where sources.json's "shared-report" texts are: ../shared/report beside the repo */
  sharedReportDir: string;
  /** where its "sources" texts are: the data folder's sources/ */
  sourcesDir: string;
  /**
   * An absent ../shared/report is an error, not a notice: CI sets CI=true and always has ../shared, so
   * there every citation is checked.
   */
  requireSharedTexts?: boolean;
}

/**
 * data/ and geo/ unless overridden: HUIZE_DATA_DIR builds the app from another data folder (the XSS and
 * malformed-data tests do), HUIZE_TOWNSHIPS_FILE from imported official boundaries. The source texts are
 * in ../shared/report (HUIZE_SHARED_REPORT_DIR) and the data folder's sources/ (HUIZE_SOURCES_DIR).
 */
export function inputPaths(env: NodeJS.ProcessEnv = process.env): InputPaths {
  const dataDir = resolve(env.HUIZE_DATA_DIR ?? join(repoRoot, 'data'));
  return {
    dataDir,
    sharedReportDir: resolve(env.HUIZE_SHARED_REPORT_DIR ?? join(repoRoot, '../shared/report')),
    sourcesDir: resolve(env.HUIZE_SOURCES_DIR ?? join(dataDir, 'sources')),
    townshipsFile: resolve(env.HUIZE_TOWNSHIPS_FILE ?? join(repoRoot, 'geo/townships.geojson')),
    countiesFile: join(repoRoot, 'geo/counties.geojson'),
    riversFile: join(repoRoot, 'geo/rivers.geojson'),
    yunnanFile: join(repoRoot, 'geo/yunnan.geojson'),
    requireSharedTexts: Boolean(env.CI) && env.CI !== 'false',
  };
}
