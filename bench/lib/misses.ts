/**
 * For every target missed, what the miss is made of, in the run's own measurements: the benchmark explains
 * each miss as it prints it. The attempts that did not help are in bench/README.md.
 */
import { kB, targets } from './config';
import type { DataFile, Sizes } from './sizes';
import { round } from './stats';
import type { LoadPhases, Status, Summary } from './summary';

/** What the explanations read: medians of this run, the sizes of this build. */
export interface MissInputs {
  verdicts: Record<'load' | 'overhead' | 'click' | 'export' | 'shipped' | 'firstView', Status>;
  load: { app: number; floor: number; labels: number };
  phases: { app: LoadPhases; labels: LoadPhases };
  click: { ms: number; domMs: number };
  export: {
    app: number;
    floor: number;
    floorSettleMs: number;
    capturedMs: number;
    composedMs: number;
    encodedMs: number;
    appPngBytes: number;
    floorPngBytes: number;
  };
  shipped: {
    total: number;
    firstView: number;
    budget: number;
    maplibre: number;
    /** bundled geo and data files, gzip each alone */
    bundledData: number;
    /** files loaded only on use */
    onUse: { file: string; gzip: number }[];
  };
}

export function missInputs(s: Summary, sizes: Sizes, data: DataFile[]): MissInputs {
  const firstView = new Set(sizes.appFirstView.files.map((f) => f.file));
  return {
    verdicts: s.verdicts,
    load: { app: s.load.app.median, floor: s.load.floor.median, labels: s.labels.load.median },
    phases: { app: s.loadPhases.app, labels: s.loadPhases.labels },
    click: { ms: s.click.median, domMs: s.clickDom },
    export: {
      app: s.exp.app.median,
      floor: s.exp.floor.median,
      ...s.exportStages,
      appPngBytes: s.exportPngBytes.app,
      floorPngBytes: s.exportPngBytes.floor,
    },
    shipped: {
      total: sizes.app.totalGzip,
      firstView: sizes.appFirstView.totalGzip,
      budget: sizes.budget,
      maplibre: sizes.maplibre.total,
      bundledData: data.filter((f) => f.importedBySrc).reduce((sum, f) => sum + f.gzip, 0),
      onUse: sizes.app.files
        .filter((f) => !firstView.has(f.file))
        .map((f) => ({ file: f.file, gzip: f.gzip })),
    },
  };
}

const ms = (x: number) => `${Math.round(x)} ms`;
const kb = (x: number) => `${round(x / kB)} kB`;
const times = (a: number, b: number) => `${round(a / b, 2)}×`;
const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.round(Math.abs(x))} ms`;
const name = (file: string) => file.replace(/^.*\//, '').replace(/-[\w-]{8}\.(js|css)$/, '.$1');

/** One paragraph per missed target, in the order of the table; none when every target is met. */
export function explainMisses(m: MissInputs): string[] {
  const out: string[] = [];
  const { app, labels } = m.phases;
  if (m.verdicts.load === 'MISSED' || m.verdicts.overhead === 'MISSED') {
    out.push(
      `cold load ${times(m.load.app, m.load.floor)} the floor: drawing this map's lines and Chinese labels ` +
        `alone (floor + labels) takes ${times(m.load.labels, m.load.floor)} the floor, so the content is ` +
        `${ms(m.load.labels - m.load.floor)} of the ${ms(m.load.app - m.load.floor)} over it. The app's own ` +
        `part, ${ms(m.load.app - m.load.labels)} (${times(m.load.app, m.load.labels)} floor + labels): ` +
        `script downloaded ${signed(app.navigationToScript - labels.navigationToScript)}, ` +
        `script → map created ${signed(app.scriptToMapCreated - labels.scriptToMapCreated)} (data, UI mounted), ` +
        `style ${signed(app.mapCreatedToLoadEvent - labels.mapCreatedToLoadEvent)}, ` +
        `to every layer drawn ${signed(app.loadEventToReady - labels.loadEventToReady)}.`,
    );
  }
  if (m.verdicts.click === 'MISSED') {
    out.push(
      `click → panel ${ms(m.click.ms)} against ${targets.clickMs}: the panel is in the page ` +
        `${ms(m.click.domMs)} after the click (handling it, the new state, building the panel and any ` +
        `layout that forces); the frame that shows it starts ${ms(m.click.ms - m.click.domMs)} later.`,
    );
  }
  if (m.verdicts.export === 'MISSED') {
    const e = m.export;
    out.push(
      `3× export ${times(e.app, e.floor)} the floor: the map is captured ${ms(e.capturedMs)} after the click ` +
        `(loading the exporter, fitting the frame, settling, the 3× frame: ${times(e.capturedMs, e.floor)} ` +
        `the floor's whole export, of which its settling is ${ms(e.floorSettleMs)}); composing title, legend ` +
        `and the rest takes ${ms(e.composedMs)}; encoding the PNG ${ms(e.encodedMs)} ` +
        `(${round(e.appPngBytes / 1e6)} MB against the floor's ${round(e.floorPngBytes / 1e6)} MB).`,
    );
  }
  if (m.verdicts.shipped === 'MISSED' || m.verdicts.firstView === 'MISSED') {
    const s = m.shipped;
    const onUse = s.onUse.reduce((sum, f) => sum + f.gzip, 0);
    const largest = [...s.onUse]
      .sort((a, b) => b.gzip - a.gzip)
      .slice(0, 3)
      .map((f) => `${name(f.file)} ${kb(f.gzip)}`)
      .join(', ');
    out.push(
      `shipped ${kb(s.total)} against ${kb(s.budget)}: ${kb(onUse)} of it loads only on use` +
        (largest ? ` (${largest})` : '') +
        `. The first view is ${kb(s.firstView)}, ` +
        (s.firstView > s.budget ? `${kb(s.firstView - s.budget)} over` : 'within the budget') +
        `: maplibre-gl ${kb(s.maplibre)}, the bundled geo and data files ≈ ${kb(s.bundledData)} (each ` +
        `gzipped alone), and ${kb(s.firstView - s.maplibre - s.bundledData)} of framework, text and the ` +
        `app's own code and CSS.`,
    );
  }
  return out;
}
