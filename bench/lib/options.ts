/**
 * The command line: `tsx bench/run.ts [--runs N] [--no-build] [--no-phone] [--out FILE]` (see bench/run.ts and
 * bench/README.md).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fromRoot, fullRuns } from './config';

export interface Options {
  /** Measured runs per page, after one warm-up of each when > 1. */
  runs: number;
  /** Reuse the app's dist/ instead of building it. */
  noBuild: boolean;
  /** Also load every page on the phone profile (390×844 at 3×, CPU 4× slower) in each run. */
  phone: boolean;
  /** Where to write the results; undefined for a smoke run (fewer than fullRuns runs) without --out. */
  outFile: string | undefined;
  /** Open the report desk's two workbooks (a full run does; a smoke run only with --desk). */
  desk: boolean;
  /** Make the Word document of the townships with records (a full run does; a smoke run only with --docx). */
  docx: boolean;
  /** Make the PDF atlas of the townships with records (a full run does; a smoke run only with --atlas). */
  atlas: boolean;
  /** Open the source reader on the seed report and a 100 kB one (a full run does; a smoke run only with --reader). */
  reader: boolean;
}

export function parseOptions(): Options {
  const { values: args } = parseArgs({
    options: {
      runs: { type: 'string', default: String(fullRuns) },
      'no-build': { type: 'boolean', default: false },
      'no-phone': { type: 'boolean', default: false },
      out: { type: 'string' },
      desk: { type: 'boolean', default: false },
      docx: { type: 'boolean', default: false },
      atlas: { type: 'boolean', default: false },
      reader: { type: 'boolean', default: false },
    },
  });
  const runs = Number(args.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs must be a positive integer, not ${args.runs}`);
  const outFile =
    args.out !== undefined
      ? path.resolve(args.out)
      : runs >= fullRuns
        ? fromRoot('bench/results.json')
        : undefined;
  const desk = args.desk || runs > 1;
  const docx = args.docx || runs > 1;
  const atlas = args.atlas || runs > 1;
  const reader = args.reader || runs > 1;
  return { runs, noBuild: args['no-build'], phone: !args['no-phone'], outFile, desk, docx, atlas, reader };
}
