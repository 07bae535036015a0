/**
 * `npm run data:export-sheet -- out.xlsx [--data-dir folder]`: the data as a workbook for those who do not
 * edit JSON — a sheet per record kind (and one each for amounts and counts), frozen headers, ids kept,
 * dropdown lists, and a dictionary sheet saying what each column holds. See data/sheet/ (the command:
 * data/commands/exportSheet.ts).
 */
import { exportSheetCommand } from './commands/exportSheet';
import { exitWith } from './lib/command';

await exitWith(exportSheetCommand(process.argv.slice(2), process.env, console));
