/** What each page ships (every built file, gzip), maplibre-gl's own size as the reference, and the data. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { appDist, fromRoot, productionDist, root, targets } from './config';

function gzipSize(file: string): number {
  // zlib's default level (6): what a typical server sends.
  return gzipSync(readFileSync(file)).length;
}

type Kind = 'js' | 'worker' | 'css' | 'html' | 'other';
interface ShippedFile {
  file: string;
  kind: Kind;
  raw: number;
  gzip: number;
}
export interface Shipped {
  files: ShippedFile[];
  totalGzip: number;
  totalRaw: number;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

function kindOf(file: string): Kind {
  if (/worker/i.test(path.basename(file)) && file.endsWith('.js')) return 'worker';
  if (file.endsWith('.js') || file.endsWith('.mjs')) return 'js';
  if (file.endsWith('.css')) return 'css';
  if (file.endsWith('.html')) return 'html';
  return 'other';
}

function shipped(dir: string): Shipped {
  const files = listFiles(dir)
    .map((full) => ({
      file: path.relative(root, full),
      kind: kindOf(full),
      raw: statSync(full).size,
      gzip: gzipSize(full),
    }))
    .sort((a, b) => b.gzip - a.gzip);
  return {
    files,
    totalGzip: files.reduce((sum, f) => sum + f.gzip, 0),
    totalRaw: files.reduce((sum, f) => sum + f.raw, 0),
  };
}

export interface Sizes {
  app: Shipped;
  floor: Shipped;
  maplibre: { js: number; css: number; total: number };
  /** maplibre-gl + the allowance above it. */
  budget: number;
}

/** Both builds as they are in dist/ and bench/dist-floor/, and the budget. */
export function measureSizes(noBuild: boolean): Sizes {
  // The smoke run reuses the tests' build: its size is the shipped size plus the few test hooks.
  const app = shipped(fromRoot(noBuild ? appDist : productionDist));
  const floor = shipped(fromRoot('bench/dist-floor'));
  const js = gzipSize(fromRoot('node_modules/maplibre-gl/dist/maplibre-gl.js'));
  const css = gzipSize(fromRoot('node_modules/maplibre-gl/dist/maplibre-gl.css'));
  const total = js + css;
  return { app, floor, maplibre: { js, css, total }, budget: total + targets.shippedOverMaplibre };
}

export interface DataFile {
  file: string;
  raw: number;
  gzip: number;
  importedBySrc: boolean;
}

/**
 * The geo and data files, for information: the app bundles the geo files it imports as text, and every
 * data file, parsed by the build (build/validatePlugin.ts, `virtual:huize-data`), into its JS chunks.
 */
export function geoAndData(): DataFile[] {
  const sources = [...listFiles(fromRoot('src')), fromRoot('vite.config.ts')]
    .filter((f) => /\.(ts|svelte|js)$/.test(f))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const candidates = [
    ...readdirSync(fromRoot('geo'))
      .filter((n) => n.endsWith('.geojson'))
      .map((n) => `geo/${n}`),
    ...readdirSync(fromRoot('data'))
      .filter((n) => n.endsWith('.json'))
      .map((n) => `data/${n}`),
  ];
  return candidates.map((file) => ({
    file,
    raw: statSync(fromRoot(file)).size,
    gzip: gzipSize(fromRoot(file)),
    importedBySrc: file.startsWith('data/') || sources.includes(file),
  }));
}
