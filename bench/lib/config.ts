/** Where the benchmark serves its two pages, how it drives them, and the targets it reports against. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const appPort = 4183;
export const floorPort = 4184;
export const host = '127.0.0.1';
export const appUrl = `http://${host}:${appPort}/`;
export const floorUrl = `http://${host}:${floorPort}/floor.html`;
/** The floor plus the app's base-map lines and Chinese labels (bench/floorLabels.ts), served with the floor. */
export const labelsUrl = `http://${host}:${floorPort}/floor-labels.html`;
export const viewport = { width: 1366, height: 768 };
export const fullRuns = 7;
export const pageTimeout = 30_000;
export const kB = 1000;
/**
 * The app as measured: built with the test hooks (src/testing/hooks.ts), which the timings read, into the
 * folder the browser tests build too, so the smoke run can reuse theirs. Its size is measured on the
 * production build (dist/) when the bench builds one.
 */
export const appDist = 'dist-e2e';
export const productionDist = 'dist';
/** The floor's own vite config, for its build and its server. */
export const floorConfig = 'bench/vite.floor.config.ts';

export const targets = {
  /** cold load ≤ this × the bare floor… */
  loadRatio: 1.3,
  /** …and what we aim for */
  loadAim: 1.15,
  /** the app's own overhead: cold load ≤ this × "floor + labels" */
  overheadRatio: 1.1,
  clickMs: 50,
  switchMs: 50,
  shippedOverMaplibre: 90 * kB,
  exportRatio: 1.3,
};

/** A path below the repository's root. */
export const fromRoot = (...parts: string[]): string => path.join(root, ...parts);
