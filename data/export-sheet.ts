/**
 * `npm run data:export-sheet -- out.xlsx [--data-dir folder]`: the data as a workbook for those who do not
 * edit JSON — a sheet per record kind (and one each for amounts and counts), frozen headers, ids kept,
 * dropdown lists, and a dictionary sheet saying what each column holds. See data/sheet/.
 */
import { ArgsError, parseArgs, runMain } from './lib/args';
import { exportSheet, pathsFor } from './sheet/roundTrip';

const USAGE = 'usage: npm run data:export-sheet -- out.xlsx [--data-dir folder]';

await runMain(USAGE, async () => {
  const args = parseArgs(process.argv.slice(2), { options: ['data-dir'] });
  const [out, ...extra] = args.positional;
  if (!out || extra.length > 0 || !out.endsWith('.xlsx')) throw new ArgsError('give one .xlsx file to write');
  const paths = pathsFor(args.options.get('data-dir'));
  const counts = await exportSheet(out, paths);
  const summary = Object.entries(counts)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  console.warn(`data:export-sheet: wrote ${out} (${summary}) from ${paths.dataDir}`);
});
