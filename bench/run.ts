/**
 * `npm run bench`: the app against the physical floor of its stack (bench/floor.html: MapLibre, the same geo
 * files, one fill layer, no framework) and against "floor + labels" (bench/floor-labels.html: the floor plus
 * the app's base-map lines and Chinese labels), in real Chromium, taking turns in fresh contexts; each run
 * also loads the three on a phone profile (390×844 at 3×, CPU 4× slower through CDP).
 * Prints a table and writes bench/results.json. A benchmark, not a test: it exits non-zero only when the
 * benchmark itself breaks (a build or page fails, a selector is missing), never because of a timing.
 *
 *   tsx bench/run.ts [--runs N] [--no-build] [--no-phone] [--desk] [--docx] [--atlas] [--reader] [--out FILE]
 *
 * --runs N      measured runs per page (default 7), after one warm-up of each when N > 1
 * --no-build    reuse dist-e2e/ (the smoke run: `npm run test:e2e` has just built it); the floor is
 *               always built, it is small
 * --no-phone    desktop only
 * --desk        the report desk's workbooks in a smoke run too (a full run always opens them)
 * --docx        the Word document of the townships with records in a smoke run too (a full run always makes it)
 * --atlas       the PDF atlas of the townships with records in a smoke run too (a full run always makes it)
 * --reader      the source reader on the seed report and a 100 kB one in a smoke run too (a full run always)
 * --out FILE    where to write the results; by default bench/results.json, and only for a full run (≥ 7),
 *               so a smoke run never overwrites the committed numbers
 *
 * The pieces are in bench/lib/: options, build, servers, page (fresh contexts and their probes), measure/
 * (load and heap, click → panel, metric switch, export), samples (one run of each page), sizes, stats,
 * summary (medians, ratios, verdicts), report (the terminal) and results (bench/results.json).
 */
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../tests/e2e/browser';
import { buildPages } from './lib/build';
import { deskRun, type DeskSample } from './lib/measure/desk';
import { atlasReport, atlasRun, type AtlasSample } from './lib/measure/atlas';
import { docxReport, docxRun, type DocxSample } from './lib/measure/docx';
import { readerReport, readerRun, type ReaderSample } from './lib/measure/reader';
import { parseOptions } from './lib/options';
import { glRenderer } from './lib/page';
import { printReport, runLine } from './lib/report';
import { writeResults } from './lib/results';
import {
  appRun,
  floorRun,
  labelsRun,
  phoneRun,
  type AppSample,
  type FloorSample,
  type LoadSample,
  type PhoneSample,
} from './lib/samples';
import { startServers, stopServers, stopServersOnSignal } from './lib/servers';
import { checkFirstView, geoAndData, measureSizes } from './lib/sizes';
import { summarise } from './lib/summary';

const options = parseOptions();
stopServersOnSignal();

async function main(): Promise<void> {
  const started = Date.now();
  const { runs } = options;
  buildPages(options.noBuild);
  const sizes = measureSizes(options.noBuild);
  await startServers();

  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
  const app: AppSample[] = [];
  const floor: FloorSample[] = [];
  const labels: LoadSample[] = [];
  const phone: PhoneSample[] = [];
  let desk: DeskSample[] = [];
  let docx: DocxSample | null = null;
  let atlas: AtlasSample | null = null;
  let reader: ReaderSample | null = null;
  const chromiumVersion = browser.version();
  let renderer: string;
  try {
    renderer = await glRenderer(browser);
    if (runs > 1) {
      // One of each first, so disk caches, the JIT of the browser process and the servers are warm.
      console.log('· warm-up…');
      await appRun(browser);
      await floorRun(browser);
      await labelsRun(browser);
      if (options.phone) await phoneRun(browser);
    }
    for (let i = 0; i < runs; i++) {
      // Alternating, so drift in the machine's load hits both pages alike.
      app.push(await appRun(browser));
      checkFirstView(app.at(-1)!.fetched);
      floor.push(await floorRun(browser));
      labels.push(await labelsRun(browser));
      if (options.phone) phone.push(await phoneRun(browser));
      console.log(runLine(i, runs, app.at(-1)!, floor.at(-1)!, labels.at(-1)!, phone.at(-1)));
    }
    if (options.desk) {
      console.log('· report desk: opening the current data and 5,000 activities…');
      desk = await deskRun(browser, true);
    }
    if (options.docx) {
      console.log('· Word document of the townships with records…');
      docx = await docxRun(browser);
    }
    if (options.atlas) {
      console.log('· PDF atlas of the townships with records…');
      atlas = await atlasRun(browser);
    }
    if (options.reader) {
      console.log('· source reader: the seed report, then a 100 kB report opened at the desk…');
      reader = await readerRun(browser);
    }
  } finally {
    await browser.close();
    stopServers();
  }

  const summary = summarise(app, floor, labels, phone, sizes);
  const geo = geoAndData();
  printReport(summary, sizes, geo, runs, renderer, desk);
  console.log(docxReport(docx));
  console.log(atlasReport(atlas));
  console.log(readerReport(reader));
  writeResults(
    {
      options,
      started,
      chromium: chromiumVersion,
      renderer,
      app,
      floor,
      labels,
      phone,
      desk,
      docx,
      atlas,
      reader,
    },
    summary,
    sizes,
    geo,
  );
}

main().catch((error: unknown) => {
  stopServers();
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
