import { describe, expect, it } from 'vitest';
import { kB } from '../../../bench/lib/config';
import { explainMisses, type MissInputs } from '../../../bench/lib/misses';

const phases = (script: number, created: number, style: number, idle: number) => ({
  navigationToScript: script,
  scriptToMapCreated: created,
  mapCreatedToLoadEvent: style,
  loadEventToReady: idle,
});

/** The 2026-12-06 full run's medians, every verdict met unless a case says otherwise. */
function inputs(missed: (keyof MissInputs['verdicts'])[]): MissInputs {
  const all = ['load', 'overhead', 'click', 'export', 'shipped', 'firstView'] as const;
  return {
    verdicts: Object.fromEntries(
      all.map((k) => [k, missed.includes(k) ? 'MISSED' : 'met']),
    ) as MissInputs['verdicts'],
    load: { app: 3841, floor: 1634, labels: 3108 },
    phases: { app: phases(257, 800, 337, 2455), labels: phases(112, 531, 260, 2275) },
    click: { ms: 96.3, domMs: 61.2 },
    export: {
      app: 6359,
      floor: 4123,
      floorSettleMs: 2900,
      capturedMs: 4800,
      composedMs: 600,
      encodedMs: 959,
      appPngBytes: 2_200_000,
      floorPngBytes: 460_000,
    },
    shipped: {
      total: 897 * kB,
      firstView: 423.1 * kB,
      budget: 377.4 * kB,
      maplibre: 287.4 * kB,
      bundledData: 63.1 * kB,
      onUse: [
        { file: 'dist/assets/pdf-DrtINha9.js', gzip: 175.1 * kB },
        { file: 'dist/assets/exceljs.min-DyfbF_rw.js', gzip: 255.5 * kB },
        { file: 'dist/assets/ExportHost-D6tACjsQ.js', gzip: 5.6 * kB },
        { file: 'dist/assets/exportView-D_3JIJGu.js', gzip: 13.8 * kB },
      ],
    },
  };
}

describe('explainMisses', () => {
  it('says nothing when every target is met', () => {
    expect(explainMisses(inputs([]))).toEqual([]);
  });

  it.each<{ missed: (keyof MissInputs['verdicts'])[]; says: RegExp[] }>([
    {
      missed: ['load'],
      says: [
        /^cold load 2\.35× the floor/,
        /floor \+ labels\) takes 1\.9× the floor, so the content is 1474 ms of the 2207 ms over it/,
        /own part, 733 ms \(1\.24× floor \+ labels\)/,
        /script downloaded \+145 ms, script → map created \+269 ms .*style \+77 ms, to every layer drawn \+180 ms\./,
      ],
    },
    // Either load target missed gives the one explanation of the load.
    { missed: ['overhead'], says: [/^cold load 2\.35× the floor/] },
    {
      missed: ['click'],
      says: [
        /^click → panel 96 ms against 50: the panel is in the page 61 ms after the click/,
        /starts 35 ms later\.$/,
      ],
    },
    {
      missed: ['export'],
      says: [
        /^3× export 1\.54× the floor: the map is captured 4800 ms after the click/,
        /1\.16× the floor's whole export, of which its settling is 2900 ms/,
        /composing title, legend and the rest takes 600 ms; encoding the PNG 959 ms \(2\.2 MB against the floor's 0\.5 MB\)/,
      ],
    },
    {
      missed: ['shipped', 'firstView'],
      says: [
        /^shipped 897 kB against 377\.4 kB: 450 kB of it loads only on use \(exceljs\.min\.js 255\.5 kB, pdf\.js 175\.1 kB, exportView\.js 13\.8 kB\)/,
        /first view is 423\.1 kB, 45\.7 kB over: maplibre-gl 287\.4 kB, the bundled geo and data files ≈ 63\.1 kB/,
        /and 72\.6 kB of framework/,
      ],
    },
  ])('$missed', ({ missed, says }) => {
    const out = explainMisses(inputs(missed));
    expect(out).toHaveLength(1);
    for (const re of says) expect(out[0]).toMatch(re);
  });

  it('a first view within the budget is said to be so', () => {
    const m = inputs(['shipped']);
    m.shipped.firstView = 350 * kB;
    expect(explainMisses(m)[0]).toMatch(/first view is 350 kB, within the budget/);
  });

  it('every miss at once: one paragraph each, in the order of the table', () => {
    const out = explainMisses(inputs(['load', 'overhead', 'click', 'export', 'shipped', 'firstView']));
    expect(out.map((p) => p.split(' ')[0])).toEqual(['cold', 'click', '3×', 'shipped']);
  });
});
