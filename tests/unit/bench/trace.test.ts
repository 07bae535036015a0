import { describe, expect, it } from 'vitest';
import {
  bucketOf,
  busyMs,
  profileSamples,
  reportStretches,
  threadNames,
  type TraceEvent,
} from '../../../bench/lib/trace';

const pagePid = 10;
const meta = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  ts: 0,
  pid,
  tid,
  args: { name },
});
const task = (pid: number, tid: number, ts: number, dur: number, name = 'RunTask'): TraceEvent => ({
  name,
  ph: 'X',
  ts,
  dur,
  pid,
  tid,
});
const threads = [
  meta(pagePid, 1, 'CrRendererMain'),
  meta(pagePid, 2, 'DedicatedWorker thread'),
  meta(pagePid, 3, 'Compositor'),
  meta(99, 1, 'CrRendererMain'), // another tab's renderer (the new-tab page)
  meta(50, 1, 'CrGpuMain'),
];

describe('threadNames', () => {
  it("keeps the page's own main thread and workers, and the GPU process, and nothing else", () => {
    expect(Object.fromEntries(threadNames(threads, pagePid))).toEqual({
      '10:1': 'main',
      '10:2': 'worker',
      '50:1': 'gpu',
    });
  });
});

describe('busyMs', () => {
  const names = threadNames(threads, pagePid);
  it.each([
    { what: 'one task inside the interval', events: [task(10, 1, 1000, 2000)], from: 0, to: 10_000, main: 2 },
    { what: 'clipped at both ends', events: [task(10, 1, 0, 10_000)], from: 2000, to: 5000, main: 3 },
    {
      what: 'nested tasks counted once',
      events: [task(10, 1, 1000, 4000), task(10, 1, 1500, 1000, 'ThreadControllerImpl::RunTask')],
      from: 0,
      to: 10_000,
      main: 4,
    },
    {
      what: 'overlapping tasks as their union',
      events: [task(10, 1, 1000, 2000), task(10, 1, 2000, 2000)],
      from: 0,
      to: 10_000,
      main: 3,
    },
    {
      what: "another renderer's task is not the page's",
      events: [task(99, 1, 0, 5000)],
      from: 0,
      to: 10_000,
    },
    { what: 'not a task event', events: [task(10, 1, 0, 5000, 'Layout')], from: 0, to: 10_000 },
  ])('$what', ({ events, from, to, main }) => {
    expect(busyMs(events, names, from, to).main).toBe(main);
  });

  it('sums each kind of thread apart', () => {
    const busy = busyMs([task(10, 1, 0, 1000), task(10, 2, 0, 3000), task(50, 1, 0, 2000)], names, 0, 10_000);
    expect(busy).toEqual({ main: 1, worker: 3, gpu: 2 });
  });
});

const frame = (functionName: string, url = '', lineNumber = 0, columnNumber = 0) => ({
  functionName,
  url,
  lineNumber,
  columnNumber,
});
/** A CPU profile of the page's main thread: (root) → a → b, and (idle), sampled every `step` µs. */
function profile(ids: number[], step: number, start = 0): TraceEvent[] {
  return [
    { name: 'Profile', ph: 'P', ts: start, pid: 10, tid: 1, id: '0x1', args: { data: { startTime: start } } },
    {
      name: 'ProfileChunk',
      ph: 'P',
      ts: start,
      pid: 10,
      tid: 1,
      id: '0x1',
      args: {
        data: {
          cpuProfile: {
            nodes: [
              { id: 1, callFrame: frame('(root)') },
              { id: 2, callFrame: frame('a', 'http://x/app.js', 1, 5), parent: 1 },
              { id: 3, callFrame: frame('b', 'http://x/app.js', 9, 0), parent: 2 },
              { id: 4, callFrame: frame('(idle)'), parent: 1 },
            ],
            samples: ids,
          },
          timeDeltas: ids.map((_, i) => (i === 0 ? 0 : step)),
        },
      },
    },
  ];
}

describe('profileSamples', () => {
  it('puts each sample at its time, on its thread, with its leaf frame', () => {
    const samples = profileSamples(profile([2, 3, 4], 1000, 500), threadNames(threads, pagePid));
    expect(samples.map((s) => [s.ts, s.thread, s.frame.functionName])).toEqual([
      [500, 'main', 'a'],
      [1500, 'main', 'b'],
      [2500, 'main', '(idle)'],
    ]);
  });
});

describe('reportStretches', () => {
  const resolve = (f: { functionName: string }) => ({
    bucket: `bucket-${f.functionName}`,
    where: f.functionName,
  });
  // a a b b b (idle): each sample stands for 1 ms, until the next.
  const events = [...threads, ...profile([2, 2, 3, 3, 3, 4], 1000), task(10, 1, 0, 5000)];

  it('splits sampled time by origin within each stretch, leaving out idle', () => {
    const { stretches } = reportStretches(
      events,
      pagePid,
      [
        { name: 'first', from: 0, to: 2000 },
        { name: 'second', from: 2000, to: 6000 },
      ],
      resolve,
    );
    expect(stretches.map((s) => [s.name, s.ms, s.mainByOrigin])).toEqual([
      ['first', 2, [['bucket-a', 2]]],
      ['second', 4, [['bucket-b', 3]]],
    ]);
    expect(stretches.map((s) => s.busyMs.main)).toEqual([2, 3]);
  });

  it('ranks functions by self time over all stretches', () => {
    const { functions, origins } = reportStretches(
      events,
      pagePid,
      [{ name: 'all', from: 0, to: 6000 }],
      resolve,
    );
    expect(functions).toEqual([
      ['b [bucket-b]', 3],
      ['a [bucket-a]', 2],
    ]);
    expect(origins[0]).toEqual(['bucket-b', 3]);
  });
});

describe('bucketOf', () => {
  it.each([
    ['../../node_modules/svelte/src/internal/client/runtime.js', 'svelte'],
    ['node_modules/@turf/helpers/dist/index.js', '@turf/helpers'],
    ['../../src/map/layers/TownshipsLayer.svelte', 'src/map'],
    ['../../src/main.ts', 'src/main.ts'],
    ['../../geo/townships.geojson?raw', 'geo'],
    ['../../data/join/x.ts', 'data'],
  ])('%s → %s', (source, bucket) => {
    expect(bucketOf(source)).toBe(bucket);
  });
});
