/** From the samples of every run to medians, ratios and a verdict against each target. */
import { targets } from './config';
import type { LoadTimes } from './measure/load';
import type { AppSample, FloorSample, LoadSample, PhoneSample, Sample } from './samples';
import type { Sizes } from './sizes';
import { distinct, median, round, stats } from './stats';

export type Status = 'met' | 'MISSED' | 'n/a';
const status = (ok: boolean | undefined): Status => (ok === undefined ? 'n/a' : ok ? 'met' : 'MISSED');

/** Medians of each stretch of the load: script downloaded, map created, style loaded, first idle. */
function phases(samples: { loadPhases: LoadTimes }[]) {
  const stretch = (f: (t: LoadTimes) => number) => round(median(samples.map((s) => f(s.loadPhases))));
  return {
    navigationToScript: stretch((t) => t.scriptMs),
    scriptToMapCreated: stretch((t) => t.createdMs - t.scriptMs),
    mapCreatedToLoadEvent: stretch((t) => t.loadEventMs - t.createdMs),
    loadEventToReady: stretch((t) => t.ms - t.loadEventMs),
  };
}
export type LoadPhases = ReturnType<typeof phases>;

/** The load of one page: every run, the median and the stretches. */
function loadOf(samples: LoadSample[]) {
  return { ...stats(samples.map((s) => s.loadMs)), phases: phases(samples) };
}

/** The phone profile: each page's load, and the app against both references. */
function phoneSummary(phone: PhoneSample[]) {
  const app = loadOf(phone.map((p) => p.app));
  const floor = loadOf(phone.map((p) => p.floor));
  const labels = loadOf(phone.map((p) => p.labels));
  return {
    app,
    floor,
    labels,
    loadRatio: app.median / floor.median,
    overheadRatio: app.median / labels.median,
  };
}

export function summarise(
  app: AppSample[],
  floor: FloorSample[],
  labels: LoadSample[],
  phone: PhoneSample[],
  sizes: Sizes,
) {
  /** The same measurement on both pages, summed up the same way. */
  const both = <V, T>(f: (s: Sample) => V, summary: (xs: V[]) => T) => ({
    app: summary(app.map(f)),
    floor: summary(floor.map(f)),
  });
  const load = both((s) => s.loadMs, stats);
  const loadPhases = { app: phases(app), floor: phases(floor), labels: phases(labels) };
  const labelsLoad = stats(labels.map((s) => s.loadMs));
  const labelsHeap = median(labels.map((s) => s.heapBytes));
  const heap = both((s) => s.heapBytes, median);
  const click = stats(app.map((s) => s.clickMs));
  const clickDom = round(median(app.map((s) => s.clickDomMs)));
  const exportStages = {
    capturedMs: round(median(app.map((s) => s.exportStages.capturedMs))),
    composedMs: round(median(app.map((s) => s.exportStages.composedMs))),
    encodedMs: round(median(app.map((s) => s.exportStages.encodedMs))),
    floorSettleMs: round(median(floor.map((s) => s.exportSettleMs))),
  };
  const exportPngBytes = both((s) => s.exportPngBytes, median);
  const sw = stats(app.map((s) => s.switchMs));
  const exp = both((s) => s.exportMs, stats);
  const exportCanvas = both((s) => s.exportCanvas, distinct);
  const loadRatio = load.app.median / load.floor.median;
  const overheadRatio = load.app.median / labelsLoad.median;
  const exportRatio = exp.app.median / exp.floor.median;

  const verdicts = {
    load: status(loadRatio <= targets.loadRatio),
    overhead: status(overheadRatio <= targets.overheadRatio),
    click: status(click.median <= targets.clickMs),
    switch: status(sw.median <= targets.switchMs),
    shipped: status(sizes.app.totalGzip <= sizes.budget),
    firstView: status(sizes.appFirstView.totalGzip <= sizes.budget),
    export: status(exportRatio <= targets.exportRatio),
  };
  return {
    load,
    labels: { load: labelsLoad, heap: labelsHeap },
    loadPhases,
    heap,
    click,
    clickDom,
    sw,
    exp,
    exportStages,
    exportPngBytes,
    exportCanvas,
    loadRatio,
    overheadRatio,
    exportRatio,
    phone: phone.length ? phoneSummary(phone) : undefined,
    verdicts,
  };
}
export type Summary = ReturnType<typeof summarise>;
