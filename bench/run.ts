/**
 * `npm run bench`: the app against the physical floor of its stack (bench/floor.html: MapLibre, the same geo
 * files, one fill layer, no framework), in real Chromium, alternating app and floor in fresh contexts.
 * Prints a table and writes bench/results.json. A benchmark, not a test: it exits non-zero only when the
 * benchmark itself breaks (a build or page fails, a selector is missing), never because of a timing.
 *
 *   tsx bench/run.ts [--runs N] [--no-build] [--out FILE]
 *
 * --runs N      measured runs per page (default 7), after one warm-up of each when N > 1
 * --no-build    reuse the app's dist/ (the smoke run: `npm run test:e2e` has just built it); the floor is
 *               always built, it is small
 * --out FILE    where to write the results; by default bench/results.json, and only for a full run (≥ 7),
 *               so a smoke run never overwrites the committed numbers
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../tests/e2e/browser';

declare global {
  interface Window {
    /** performance.now() when __mapReady first became true (set by the probe below). */
    __mapReadyAt?: number;
    /** performance.now() when the page first set window.__map (just after new Map()) and at its 'load'. */
    __mapCreatedAt?: number;
    __mapLoadAt?: number;
    __benchClick?: Promise<{ t0: number; t1: number }>;
    __benchSwitch?: Promise<{ ms: number; code: string } | null>;
    __benchExportAt?: number;
  }
}

const root = fileURLToPath(new URL('..', import.meta.url));
const appPort = 4183;
const floorPort = 4184;
const host = '127.0.0.1';
const appUrl = `http://${host}:${appPort}/`;
const floorUrl = `http://${host}:${floorPort}/floor.html`;
const viewport = { width: 1366, height: 768 };
const fullRuns = 7;
const pageTimeout = 30_000;
const kB = 1000;

const targets = {
  loadRatio: 1.15,
  clickMs: 50,
  switchMs: 50,
  shippedOverMaplibre: 90 * kB,
  exportRatio: 1.3,
};

// ---------------------------------------------------------------------------------------------- arguments

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: String(fullRuns) },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a positive integer, not ${args.runs}`);
const outFile =
  args.out !== undefined
    ? path.resolve(args.out)
    : runs >= fullRuns
      ? path.join(root, 'bench/results.json')
      : undefined;

// ------------------------------------------------------------------------------------------------ helpers

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function gzipSize(file: string): number {
  // zlib's default level (6): what a typical server sends.
  return gzipSync(readFileSync(file)).length;
}

function run(command: string, argv: string[], what: string): void {
  console.log(`· ${what}…`);
  const result = spawnSync(command, argv, { cwd: root, encoding: 'utf8', stdio: 'pipe' });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`${what} failed (${command} ${argv.join(' ')} exited ${result.status ?? result.signal})`);
  }
}

// ---------------------------------------------------------------------------------------------------- sizes

type Kind = 'js' | 'worker' | 'css' | 'html' | 'other';
interface ShippedFile {
  file: string;
  kind: Kind;
  raw: number;
  gzip: number;
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

function shipped(dir: string): { files: ShippedFile[]; totalGzip: number; totalRaw: number } {
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

/**
 * The geo and data files, for information: the app bundles the geo files it imports as text, and every
 * data file, parsed by the build (build/validatePlugin.ts, `virtual:huize-data`), into its JS chunks.
 */
function geoAndData(): { file: string; raw: number; gzip: number; importedBySrc: boolean }[] {
  const sources = [...listFiles(path.join(root, 'src')), path.join(root, 'vite.config.ts')]
    .filter((f) => /\.(ts|svelte|js)$/.test(f))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const candidates = [
    ...readdirSync(path.join(root, 'geo'))
      .filter((n) => n.endsWith('.geojson'))
      .map((n) => `geo/${n}`),
    ...readdirSync(path.join(root, 'data'))
      .filter((n) => n.endsWith('.json'))
      .map((n) => `data/${n}`),
  ];
  return candidates.map((file) => ({
    file,
    raw: statSync(path.join(root, file)).size,
    gzip: gzipSize(path.join(root, file)),
    importedBySrc: file.startsWith('data/') || sources.includes(file),
  }));
}

// -------------------------------------------------------------------------------------------------- servers

const servers: ChildProcess[] = [];

function startServer(extra: string[], port: number): ChildProcess {
  // Own process group, so the whole `npx → node vite` tree goes when we stop it by that group's id.
  const child = spawn(
    'npx',
    ['vite', 'preview', ...extra, '--host', host, '--port', String(port), '--strictPort'],
    {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  child.on('exit', (code) => {
    if (code) console.error(`vite preview on port ${port} exited ${code}:\n${output}`);
  });
  servers.push(child);
  return child;
}

async function waitForServer(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server for ${url} exited (is the port in use?)`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no answer from ${url} within 30 s`);
}

function stopServers(): void {
  for (const child of servers) {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  }
  servers.length = 0;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopServers();
    process.exit(130);
  });
}

// ---------------------------------------------------------------------------------------------------- pages

/**
 * Fresh context per run (own cache, own storage), with two init scripts: a shim for the `__name` helper
 * that tsx's esbuild adds to functions passed to page.evaluate, and a probe that stamps performance.now()
 * the moment the page sets window.__mapReady = true — the same probe for app and floor, and no polling lag.
 */
async function openPage(browser: Browser, url: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await context.addInitScript(() => {
    let ready = false;
    Object.defineProperty(window, '__mapReady', {
      configurable: true,
      get: () => ready,
      set: (value: boolean) => {
        ready = value;
        if (value === true && window.__mapReadyAt === undefined) window.__mapReadyAt = performance.now();
      },
    });
    // Both pages set window.__map right after creating the map: where the load time goes, for the README.
    let map: Window['__map'];
    Object.defineProperty(window, '__map', {
      configurable: true,
      get: () => map,
      set: (value: Window['__map']) => {
        map = value;
        if (value && window.__mapCreatedAt === undefined) {
          window.__mapCreatedAt = performance.now();
          value.once('load', () => (window.__mapLoadAt = performance.now()));
        }
      },
    });
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const u = new URL(request.url());
    if (u.protocol !== 'data:' && u.protocol !== 'blob:' && u.hostname !== host && u.hostname !== 'localhost')
      problems.push(`request off localhost: ${request.url()}`);
  });
  const response = await page.goto(url);
  if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
  try {
    await page.waitForFunction(() => window.__mapReadyAt !== undefined, undefined, { timeout: pageTimeout });
  } catch {
    throw new Error(
      `${url}: window.__mapReady never became true (${problems.join('; ') || 'no page error'})`,
    );
  }
  if (problems.length) throw new Error(`${url}: ${problems.join('; ')}`);
  return { context, page };
}

interface LoadTimes {
  ms: number;
  /** navigation start → the main script downloaded */
  scriptMs: number;
  /** → new Map() (the app: module evaluation, data join, the UI mounted) */
  createdMs: number;
  /** → the map's 'load' (style ready) */
  loadEventMs: number;
}

async function loadMs(page: Page): Promise<LoadTimes> {
  // performance.now() counts from the navigation start of the document.
  return page.evaluate(() => {
    const script = performance
      .getEntriesByType('resource')
      .find((r) => (r as PerformanceResourceTiming).initiatorType === 'script') as
      PerformanceResourceTiming | undefined;
    return {
      ms: window.__mapReadyAt!,
      scriptMs: script?.responseEnd ?? NaN,
      createdMs: window.__mapCreatedAt ?? NaN,
      loadEventMs: window.__mapLoadAt ?? NaN,
    };
  });
}

/** Main-thread JS heap after a full GC (the map's web workers have their own heaps, not counted). */
async function heapBytes(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** A point inside the township with the most drawn area, clear of site symbols and of panels over the map. */
async function clickTarget(page: Page): Promise<{ code: string; x: number; y: number }> {
  const found = await page.evaluate(() => {
    const map = window.__map!;
    for (const layer of ['township-fill', 'site-symbols'])
      if (!map.getLayer(layer)) return { error: `layer '${layer}' is missing` };
    const canvas = map.getCanvas();
    const rect = canvas.getBoundingClientRect();
    const step = 12;
    const hits = new Map<string, { x: number; y: number }[]>();
    for (let y = step; y < canvas.clientHeight - step; y += step) {
      for (let x = step; x < canvas.clientWidth - step; x += step) {
        const top = map.queryRenderedFeatures([x, y], { layers: ['township-fill'] })[0];
        if (!top) continue;
        const code = String(top.id ?? top.properties.code);
        hits.set(code, [...(hits.get(code) ?? []), { x, y }]);
      }
    }
    const ranked = [...hits.entries()].sort((a, b) => b[1].length - a[1].length);
    for (const [code, points] of ranked) {
      const cx = points.reduce((s, p) => s + p.x, 0) / points.length;
      const cy = points.reduce((s, p) => s + p.y, 0) / points.length;
      const byCentre = [...points].sort(
        (a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy),
      );
      for (const p of byCentre) {
        const box: [[number, number], [number, number]] = [
          [p.x - 14, p.y - 14],
          [p.x + 14, p.y + 14],
        ];
        if (map.queryRenderedFeatures(box, { layers: ['site-symbols'] }).length) continue;
        const x = rect.left + p.x;
        const y = rect.top + p.y;
        if (document.elementFromPoint(x, y) !== canvas) continue;
        return { code, x, y };
      }
    }
    return { error: 'no township fill drawn where a click would reach the map' };
  });
  if ('error' in found) throw new Error(`click → panel: ${found.error}`);
  return found;
}

/** Click → panel painted: t0 in a capture-phase click listener, t1 at the first frame after the panel appears. */
async function clickToPanel(page: Page): Promise<{ ms: number; code: string }> {
  const target = await clickTarget(page);
  await page.evaluate((code) => {
    const selector = `[data-testid="township-panel"][data-code="${CSS.escape(code)}"]`;
    window.__benchClick = new Promise((resolve, reject) => {
      let t0: number | undefined;
      window.addEventListener('click', () => (t0 ??= performance.now()), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (t0 === undefined || !document.querySelector(selector)) return;
        observer.disconnect();
        const start = t0;
        requestAnimationFrame(() => resolve({ t0: start, t1: performance.now() }));
      });
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['data-code'],
      });
      setTimeout(() => {
        observer.disconnect();
        reject(new Error(`${selector} did not appear within 10 s of the click`));
      }, 10_000);
    });
  }, target.code);
  await page.mouse.click(target.x, target.y);
  const { t0, t1 } = await page.evaluate(() => window.__benchClick!);
  return { ms: t1 - t0, code: target.code };
}

/**
 * Metric switch → fill repainted: t0 in a capture-phase change listener, t1 at the first map 'render' after
 * which some township's feature-state `fill` differs from before. If a metric happens to colour every
 * township as the current one does, the next metric is tried.
 */
async function metricSwitch(page: Page): Promise<{ ms: number; from: string; to: string }> {
  const select = page.locator('[data-testid="metric-select"]');
  if ((await select.count()) !== 1)
    throw new Error('metric switch: [data-testid="metric-select"] is missing');
  const from = await select.inputValue();
  const options = await select
    .locator('option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  for (const to of options.filter((v) => v !== from)) {
    await page.evaluate(() => {
      const map = window.__map!;
      const codes = [
        ...new Set(map.querySourceFeatures('townships').map((f) => String(f.id ?? f.properties.code))),
      ];
      const fillOf = (code: string) =>
        JSON.stringify(map.getFeatureState({ source: 'townships', id: code }).fill ?? null);
      const before = new Map(codes.map((c) => [c, fillOf(c)]));
      window.__benchSwitch = new Promise((resolve) => {
        let t0: number | undefined;
        document.addEventListener('change', () => (t0 ??= performance.now()), { capture: true, once: true });
        const onRender = () => {
          if (t0 === undefined) return;
          const changed = codes.find((c) => fillOf(c) !== before.get(c));
          if (changed === undefined) return;
          map.off('render', onRender);
          resolve({ ms: performance.now() - t0, code: changed });
        };
        map.on('render', onRender);
        setTimeout(() => {
          map.off('render', onRender);
          resolve(null);
        }, 5_000);
      });
    });
    await select.selectOption(to);
    const result = await page.evaluate(() => window.__benchSwitch!);
    if (result) return { ms: result.ms, from, to };
  }
  throw new Error(
    `metric switch: no township's feature-state 'fill' on source 'townships' changed for any metric (from ${from})`,
  );
}

/**
 * The app's own export, driven as a user would: 1920×1080 at 3× in the export dialog. t0 in a capture-phase
 * click listener on "export", t1 when the app has the PNG blob (window.__exportBlobAt, set in
 * src/export/exportView.ts). The first export of a page, so loading the exporter's chunk is included.
 */
async function appExport(page: Page): Promise<{ ms: number; canvas: string; pngBytes: number }> {
  await page.getByTestId('export-open').click();
  await page.getByTestId('export-frame').selectOption('hd');
  await page.getByTestId('export-scale-3').check();
  await page.evaluate(() => {
    window.__exportBlobAt = undefined;
    window.__lastExport = undefined;
    window.__benchExportAt = undefined;
    window.addEventListener('click', () => (window.__benchExportAt ??= performance.now()), {
      capture: true,
      once: true,
    });
  });
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByTestId('export-run').click(),
  ]);
  const file = await download.path();
  const result = await page.evaluate(() => ({
    t0: window.__benchExportAt,
    t1: window.__exportBlobAt,
    width: window.__lastExport?.width,
    height: window.__lastExport?.height,
  }));
  if (result.t0 === undefined || result.t1 === undefined || result.width === undefined)
    throw new Error('export: the click or the PNG was not recorded (window.__exportBlobAt, __lastExport)');
  return {
    ms: result.t1 - result.t0,
    canvas: `${result.width}×${result.height}`,
    pngBytes: statSync(file).size,
  };
}

interface AppSample {
  loadMs: number;
  loadPhases: LoadTimes;
  heapBytes: number;
  clickMs: number;
  switchMs: number;
  clickedCode: string;
  switched: string;
  exportMs: number;
  exportCanvas: string;
  exportPngBytes: number;
}
interface FloorSample {
  loadMs: number;
  loadPhases: LoadTimes;
  heapBytes: number;
  exportMs: number;
  exportSettleMs: number;
  exportCanvas: string;
  exportPngBytes: number;
}

async function appRun(browser: Browser): Promise<AppSample> {
  const { context, page } = await openPage(browser, appUrl);
  try {
    const load = await loadMs(page);
    const heap = await heapBytes(context, page);
    const click = await clickToPanel(page);
    const sw = await metricSwitch(page);
    const exported = await appExport(page);
    return {
      loadMs: load.ms,
      loadPhases: load,
      heapBytes: heap,
      clickMs: click.ms,
      switchMs: sw.ms,
      clickedCode: click.code,
      switched: `${sw.from}→${sw.to}`,
      exportMs: exported.ms,
      exportCanvas: exported.canvas,
      exportPngBytes: exported.pngBytes,
    };
  } finally {
    await context.close();
  }
}

async function floorRun(browser: Browser): Promise<FloorSample> {
  const { context, page } = await openPage(browser, floorUrl);
  try {
    const load = await loadMs(page);
    const heap = await heapBytes(context, page);
    const capture = await page.evaluate(() => window.__floorExport!());
    return {
      loadMs: load.ms,
      loadPhases: load,
      heapBytes: heap,
      exportMs: capture.ms,
      exportSettleMs: capture.settleMs,
      exportCanvas: `${capture.width}×${capture.height}`,
      exportPngBytes: capture.bytes,
    };
  } finally {
    await context.close();
  }
}

async function glRenderer(browser: Browser): Promise<string> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    return await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
      if (!gl) return 'no WebGL';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    });
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------------- report

type Status = 'met' | 'MISSED' | 'n/a';
const status = (ok: boolean | undefined): Status => (ok === undefined ? 'n/a' : ok ? 'met' : 'MISSED');
const stats = (xs: number[]) => ({ runs: xs.map((x) => round(x)), median: round(median(xs)) });
const ms = (x: number) => `${round(x)} ms`;
const mb = (x: number) => `${round(x / 1e6)} MB`;
const kb = (x: number) => `${round(x / kB)} kB`;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell + ' '.repeat(widths[i]! - [...cell].length))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

// ------------------------------------------------------------------------------------------------------ main

async function main(): Promise<void> {
  const started = Date.now();
  if (!args['no-build']) run('npx', ['vite', 'build'], 'building the app (vite build)');
  if (!existsSync(path.join(root, 'dist/index.html')))
    throw new Error('dist/index.html is missing: build the app first (npx vite build), or drop --no-build');
  run(
    'npx',
    ['vite', 'build', '--config', 'bench/vite.floor.config.ts'],
    'building the floor (bench/floor.html)',
  );

  const appSizes = shipped(path.join(root, 'dist'));
  const floorSizes = shipped(path.join(root, 'bench/dist-floor'));
  const maplibreJs = gzipSize(path.join(root, 'node_modules/maplibre-gl/dist/maplibre-gl.js'));
  const maplibreCss = gzipSize(path.join(root, 'node_modules/maplibre-gl/dist/maplibre-gl.css'));
  const maplibre = maplibreJs + maplibreCss;
  const budget = maplibre + targets.shippedOverMaplibre;

  console.log(`· serving the app on ${appUrl} and the floor on ${floorUrl}…`);
  const appServer = startServer([], appPort);
  const floorServer = startServer(['--config', 'bench/vite.floor.config.ts'], floorPort);
  await Promise.all([waitForServer(appUrl, appServer), waitForServer(floorUrl, floorServer)]);

  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
  const app: AppSample[] = [];
  const floor: FloorSample[] = [];
  const chromiumVersion = browser.version();
  let renderer: string;
  try {
    renderer = await glRenderer(browser);
    if (runs > 1) {
      // One of each first, so disk caches, the JIT of the browser process and the servers are warm.
      console.log('· warm-up…');
      await appRun(browser);
      await floorRun(browser);
    }
    for (let i = 0; i < runs; i++) {
      // Alternating, so drift in the machine's load hits both pages alike.
      app.push(await appRun(browser));
      floor.push(await floorRun(browser));
      const a = app.at(-1)!;
      const f = floor.at(-1)!;
      console.log(
        `· run ${i + 1}/${runs}: load app ${ms(a.loadMs)} / floor ${ms(f.loadMs)}, click ${ms(a.clickMs)}, ` +
          `switch ${ms(a.switchMs)}, 3× export app ${ms(a.exportMs)} / floor ${ms(f.exportMs)}`,
      );
    }
  } finally {
    await browser.close();
    stopServers();
  }

  const load = { app: stats(app.map((s) => s.loadMs)), floor: stats(floor.map((s) => s.loadMs)) };
  /** Medians of each stretch of the load: script downloaded, map created, style loaded, first idle. */
  const phases = (samples: { loadPhases: LoadTimes }[]) => {
    const stretch = (f: (t: LoadTimes) => number) => round(median(samples.map((s) => f(s.loadPhases))));
    return {
      navigationToScript: stretch((t) => t.scriptMs),
      scriptToMapCreated: stretch((t) => t.createdMs - t.scriptMs),
      mapCreatedToLoadEvent: stretch((t) => t.loadEventMs - t.createdMs),
      loadEventToReady: stretch((t) => t.ms - t.loadEventMs),
    };
  };
  const loadPhases = { app: phases(app), floor: phases(floor) };
  const heap = { app: median(app.map((s) => s.heapBytes)), floor: median(floor.map((s) => s.heapBytes)) };
  const click = stats(app.map((s) => s.clickMs));
  const sw = stats(app.map((s) => s.switchMs));
  const exp = { app: stats(app.map((s) => s.exportMs)), floor: stats(floor.map((s) => s.exportMs)) };
  const exportCanvas = {
    app: [...new Set(app.map((s) => s.exportCanvas))].join(', '),
    floor: [...new Set(floor.map((s) => s.exportCanvas))].join(', '),
  };
  const loadRatio = load.app.median / load.floor.median;
  const exportRatio = exp.app.median / exp.floor.median;

  const verdicts = {
    load: status(loadRatio <= targets.loadRatio),
    click: status(click.median <= targets.clickMs),
    switch: status(sw.median <= targets.switchMs),
    shipped: status(appSizes.totalGzip <= budget),
    export: status(exportRatio <= targets.exportRatio),
  };

  const rows = [
    ['metric', 'app (median)', 'floor (median)', 'app/floor', 'target', 'result'],
    [
      'cold load → map idle + choropleth',
      ms(load.app.median),
      ms(load.floor.median),
      `${round(loadRatio, 2)}×`,
      `≤ ${targets.loadRatio} × floor`,
      verdicts.load,
    ],
    ...(
      [
        ['navigationToScript', '  of which: navigation → script downloaded'],
        ['scriptToMapCreated', '  script → map created (app: data, UI mounted)'],
        ['mapCreatedToLoadEvent', "  map created → map 'load' (style)"],
        ['loadEventToReady', "  map 'load' → layers drawn, idle"],
      ] as const
    ).map(([key, label]) => [
      label,
      ms(loadPhases.app[key]),
      ms(loadPhases.floor[key]),
      `${round(loadPhases.app[key] / loadPhases.floor[key], 2)}×`,
      '',
      '',
    ]),
    ['click → panel painted', ms(click.median), '–', '–', `≤ ${targets.clickMs} ms`, verdicts.click],
    ['metric switch → fill repainted', ms(sw.median), '–', '–', `≤ ${targets.switchMs} ms`, verdicts.switch],
    [
      `3× export of 1920×1080 (${exportCanvas.app})`,
      ms(exp.app.median),
      ms(exp.floor.median),
      `${round(exportRatio, 2)}×`,
      `≤ ${targets.exportRatio} × floor`,
      verdicts.export,
    ],
    [
      'JS heap after load (main thread)',
      mb(heap.app),
      mb(heap.floor),
      `${round(heap.app / heap.floor, 2)}×`,
      '–',
      '–',
    ],
    [
      'everything shipped (gzip)',
      kb(appSizes.totalGzip),
      kb(floorSizes.totalGzip),
      `${round(appSizes.totalGzip / floorSizes.totalGzip, 2)}×`,
      `≤ maplibre-gl ${kb(maplibre)} + 90 kB = ${kb(budget)}`,
      verdicts.shipped,
    ],
  ];
  const sizeRows = [
    ['shipped file (app)', 'kind', 'raw', 'gzip'],
    ...appSizes.files.map((f) => [f.file, f.kind, kb(f.raw), kb(f.gzip)]),
    ['maplibre-gl.js (node_modules, reference)', 'js', '', kb(maplibreJs)],
    ['maplibre-gl.css (node_modules, reference)', 'css', '', kb(maplibreCss)],
  ];
  const geo = geoAndData();
  const geoRows = [
    ['geo/data file (for information)', 'bundled in the JS', 'raw', 'gzip'],
    ...geo.map((f) => [f.file, f.importedBySrc ? 'yes' : 'no', kb(f.raw), kb(f.gzip)]),
  ];

  console.log(
    `\n${runs} run(s) each after ${runs > 1 ? 'one warm-up' : 'no warm-up'}, medians; ${renderer}\n`,
  );
  console.log(table(rows));
  console.log(`\n${table(sizeRows)}\n\n${table(geoRows)}\n`);
  console.log(
    'Geo files (as text) and data files (as the build parsed them) are bundled into the app JS chunks, so they ' +
      'are inside its gzip size above.',
  );

  const results = {
    date: new Date().toISOString(),
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      memoryGB: round(os.totalmem() / 1e9),
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      chromium: chromiumVersion,
      webgl: renderer,
    },
    settings: {
      runs,
      warmUp: runs > 1 ? 1 : 0,
      viewport,
      build: args['no-build'] ? 'reused dist/' : 'fresh vite build',
      gzip: 'zlib default level (6)',
      durationSeconds: round((Date.now() - started) / 1000),
    },
    metrics: {
      load: {
        what: 'navigation start → window.__mapReady === true (first idle with all layers), performance.now()',
        unit: 'ms',
        ...load,
        ratio: round(loadRatio, 3),
        phases: {
          what: 'medians of each stretch: navigation → main script downloaded → new Map() → map load → ready',
          ...loadPhases,
        },
        target: `app ≤ ${targets.loadRatio} × floor`,
        status: verdicts.load,
      },
      clickToPanel: {
        what: 'capture-phase click → first requestAnimationFrame after the township panel appears',
        unit: 'ms',
        app: click,
        clicked: app.map((s) => s.clickedCode),
        target: `≤ ${targets.clickMs} ms`,
        status: verdicts.click,
      },
      metricSwitch: {
        what: "capture-phase change on the metric select → first map 'render' with a changed feature-state fill",
        unit: 'ms',
        app: sw,
        switched: app.map((s) => s.switched),
        target: `≤ ${targets.switchMs} ms`,
        status: verdicts.switch,
      },
      export3x: {
        what:
          'app: click on export (1920×1080, 3×) → composed PNG blob; floor: resize the map to 1920×1080 at ' +
          "pixel ratio 3 → idle → canvas.toBlob inside 'render'",
        unit: 'ms',
        app: { ...exp.app, canvas: exportCanvas.app, pngBytes: app.map((s) => s.exportPngBytes) },
        floor: {
          ...exp.floor,
          canvas: exportCanvas.floor,
          settleMs: stats(floor.map((s) => s.exportSettleMs)),
          pngBytes: floor.map((s) => s.exportPngBytes),
        },
        ratio: round(exportRatio, 3),
        target: `app ≤ ${targets.exportRatio} × floor`,
        status: verdicts.export,
      },
      heapAfterLoad: {
        what: 'main-thread JS heap after a forced GC (CDP Runtime.getHeapUsage); map workers not counted',
        unit: 'bytes',
        app: { runs: app.map((s) => s.heapBytes), median: heap.app },
        floor: { runs: floor.map((s) => s.heapBytes), median: heap.floor },
        ratio: round(heap.app / heap.floor, 3),
      },
    },
    sizes: {
      unit: 'bytes',
      app: appSizes,
      floor: floorSizes,
      maplibre: { js: maplibreJs, css: maplibreCss, total: maplibre },
      budget,
      target: 'everything shipped ≤ maplibre-gl (dist js + css, gzip) + 90 kB',
      status: verdicts.shipped,
      geoAndData: geo,
    },
  };
  if (outFile) {
    writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`Wrote ${path.relative(process.cwd(), outFile) || outFile}`);
  } else {
    console.log(
      `Results not written (${runs} < ${fullRuns} runs: a smoke run; pass --out FILE to keep them).`,
    );
  }
}

main().catch((error: unknown) => {
  stopServers();
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
