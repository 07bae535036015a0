/**
 * `npm run data:import-sheet -- in.xlsx [--data-dir folder] [--dry-run]`: reads a workbook written by
 * data:export-sheet (and edited), runs every check of check:data on it, and writes the data files only
 * when all pass. Each error names its sheet, row, column and rule. A new row without an id gets a stable
 * one (printed). Exit 1 when anything is refused, and then nothing is written. The command:
 * data/commands/importSheet.ts.
 */
import { importSheetCommand } from './commands/importSheet';
import { exitWith } from './lib/command';

await exitWith(importSheetCommand(process.argv.slice(2), process.env, console));
