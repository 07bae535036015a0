/**
 * `npm run bench:profile`: where a cold load's time goes, from a Chrome trace taken through CDP.
 *
 *   tsx bench/profile.ts [--page app|floor|labels] [--runs N] [--phone] [--no-build] [--trace FILE]
 *
 * Builds the app (with the test hooks, which mark the ready map) and the two floor pages with source maps
 * into bench/dist-profile*, serves them, and loads the chosen page N times (default 3) in fresh contexts
 * while tracing. For each stretch of the load (script downloaded → map created → map 'load' → ready) it
 * prints the busy time of the renderer's main thread, of MapLibre's worker and of the GPU process, and the
 * main thread's sampled JavaScript by origin, resolved through the source maps down to maplibre-gl's own
 * source files; then the functions with the most self time. Medians over the runs.
 * --phone: a 390×844 viewport at device scale 3 with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate).
 * --click: instead of the load, traces a click on a township until its panel is painted (the app only).
 * --trace FILE: also writes the last run's raw trace (open it in Chrome DevTools' Performance panel).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../tests/e2e/browser';
import { fromRoot, host, root } from './lib/config';
import { loadedPage, pageProfiles, type PageProfile } from './lib/page';
import { serve, stopServers, stopServersOnSignal } from './lib/servers';
import { median, round } from './lib/stats';
import { clickToPanel } from './lib/measure/click';
import { loadMs } from './lib/measure/load';
import {
  bucketOf,
  reportStretches,
  type Origin,
  type Resolve,
  type Stretch,
  type TraceEvent,
} from './lib/trace';

const { values: args } = parseArgs({
  options: {
    page: { type: 'string', default: 'app' },
    runs: { type: 'string', default: '3' },
    phone: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    trace: { type: 'string' },
    click: { type: 'boolean', default: false },
  },
});
const pages = {
  app: { dir: 'bench/dist-profile', file: '' },
  floor: { dir: 'bench/dist-profile-floor', file: 'floor.html' },
  labels: { dir: 'bench/dist-profile-floor', file: 'floor-labels.html' },
} as const;
const pageName = args.page as keyof typeof pages;
if (!(pageName in pages)) throw new Error(`--page must be one of ${Object.keys(pages).join(', ')}`);
const runs = Number(args.runs);
const profile: PageProfile = args.phone ? pageProfiles.phone : pageProfiles.desktop;
const port = 4185;

function build(): void {
  const steps: [string[], NodeJS.ProcessEnv][] = [
    [['vite', 'build', '--outDir', pages.app.dir, '--sourcemap'], { ...process.env, HUIZE_TEST_HOOKS: '1' }],
    [
      [
        'vite',
        'build',
        '--config',
        'bench/vite.floor.config.ts',
        '--outDir',
        'dist-profile-floor',
        '--sourcemap',
      ],
      process.env,
    ],
  ];
  for (const [argv, env] of steps) {
    console.log(`· npx ${argv.join(' ')}`);
    const result = spawnSync('npx', argv, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env });
    if (result.status !== 0) throw new Error(`npx ${argv.join(' ')} failed`);
  }
}

/** Source maps of the served scripts, and maplibre-gl's own map beneath them, loaded once. */
function resolver(dir: string) {
  const maps = new Map<string, TraceMap>();
  for (const name of readdirSync(fromRoot(dir, 'assets')).filter((n) => n.endsWith('.js.map')))
    maps.set(name.replace(/\.map$/, ''), new TraceMap(readFileSync(fromRoot(dir, 'assets', name), 'utf8')));
  const maplibre = new TraceMap(
    readFileSync(fromRoot('node_modules/maplibre-gl/dist/maplibre-gl.js.map'), 'utf8'),
  );
  return (frame: { functionName: string; url: string; lineNumber: number; columnNumber: number }): Origin => {
    const name = frame.functionName || '(anonymous)';
    if (!frame.url) return { bucket: name.startsWith('(') ? name : '(native)', where: name };
    if (frame.url.startsWith('blob:')) return { bucket: 'maplibre-gl worker', where: name };
    const map = maps.get(path.basename(new URL(frame.url).pathname));
    if (!map) return { bucket: path.basename(frame.url), where: `${name} @ ${frame.url}` };
    let at = originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
    let source = at.source ?? '?';
    if (source.includes('maplibre-gl/dist/maplibre-gl.js') && at.line !== null) {
      const inner = originalPositionFor(maplibre, { line: at.line, column: at.column ?? 0 });
      if (inner.source) {
        at = inner;
        source = `maplibre-gl/${inner.source.replace(/^(\.\.\/)+/, '')}`;
        const file = source.replace(/^maplibre-gl\/(node_modules\/)?/, '');
        const bucket = source.includes('/node_modules/')
          ? `maplibre-gl › ${bucketOf(`node_modules/${file}`)}`
          : `maplibre-gl › ${path.dirname(file)}`;
        return { bucket, where: `${at.name ?? name} @ ${file}:${at.line}` };
      }
    }
    return {
      bucket: bucketOf(source),
      where: `${at.name ?? name} @ ${source.replace(/^(\.\.\/)+/, '')}:${at.line}`,
    };
  };
}

const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
  'toplevel',
];

/** Stops the trace of `page`: its events, and the page's marks (performance.now() of each). */
async function finishTrace(browser: Browser, page: Page) {
  const raw = await browser.stopTracing();
  const parsed = JSON.parse(raw.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const marks = await page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
  );
  return { events, marks, raw };
}

/** A traced cold load, and when its main script had downloaded (as the bench measures it). */
async function tracedLoad(browser: Browser, url: string) {
  return loadedPage(browser, url, profile, async (page) => {
    await browser.startTracing(page, { categories });
    return async () => ({ ...(await finishTrace(browser, page)), script: (await loadMs(page)).scriptMs });
  });
}

/** The app loaded untraced, then a traced click on a township until its panel is painted. */
async function tracedClick(browser: Browser, url: string) {
  return loadedPage(browser, url, profile, async (page) => async () => {
    await browser.startTracing(page, { categories });
    await clickToPanel(page);
    return finishTrace(browser, page);
  });
}

async function clickRuns(browser: Browser, url: string, resolve: Resolve) {
  const reports: ReturnType<typeof reportStretches>[] = [];
  for (let i = 0; i < runs; i++) {
    const { events, marks, raw } = await tracedClick(browser, url);
    const anchor = events.find((e) => e.name === 'bench:click' && e.cat?.includes('blink.user_timing'));
    if (!anchor || marks['bench:click'] === undefined) throw new Error('no bench:click mark in the trace');
    const stretch = {
      name: 'click → panel painted',
      from: anchor.ts,
      to: anchor.ts + (marks['bench:panel']! - marks['bench:click']) * 1000,
    };
    reports.push(reportStretches(events, anchor.pid, [stretch], resolve));
    console.log(`· run ${i + 1}/${runs}: ${round(marks['bench:panel']! - marks['bench:click'])} ms`);
    if (args.trace && i === runs - 1) writeFileSync(args.trace, raw);
  }
  return reports;
}

async function main(): Promise<void> {
  if (!args['no-build']) build();
  const { dir, file } = pages[pageName];
  await serve(dir, port, file);
  const url = `http://${host}:${port}/${file}`;
  const resolve = resolver(dir);
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
  const reports: ReturnType<typeof reportStretches>[] = [];
  try {
    if (args.click) {
      reports.push(...(await clickRuns(browser, url, resolve)));
      return;
    }
    for (let i = 0; i < runs; i++) {
      const { events, marks, script, raw } = await tracedLoad(browser, url);
      // A mark's trace timestamp minus its performance.now() is the navigation start, in trace time.
      const anchor = events.find((e) => e.name === 'bench:ready' && e.cat?.includes('blink.user_timing'));
      if (!anchor || marks['bench:ready'] === undefined) throw new Error('no bench:ready mark in the trace');
      const origin = anchor.ts - marks['bench:ready'] * 1000;
      const at = (ms: number) => origin + ms * 1000;
      const cuts: [string, number][] = [
        ['navigation → script downloaded', 0],
        ['script → map created', script],
        ["map created → map 'load'", marks['bench:map-created']!],
        ["map 'load' → ready", marks['bench:map-load']!],
        ['', marks['bench:ready']],
      ];
      const stretches: Stretch[] = cuts.slice(0, -1).map(([name, from], k) => ({
        name,
        from: at(from),
        to: at(cuts[k + 1]![1]),
      }));
      reports.push(reportStretches(events, anchor.pid, stretches, resolve));
      console.log(`· run ${i + 1}/${runs}: ready at ${round(marks['bench:ready'])} ms`);
      if (args.trace && i === runs - 1) writeFileSync(args.trace, raw);
    }
  } finally {
    await browser.close();
    stopServers();
    if (reports.length) print(reports);
  }
}

function print(reports: ReturnType<typeof reportStretches>[]): void {
  const med = (xs: number[]) => round(median(xs));
  const first = reports[0]!;
  console.log(
    `\n${pageName}${args.phone ? ' (phone: 390×844, 4× CPU slowdown)' : ''}, medians of ${runs} run(s)\n`,
  );
  first.stretches.forEach((stretch, k) => {
    const all = reports.map((r) => r.stretches[k]!);
    const busy = (kind: string) => med(all.map((s) => s.busyMs[kind] ?? 0));
    console.log(
      `${stretch.name}: ${med(all.map((s) => s.ms))} ms — busy: main ${busy('main')}, worker ${busy('worker')}, gpu ${busy('gpu')} ms`,
    );
    const natives = Object.keys(Object.assign({}, ...all.map((s) => s.native)) as object);
    const native = natives
      .map((n) => [n, med(all.map((s) => s.native[n] ?? 0))] as const)
      .filter(([, ms]) => ms >= 2)
      .sort((a, b) => b[1] - a[1]);
    if (native.length)
      console.log(`    main thread, browser steps: ${native.map(([n, ms]) => `${n} ${ms} ms`).join(', ')}`);
    const origins = new Set(all.flatMap((s) => s.mainByOrigin.map(([o]) => o)));
    const rows = [...origins]
      .map((o) => [o, med(all.map((s) => s.mainByOrigin.find(([x]) => x === o)?.[1] ?? 0))] as const)
      .filter(([, ms]) => ms >= 2)
      .sort((a, b) => b[1] - a[1]);
    console.log('    main thread, sampled JavaScript by origin ((program): the browser outside JavaScript):');
    for (const [o, ms] of rows) console.log(`    ${String(ms).padStart(7)} ms  ${o}`);
  });
  const names = new Set(reports.flatMap((r) => r.functions.slice(0, 60).map(([f]) => f)));
  const top = [...names]
    .map((f) => [f, med(reports.map((r) => r.functions.find(([x]) => x === f)?.[1] ?? 0))] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 30);
  console.log('\nmain thread, self time by function (navigation → ready):');
  for (const [f, ms] of top) console.log(`    ${String(ms).padStart(7)} ms  ${f}`);
}

main().catch((error: unknown) => {
  stopServers();
  console.error(`profile failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
stopServersOnSignal();
