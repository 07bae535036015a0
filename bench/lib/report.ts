/** What the terminal shows: a line per run, then the table of medians against targets and the sizes. */
import { kB, targets } from './config';
import type { AppSample, FloorSample } from './samples';
import type { DataFile, Sizes } from './sizes';
import { round } from './stats';
import type { LoadPhases, Summary } from './summary';

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

/** A row that measures both pages: app, floor, their ratio, then the target and the verdict. */
function compared(
  label: string,
  app: number,
  floor: number,
  format: (x: number) => string,
  target: string,
  result: string,
): string[] {
  return [label, format(app), format(floor), `${round(app / floor, 2)}×`, target, result];
}

const phaseLabels: [keyof LoadPhases, string][] = [
  ['navigationToScript', '  of which: navigation → script downloaded'],
  ['scriptToMapCreated', '  script → map created (app: data, UI mounted)'],
  ['mapCreatedToLoadEvent', "  map created → map 'load' (style)"],
  ['loadEventToReady', "  map 'load' → layers drawn, idle"],
];

export function runLine(i: number, runs: number, a: AppSample, f: FloorSample): string {
  return (
    `· run ${i + 1}/${runs}: load app ${ms(a.loadMs)} / floor ${ms(f.loadMs)}, click ${ms(a.clickMs)}, ` +
    `switch ${ms(a.switchMs)}, 3× export app ${ms(a.exportMs)} / floor ${ms(f.exportMs)}`
  );
}

export function printReport(s: Summary, sizes: Sizes, geo: DataFile[], runs: number, renderer: string): void {
  const { load, loadPhases, heap, click, sw, exp, verdicts } = s;
  const rows = [
    ['metric', 'app (median)', 'floor (median)', 'app/floor', 'target', 'result'],
    compared(
      'cold load → map idle + choropleth',
      load.app.median,
      load.floor.median,
      ms,
      `≤ ${targets.loadRatio} × floor`,
      verdicts.load,
    ),
    ...phaseLabels.map(([key, label]) =>
      compared(label, loadPhases.app[key], loadPhases.floor[key], ms, '', ''),
    ),
    ['click → panel painted', ms(click.median), '–', '–', `≤ ${targets.clickMs} ms`, verdicts.click],
    ['metric switch → fill repainted', ms(sw.median), '–', '–', `≤ ${targets.switchMs} ms`, verdicts.switch],
    compared(
      `3× export of 1920×1080 (${s.exportCanvas.app})`,
      exp.app.median,
      exp.floor.median,
      ms,
      `≤ ${targets.exportRatio} × floor`,
      verdicts.export,
    ),
    compared('JS heap after load (main thread)', heap.app, heap.floor, mb, '–', '–'),
    compared(
      'everything shipped (gzip)',
      sizes.app.totalGzip,
      sizes.floor.totalGzip,
      kb,
      `≤ maplibre-gl ${kb(sizes.maplibre.total)} + 90 kB = ${kb(sizes.budget)}`,
      verdicts.shipped,
    ),
  ];
  const sizeRows = [
    ['shipped file (app)', 'kind', 'raw', 'gzip'],
    ...sizes.app.files.map((f) => [f.file, f.kind, kb(f.raw), kb(f.gzip)]),
    ['maplibre-gl.js (node_modules, reference)', 'js', '', kb(sizes.maplibre.js)],
    ['maplibre-gl.css (node_modules, reference)', 'css', '', kb(sizes.maplibre.css)],
  ];
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
}
