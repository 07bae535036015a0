/**
 * `npm run data:add-source -- <file.txt> --title … --outlet … [--date YYYY[-MM[-DD]]] [--url …]
 * [--author …] [--id src-…] [--name-zh …] [--name-en …] [--date-note …] [--language zh] [--data-dir folder [--init]]`
 *
 * Normalises a scraped text, stores it in the sources folder (the data folder's sources/, or
 * HUIZE_SOURCES_DIR) with its entry in sources.json, and prints the sections it found. Refuses a text
 * already registered, and a --data-dir without sources.json unless --init starts one there. See
 * data/lib/addSource.ts; the command itself is data/commands/addSource.ts.
 */
import { addSourceCommand } from './commands/addSource';
import { exitWith } from './lib/command';

await exitWith(addSourceCommand(process.argv.slice(2), process.env, console));
