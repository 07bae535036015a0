/**
 * `npm run data:import-sheet -- in.xlsx [--data-dir folder] [--dry-run]` as a command (data/lib/command.ts):
 * the script data/import-sheet.ts runs it with process.argv, process.env and console; the tests run it in
 * their own process.
 */
import { formatCellError } from '../../src/sheet/locate';
import { ArgsError, parseArgs } from '../lib/args';
import { runCommand, type Command } from '../lib/command';
import { importSheet, pathsFor } from '../sheet/roundTrip';

const USAGE = 'usage: npm run data:import-sheet -- in.xlsx [--data-dir folder] [--dry-run]';

export const importSheetCommand: Command = (argv, env, io) =>
  runCommand(
    USAGE,
    async () => {
      const args = parseArgs(argv, { options: ['data-dir'], flags: ['dry-run'] });
      const [file, ...extra] = args.positional;
      if (!file || extra.length > 0) throw new ArgsError('give one .xlsx file to read');
      const dryRun = args.flags.has('dry-run');
      const paths = pathsFor(args.options.get('data-dir'), env);
      const r = await importSheet(file, paths, dryRun);
      for (const notice of r.notices) io.warn(notice);
      for (const e of r.errors) io.error(formatCellError(e));
      for (const n of r.newIds) io.warn(`new id: ${n.sheet}, row ${n.row}: ${n.id}`);
      if (r.errors.length > 0) {
        const unchecked = r.checked ? '' : ' (the checks run once every cell reads)';
        io.error(
          `data:import-sheet: ${r.errors.length} error(s)${unchecked}; nothing written to ${paths.dataDir}`,
        );
        return 1;
      }
      const what = r.changed.length > 0 ? r.changed.join(', ') : 'no file changed';
      io.warn(
        `data:import-sheet: every check passed; ${dryRun ? 'would write' : 'wrote'}: ${what} (${paths.dataDir})`,
      );
      return 0;
    },
    argv,
    env,
    io,
  );
