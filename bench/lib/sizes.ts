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

/**
 * The files a page loads before anything is clicked: what its HTML references (scripts, stylesheets,
 * module preloads), then every static `import … from "./x.js"` of those scripts, transitively. Dynamic
 * `import("./x.js")` chunks (the table, the exporters…) load on first use and are left out.
 */
export function firstViewFiles(dir: string, html: string): string[] {
  const seen = new Set<string>([path.join(dir, html)]);
  const queue = [
    ...readFileSync(path.join(dir, html), 'utf8').matchAll(/(?:src|href)="\.?\/?([^"]+\.(?:js|css))"/g),
  ].map((m) => path.join(dir, m[1]!));
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)"(\.\/[^"]+\.js)"/g))
      queue.push(path.join(path.dirname(file), m[1]!));
  }
  return [...seen];
}

/** The one-file page the hosted build carries for "save this map as one file" (fetched only then): the same app again, not shipped to a viewer. */
const oneFilePage = 'one-file.html';

function shipped(dir: string, html?: string): Shipped {
  const only = html ? new Set(firstViewFiles(dir, html)) : undefined;
  const files = listFiles(dir)
    .filter((full) => path.basename(full) !== oneFilePage)
    .filter((full) => !only || only.has(full))
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
  /** everything in the app's build: what a user may ever download */
  app: Shipped;
  /** of it, what the first view loads (index.html and its static imports) */
  appFirstView: Shipped;
  floor: Shipped;
  maplibre: { js: number; css: number; total: number };
  /** maplibre-gl + the allowance above it. */
  budget: number;
}

/** Both builds as they are in dist/ and bench/dist-floor/, and the budget. */
export function measureSizes(noBuild: boolean): Sizes {
  // The smoke run reuses the tests' build: its size is the shipped size plus the few test hooks.
  const dir = fromRoot(noBuild ? appDist : productionDist);
  const app = shipped(dir);
  const appFirstView = shipped(dir, 'index.html');
  // bench/dist-floor holds both reference pages; the floor's size is its own page's files.
  const floor = shipped(fromRoot('bench/dist-floor'), 'floor.html');
  const js = gzipSize(fromRoot('node_modules/maplibre-gl/dist/maplibre-gl.js'));
  const css = gzipSize(fromRoot('node_modules/maplibre-gl/dist/maplibre-gl.css'));
  const total = js + css;
  return {
    app,
    appFirstView,
    floor,
    maplibre: { js, css, total },
    budget: total + targets.shippedOverMaplibre,
  };
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

/**
 * Throws unless the files the app fetched before its map was ready are exactly those its HTML and static
 * imports name (firstViewFiles), so the "first view" size is what a first view really downloads.
 */
export function checkFirstView(fetched: readonly string[]): void {
  const expected = firstViewFiles(fromRoot(appDist), 'index.html')
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => path.basename(f))
    .sort();
  const got = [...new Set(fetched.map((f) => path.basename(f)))].sort();
  if (JSON.stringify(expected) !== JSON.stringify(got))
    throw new Error(
      `the first view fetched ${got.join(', ')}; its HTML and imports name ${expected.join(', ')}`,
    );
}
