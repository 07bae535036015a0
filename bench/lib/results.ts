/** bench/results.json: the machine, the settings, every metric with its runs, and the sizes. */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fullRuns, targets, viewport } from './config';
import type { DeskSample } from './measure/desk';
import { atlasTargetMs, type AtlasSample } from './measure/atlas';
import { docxTargetMs, type DocxSample } from './measure/docx';
import { readerTargets, type ReaderSample } from './measure/reader';
import type { Options } from './options';
import type { AppSample, FloorSample, LoadSample, PhoneSample } from './samples';
import { explainMisses, missInputs } from './misses';
import type { DataFile, Sizes } from './sizes';
import { round, stats, type Stats } from './stats';
import type { Status, Summary } from './summary';

export interface Run {
  options: Options;
  /** Date.now() when the benchmark started. */
  started: number;
  chromium: string;
  renderer: string;
  app: AppSample[];
  floor: FloorSample[];
  labels: LoadSample[];
  phone: PhoneSample[];
  /** the report desk's workbooks opened (none in a smoke run without --desk) */
  desk: DeskSample[];
  /** the Word document of the townships with records (none in a smoke run without --docx) */
  docx: DocxSample | null;
  /** the PDF atlas of the townships with records (none in a smoke run without --atlas) */
  atlas: AtlasSample | null;
  /** the source reader on the seed report and a 100 kB one (none in a smoke run without --reader) */
  reader: ReaderSample | null;
}

/** A metric measured on the app alone against an absolute budget in ms; `runs` says what each run did. */
function appBudget(
  what: string,
  app: Stats,
  runs: Record<string, string[] | number>,
  budgetMs: number,
  status: Status,
) {
  return { what, unit: 'ms', app, ...runs, target: `≤ ${budgetMs} ms`, status };
}

function results(run: Run, s: Summary, sizes: Sizes, geo: DataFile[]) {
  const { options, app, floor } = run;
  return {
    date: new Date().toISOString(),
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      memoryGB: round(os.totalmem() / 1e9),
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      chromium: run.chromium,
      webgl: run.renderer,
    },
    settings: {
      runs: options.runs,
      warmUp: options.runs > 1 ? 1 : 0,
      viewport,
      build: options.noBuild ? 'reused dist-e2e/ (the browser tests’ build)' : 'fresh vite build',
      gzip: 'zlib default level (6)',
      durationSeconds: round((Date.now() - run.started) / 1000),
    },
    metrics: {
      load: {
        what: 'navigation start → window.__mapReady === true (first idle with all layers), performance.now()',
        unit: 'ms',
        ...s.load,
        ratio: round(s.loadRatio, 3),
        phases: {
          what: 'medians of each stretch: navigation → main script downloaded → new Map() → map load → ready',
          ...s.loadPhases,
        },
        target: `app ≤ ${targets.loadRatio} × floor (aim ${targets.loadAim} ×)`,
        status: s.verdicts.load,
      },
      floorPlusLabels: {
        what: 'bench/floor-labels.html: the floor plus the app’s base-map sources, lines and label layers (src/map/baseLayers.ts)',
        unit: 'ms',
        load: s.labels.load,
        phases: s.loadPhases.labels,
        heapBytes: s.labels.heap,
      },
      appOverhead: {
        what: 'app cold load ÷ floor + labels cold load: what the app adds beyond what MapLibre needs for its lines and labels',
        ratio: round(s.overheadRatio, 3),
        target: `app ≤ ${targets.overheadRatio} × floor + labels`,
        status: s.verdicts.overhead,
      },
      phone: s.phone && {
        what: 'cold load of each page at 390×844, device scale 3, touch, CPU slowed 4× (CDP Emulation.setCPUThrottlingRate); reported, no target',
        ...s.phone,
        loadRatio: round(s.phone.loadRatio, 3),
        overheadRatio: round(s.phone.overheadRatio, 3),
      },
      clickToPanel: appBudget(
        'capture-phase click → first requestAnimationFrame after the township panel appears',
        s.click,
        { clicked: app.map((x) => x.clickedCode), panelInDomMs: s.clickDom },
        targets.clickMs,
        s.verdicts.click,
      ),
      metricSwitch: appBudget(
        "capture-phase change on the metric select → first map 'render' with a changed feature-state fill",
        s.sw,
        { switched: app.map((x) => x.switched) },
        targets.switchMs,
        s.verdicts.switch,
      ),
      export3x: {
        what:
          'app: click on export (1920×1080, 3×) → composed PNG blob; floor: resize the map to 1920×1080 at ' +
          "pixel ratio 3 → idle → canvas.toBlob inside 'render'",
        unit: 'ms',
        app: {
          ...s.exp.app,
          canvas: s.exportCanvas.app,
          pngBytes: app.map((x) => x.exportPngBytes),
          stages: {
            what: 'medians: click → map captured, → picture composed, → PNG encoded',
            ...s.exportStages,
          },
        },
        floor: {
          ...s.exp.floor,
          canvas: s.exportCanvas.floor,
          settleMs: stats(floor.map((x) => x.exportSettleMs)),
          pngBytes: floor.map((x) => x.exportPngBytes),
        },
        ratio: round(s.exportRatio, 3),
        target: `app ≤ ${targets.exportRatio} × floor`,
        status: s.verdicts.export,
      },
      heapAfterLoad: {
        what: 'main-thread JS heap after a forced GC (CDP Runtime.getHeapUsage); map workers not counted',
        unit: 'bytes',
        app: { runs: app.map((x) => x.heapBytes), median: s.heap.app },
        floor: { runs: floor.map((x) => x.heapBytes), median: s.heap.floor },
        ratio: round(s.heap.app / s.heap.floor, 3),
      },
    },
    sizes: {
      unit: 'bytes',
      app: sizes.app,
      appFirstView: { ...sizes.appFirstView, status: s.verdicts.firstView },
      floor: sizes.floor,
      maplibre: sizes.maplibre,
      budget: sizes.budget,
      target: 'everything shipped ≤ maplibre-gl (dist js + css, gzip) + 90 kB',
      status: s.verdicts.shipped,
      geoAndData: geo,
    },
    desk: {
      what: "report desk: the file input's change → the map's first idle after the banner names the workbook",
      unit: 'ms',
      runs: run.desk,
      targets: 'current data ≤ 3 s; + 5,000 activities ≤ 15 s',
    },
    docx: {
      what: 'the Word document of the townships with records: click on the Word button → the .docx downloaded',
      unit: 'ms',
      run: run.docx,
      target: `≤ ${docxTargetMs} ms`,
    },
    atlas: {
      what: 'the PDF atlas of the townships with records: click on the atlas button → the .pdf downloaded; peak page heap and browser resident memory meanwhile',
      unit: 'ms, bytes',
      run: run.atlas,
      target: `≤ ${atlasTargetMs} ms`,
    },
    reader: {
      what: 'the source reader: its tab clicked on the seed report → highlights painted; a 100 kB report of 500 cited phrases opened at the desk, its address → highlights painted; scrolling it a screen a frame',
      unit: 'ms',
      run: run.reader,
      targets: `seed ≤ ${readerTargets.seedMs} ms; 100 kB ≤ ${readerTargets.longMs} ms; 95th percentile frame ≤ ${readerTargets.frameMs} ms`,
    },
    misses: explainMisses(missInputs(s, sizes, geo)),
  };
}

/** Writes the results where --out (or a full run) says; a smoke run only says that it wrote nothing. */
export function writeResults(run: Run, s: Summary, sizes: Sizes, geo: DataFile[]): void {
  const { outFile, runs } = run.options;
  if (outFile) {
    writeFileSync(outFile, `${JSON.stringify(results(run, s, sizes, geo), null, 2)}\n`);
    console.log(`Wrote ${path.relative(process.cwd(), outFile) || outFile}`);
  } else {
    console.log(
      `Results not written (${runs} < ${fullRuns} runs: a smoke run; pass --out FILE to keep them).`,
    );
  }
}
