/**
 * `npm run data:import-sheet -- in.xlsx [--data-dir folder] [--dry-run]`: reads a workbook written by
 * data:export-sheet (and edited), runs every check of check:data on it, and writes the data files only
 * when all pass. Each error names its sheet, row, column and rule. A new row without an id gets a stable
 * one (printed). Exit 1 when anything is refused, and then nothing is written.
 */
import { ArgsError, parseArgs, runMain } from './lib/args';
import { formatCellError } from '../src/sheet/locate';
import { importSheet, pathsFor } from './sheet/roundTrip';

const USAGE = 'usage: npm run data:import-sheet -- in.xlsx [--data-dir folder] [--dry-run]';

await runMain(USAGE, async () => {
  const args = parseArgs(process.argv.slice(2), { options: ['data-dir'], flags: ['dry-run'] });
  const [file, ...extra] = args.positional;
  if (!file || extra.length > 0) throw new ArgsError('give one .xlsx file to read');
  const dryRun = args.flags.has('dry-run');
  const paths = pathsFor(args.options.get('data-dir'));
  const r = await importSheet(file, paths, dryRun);
  for (const notice of r.notices) console.warn(notice);
  for (const e of r.errors) console.error(formatCellError(e));
  for (const n of r.newIds) console.warn(`new id: ${n.sheet}, row ${n.row}: ${n.id}`);
  if (r.errors.length > 0) {
    const unchecked = r.checked ? '' : ' (the checks run once every cell reads)';
    console.error(
      `data:import-sheet: ${r.errors.length} error(s)${unchecked}; nothing written to ${paths.dataDir}`,
    );
    process.exit(1);
  }
  const what = r.changed.length > 0 ? r.changed.join(', ') : 'no file changed';
  console.warn(
    `data:import-sheet: every check passed; ${dryRun ? 'would write' : 'wrote'}: ${what} (${paths.dataDir})`,
  );
});
