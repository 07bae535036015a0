/**
 * `npm run data:add-source -- <file.txt> --title … --outlet … [--date YYYY[-MM[-DD]]] [--url …]
 * [--author …] [--id src-…] [--name-zh …] [--name-en …] [--date-note …] [--language zh] [--data-dir folder [--init]]`
 *
 * Normalises a scraped text, stores it in the sources folder (the data folder's sources/, or
 * HUIZE_SOURCES_DIR) with its entry in sources.json, and prints the sections it found. Refuses a text
 * already registered, and a --data-dir without sources.json unless --init starts one there. See
 * data/lib/addSource.ts.
 */
import { inputPaths } from '../build/paths';
import { addSource, describeAdded } from './lib/addSource';
import { ArgsError, parseArgs, runMain } from './lib/args';

const USAGE =
  'usage: npm run data:add-source -- <file.txt> --title … --outlet … [--date YYYY[-MM[-DD]]] [--url …] [--author …] [--id …] [--name-zh …] [--name-en …] [--date-note …] [--language …] [--data-dir folder [--init]]';

await runMain(USAGE, () => {
  const args = parseArgs(process.argv.slice(2), {
    options: [
      'title',
      'outlet',
      'date',
      'url',
      'author',
      'id',
      'name-zh',
      'name-en',
      'date-note',
      'language',
      'data-dir',
    ],
    flags: ['init'],
  });
  const [file, ...extra] = args.positional;
  if (!file || extra.length > 0) throw new ArgsError('give exactly one text file');
  const need = (name: string) => {
    const v = args.options.get(name);
    if (!v) throw new ArgsError(`--${name} is required`);
    return v;
  };
  const dataDir = args.options.get('data-dir');
  const paths = inputPaths(dataDir ? { ...process.env, HUIZE_DATA_DIR: dataDir } : process.env);
  const o = (name: string) => args.options.get(name);
  const added = addSource(
    {
      file,
      title: need('title'),
      outlet: need('outlet'),
      date: o('date'),
      dateNote: o('date-note'),
      url: o('url'),
      author: o('author'),
      id: o('id'),
      nameZh: o('name-zh'),
      nameEn: o('name-en'),
      language: o('language'),
      init: args.flags.has('init'),
    },
    paths,
  );
  for (const line of describeAdded(added)) console.warn(line);
});
