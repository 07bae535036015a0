/**
 * Reads a Chrome trace (the JSON `browser.stopTracing()` returns) into where the time of a page load went:
 * per stretch between the page's marks, the busy time of the renderer's main thread, of MapLibre's worker
 * and of the GPU process (SwiftShader draws there), and the main thread's sampled JavaScript by origin
 * (maplibre-gl, svelte, the app's folders…) and by function. Pure: the caller supplies how a script
 * position maps back to a source file.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  cat?: string;
  args?: Record<string, unknown>;
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  parent?: number;
}

/** Where a sampled frame came from, after source maps: a bucket ("maplibre-gl", "src/map") and a name. */
export interface Origin {
  bucket: string;
  /** function @ file:line, for the table of functions */
  where: string;
}
export type Resolve = (frame: CallFrame) => Origin;

/** A sample: when, on which thread, and the frame that was running (the leaf of the stack). */
export interface Sample {
  ts: number;
  thread: string;
  frame: CallFrame;
}

export interface Stretch {
  name: string;
  /** trace microseconds */
  from: number;
  to: number;
}

export interface StretchReport {
  name: string;
  ms: number;
  /** the main thread's time in the browser's own steps (commit to the compositor, layout, style, GC…) */
  native: Record<string, number>;
  /** busy time of each thread kind in the stretch (sum of top-level tasks, clipped to the stretch) */
  busyMs: Record<string, number>;
  /** the main thread's sampled time by origin, largest first */
  mainByOrigin: [string, number][];
}

const threadKinds: [RegExp, string][] = [
  [/^CrRendererMain$/, 'main'],
  [/^DedicatedWorker/, 'worker'],
  [/^CrGpuMain$/, 'gpu'],
];

/**
 * The thread kind ("main", "worker", "gpu") of every pid:tid named in the trace's metadata: the main
 * thread and workers of the page's own renderer (`pagePid`; the browser's other pages, such as its new-tab
 * page, have renderers too), and the GPU process's main thread.
 */
export function threadNames(events: readonly TraceEvent[], pagePid: number): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of events) {
    if (e.ph !== 'M' || e.name !== 'thread_name') continue;
    const name = String((e.args as { name?: string } | undefined)?.name ?? '');
    const kind = threadKinds.find(([pattern]) => pattern.test(name))?.[1];
    if (kind && (kind === 'gpu' || e.pid === pagePid)) names.set(`${e.pid}:${e.tid}`, kind);
  }
  return names;
}

/** Main-thread events worth naming apart from JavaScript: the browser's own work and GC. */
const nativeWork = [
  'Commit',
  'Layout',
  'UpdateLayoutTree',
  'Paint',
  'PrePaint',
  'ParseHTML',
  'ParseAuthorStyleSheet',
  'MinorGC',
  'MajorGC',
  'v8.compile',
  'v8.compileModule',
];

/**
 * Every CPU-profile sample of the trace (the `Profile` / `ProfileChunk` events of the
 * disabled-by-default-v8.cpu_profiler category), with the frame at the top of its stack.
 */
export function profileSamples(events: readonly TraceEvent[], threads: Map<string, string>): Sample[] {
  interface Profile {
    thread: string;
    ts: number;
    nodes: Map<number, ProfileNode>;
  }
  const profiles = new Map<string, Profile>();
  const samples: Sample[] = [];
  for (const e of events) {
    const key = `${e.pid}:${e.id}`;
    if (e.name === 'Profile') {
      const data = (e.args?.data ?? {}) as { startTime?: number };
      profiles.set(key, {
        thread: threads.get(`${e.pid}:${e.tid}`) ?? 'other',
        ts: data.startTime ?? e.ts,
        nodes: new Map(),
      });
    } else if (e.name === 'ProfileChunk') {
      const profile = profiles.get(key);
      if (!profile) continue;
      const data = (e.args?.data ?? {}) as {
        cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
        timeDeltas?: number[];
      };
      for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
      const ids = data.cpuProfile?.samples ?? [];
      const deltas = data.timeDeltas ?? [];
      ids.forEach((id, i) => {
        profile.ts += deltas[i] ?? 0;
        const node = profile.nodes.get(id);
        if (node) samples.push({ ts: profile.ts, thread: profile.thread, frame: node.callFrame });
      });
    }
  }
  return samples.sort((a, b) => a.ts - b.ts);
}

/** Milliseconds of the interval [from, to) covered by [start, end). */
export const overlapMs = (start: number, end: number, from: number, to: number) =>
  Math.max(0, Math.min(end, to) - Math.max(start, from)) / 1000;

/**
 * Busy time per thread kind within [from, to): the union of the threads' top-level task events
 * (`RunTask` and `ThreadControllerImpl::RunTask`, which nest), clipped to the interval.
 */
export function busyMs(
  events: readonly TraceEvent[],
  threads: Map<string, string>,
  from: number,
  to: number,
): Record<string, number> {
  const spans = new Map<string, [number, number][]>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    if (e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask') continue;
    const thread = `${e.pid}:${e.tid}`;
    if (!threads.has(thread)) continue;
    const start = Math.max(e.ts, from);
    const end = Math.min(e.ts + e.dur, to);
    if (end > start) spans.set(thread, [...(spans.get(thread) ?? []), [start, end]]);
  }
  const busy: Record<string, number> = {};
  for (const [thread, list] of spans) {
    const kind = threads.get(thread)!;
    let covered = 0;
    let reach = -Infinity;
    for (const [start, end] of list.sort((a, b) => a[0] - b[0])) {
      if (end <= reach) continue;
      covered += end - Math.max(start, reach);
      reach = end;
    }
    busy[kind] = (busy[kind] ?? 0) + covered / 1000;
  }
  return busy;
}

/** The interval each sample stands for: until the next sample of its thread (the last one: 0). */
function sampleWeights(samples: readonly Sample[]): number[] {
  const next = new Map<string, number>();
  const weights = new Array<number>(samples.length).fill(0);
  for (let i = samples.length - 1; i >= 0; i--) {
    const s = samples[i]!;
    const after = next.get(s.thread);
    // Gaps over 10 ms are the profiler not sampling (the thread idle), not a long function.
    weights[i] = after === undefined ? 0 : Math.min(after - s.ts, 10_000) / 1000;
    next.set(s.thread, s.ts);
  }
  return weights;
}

const idleFrames = new Set(['(idle)', '(root)']);

function add(table: Map<string, number>, key: string, ms: number) {
  table.set(key, (table.get(key) ?? 0) + ms);
}
const sorted = (table: Map<string, number>): [string, number][] =>
  [...table.entries()].sort((a, b) => b[1] - a[1]);

/** Each stretch's duration, busy threads and the main thread's JavaScript by origin. */
export function reportStretches(
  events: readonly TraceEvent[],
  pagePid: number,
  stretches: readonly Stretch[],
  resolve: Resolve,
): { stretches: StretchReport[]; functions: [string, number][]; origins: [string, number][] } {
  const threads = threadNames(events, pagePid);
  const samples = profileSamples(events, threads);
  const weights = sampleWeights(samples);
  const start = Math.min(...stretches.map((s) => s.from));
  const end = Math.max(...stretches.map((s) => s.to));
  const functions = new Map<string, number>();
  const origins = new Map<string, number>();
  const reports = stretches.map((stretch) => {
    const byOrigin = new Map<string, number>();
    samples.forEach((s, i) => {
      if (s.thread !== 'main' || s.ts < stretch.from || s.ts >= stretch.to) return;
      if (idleFrames.has(s.frame.functionName)) return;
      add(byOrigin, resolve(s.frame).bucket, weights[i]!);
    });
    const native: Record<string, number> = {};
    for (const e of events) {
      if (e.ph !== 'X' || e.dur === undefined || !nativeWork.includes(e.name)) continue;
      if (threads.get(`${e.pid}:${e.tid}`) !== 'main') continue;
      const ms = overlapMs(e.ts, e.ts + e.dur, stretch.from, stretch.to);
      if (ms > 0) native[e.name] = (native[e.name] ?? 0) + ms;
    }
    return {
      name: stretch.name,
      ms: (stretch.to - stretch.from) / 1000,
      native,
      busyMs: busyMs(events, threads, stretch.from, stretch.to),
      mainByOrigin: sorted(byOrigin),
    };
  });
  samples.forEach((s, i) => {
    if (s.thread !== 'main' || s.ts < start || s.ts >= end || idleFrames.has(s.frame.functionName)) return;
    const origin = resolve(s.frame);
    add(functions, `${origin.where} [${origin.bucket}]`, weights[i]!);
    add(origins, origin.bucket, weights[i]!);
  });
  return { stretches: reports, functions: sorted(functions), origins: sorted(origins) };
}

/** The bucket of a source path from a source map: a package under node_modules, or the app's folder. */
export function bucketOf(source: string): string {
  const normalised = source.replaceAll('\\', '/');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(normalised);
  if (pkg) return pkg[1]!;
  const app = /(?:^|\/)(src\/[^/]+|geo|data|build)\//.exec(normalised);
  if (app) return app[1]!;
  return normalised.split('/').slice(-2).join('/');
}
