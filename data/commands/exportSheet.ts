/**
 * `npm run data:export-sheet -- out.xlsx [--data-dir folder]` as a command (data/lib/command.ts): the
 * script data/export-sheet.ts runs it with process.argv, process.env and console.
 */
import { ArgsError, parseArgs } from '../lib/args';
import { runCommand, type Command } from '../lib/command';
import { exportSheet, pathsFor } from '../sheet/roundTrip';

const USAGE = 'usage: npm run data:export-sheet -- out.xlsx [--data-dir folder]';

export const exportSheetCommand: Command = (argv, env, io) =>
  runCommand(
    USAGE,
    async () => {
      const args = parseArgs(argv, { options: ['data-dir'] });
      const [out, ...extra] = args.positional;
      if (!out || extra.length > 0 || !out.endsWith('.xlsx'))
        throw new ArgsError('give one .xlsx file to write');
      const paths = pathsFor(args.options.get('data-dir'), env);
      const counts = await exportSheet(out, paths);
      const summary = Object.entries(counts)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ');
      io.warn(`data:export-sheet: wrote ${out} (${summary}) from ${paths.dataDir}`);
    },
    argv,
    env,
    io,
  );
