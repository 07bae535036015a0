/** What the terminal shows: a line per run, then the table of medians against targets and the sizes. */
import { kB, targets } from './config';
import type { AppSample, FloorSample, LoadSample, PhoneSample } from './samples';
import { deskRows, type DeskSample } from './measure/desk';
import { explainMisses, missInputs } from './misses';
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

const ratio = (a: number, b: number) => `${round(a / b, 2)}×`;

/**
 * A row with the app and its references: app, floor, floor + labels (when measured), app/floor and
 * app/(floor + labels), then the target and the verdict.
 */
function compared(
  label: string,
  values: { app: number; floor: number; labels?: number },
  format: (x: number) => string,
  target = '',
  result = '',
): string[] {
  const { app, floor, labels } = values;
  return [
    label,
    format(app),
    format(floor),
    labels === undefined ? '–' : format(labels),
    ratio(app, floor),
    labels === undefined ? '–' : ratio(app, labels),
    target,
    result,
  ];
}

const phaseLabels: [keyof LoadPhases, string][] = [
  ['navigationToScript', '  of which: navigation → script downloaded'],
  ['scriptToMapCreated', '  script → map created (app: data, UI mounted)'],
  ['mapCreatedToLoadEvent', "  map created → map 'load' (style)"],
  ['loadEventToReady', "  map 'load' → layers drawn, idle"],
];

export function runLine(
  i: number,
  runs: number,
  a: AppSample,
  f: FloorSample,
  l: LoadSample,
  p: PhoneSample | undefined,
): string {
  const phone = p
    ? `; phone load app ${ms(p.app.loadMs)} / floor ${ms(p.floor.loadMs)} / f+l ${ms(p.labels.loadMs)}`
    : '';
  return (
    `· run ${i + 1}/${runs}: load app ${ms(a.loadMs)} / floor ${ms(f.loadMs)} / f+l ${ms(l.loadMs)}, ` +
    `click ${ms(a.clickMs)}, switch ${ms(a.switchMs)}, 3× export app ${ms(a.exportMs)} / floor ${ms(f.exportMs)}` +
    phone
  );
}

export function printReport(
  s: Summary,
  sizes: Sizes,
  geo: DataFile[],
  runs: number,
  renderer: string,
  desk: readonly DeskSample[] = [],
): void {
  const { load, loadPhases, heap, click, sw, exp, verdicts, phone } = s;
  const loads = { app: load.app.median, floor: load.floor.median, labels: s.labels.load.median };
  const rows = [
    ['metric', 'app', 'floor', 'floor+labels', 'app/floor', 'app/(f+l)', 'target', 'result'],
    compared(
      'cold load → map idle + choropleth',
      loads,
      ms,
      `≤ ${targets.loadRatio} × floor (aim ${targets.loadAim})`,
      verdicts.load,
    ),
    compared(
      "  the app's own overhead",
      loads,
      ms,
      `≤ ${targets.overheadRatio} × floor+labels`,
      verdicts.overhead,
    ),
    ...phaseLabels.map(([key, label]) =>
      compared(
        label,
        { app: loadPhases.app[key], floor: loadPhases.floor[key], labels: loadPhases.labels[key] },
        ms,
      ),
    ),
    ...(phone
      ? [
          compared(
            'phone 390×844 @3×, CPU 4× slower: cold load',
            { app: phone.app.median, floor: phone.floor.median, labels: phone.labels.median },
            ms,
            'reported',
          ),
          ...phaseLabels.map(([key, label]) =>
            compared(
              label,
              {
                app: phone.app.phases[key],
                floor: phone.floor.phases[key],
                labels: phone.labels.phases[key],
              },
              ms,
            ),
          ),
        ]
      : []),
    [
      'click → panel painted',
      ms(click.median),
      '–',
      '–',
      '–',
      '–',
      `≤ ${targets.clickMs} ms`,
      verdicts.click,
    ],
    [
      'metric switch → fill repainted',
      ms(sw.median),
      '–',
      '–',
      '–',
      '–',
      `≤ ${targets.switchMs} ms`,
      verdicts.switch,
    ],
    compared(
      `3× export of 1920×1080 (${s.exportCanvas.app})`,
      { app: exp.app.median, floor: exp.floor.median },
      ms,
      `≤ ${targets.exportRatio} × floor`,
      verdicts.export,
    ),
    compared(
      'JS heap after load (main thread)',
      { app: heap.app, floor: heap.floor, labels: s.labels.heap },
      mb,
    ),
    compared(
      'everything shipped (gzip)',
      { app: sizes.app.totalGzip, floor: sizes.floor.totalGzip },
      kb,
      `≤ maplibre-gl ${kb(sizes.maplibre.total)} + 90 kB = ${kb(sizes.budget)}`,
      verdicts.shipped,
    ),
    compared(
      '  of which the first view loads',
      { app: sizes.appFirstView.totalGzip, floor: sizes.floor.totalGzip },
      kb,
      `≤ ${kb(sizes.budget)}`,
      verdicts.firstView,
    ),
  ];
  const sizeRows = [
    ['shipped file (app)', 'kind', 'first view', 'raw', 'gzip'],
    ...sizes.app.files.map((f) => [
      f.file,
      f.kind,
      sizes.appFirstView.files.some((v) => v.file === f.file) ? 'yes' : 'on use',
      kb(f.raw),
      kb(f.gzip),
    ]),
    ['maplibre-gl.js (node_modules, reference)', 'js', '', '', kb(sizes.maplibre.js)],
    ['maplibre-gl.css (node_modules, reference)', 'css', '', '', kb(sizes.maplibre.css)],
  ];
  const geoRows = [
    ['geo/data file (for information)', 'bundled in the JS', 'raw', 'gzip'],
    ...geo.map((f) => [f.file, f.importedBySrc ? 'yes' : 'no', kb(f.raw), kb(f.gzip)]),
  ];

  console.log(
    `\n${runs} run(s) each after ${runs > 1 ? 'one warm-up' : 'no warm-up'}, medians; ${renderer}\n`,
  );
  console.log(table(rows));
  if (desk.length) console.log(`\n${table(deskRows(desk))}`);
  else console.log('\nReport desk: not measured (a smoke run; --desk opens its two workbooks).');
  const misses = explainMisses(missInputs(s, sizes, geo));
  if (misses.length)
    console.log(
      `\nWhat each miss is made of (this run's medians; what was tried: bench/README.md):\n\n${misses
        .map((m) => `- ${m}`)
        .join('\n')}`,
    );
  else console.log('\nEvery target met.');
  console.log(`\n${table(sizeRows)}\n\n${table(geoRows)}\n`);
  console.log(
    'Geo files (as text) and data files (as the build parsed them) are bundled into the app JS chunks, so they ' +
      'are inside its gzip size above.',
  );
}
