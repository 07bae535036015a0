/**
 * `npm run data:add-source -- <file.txt> --title … --outlet … […]` as a command (data/lib/command.ts): the
 * script data/add-source.ts runs it with process.argv, process.env and console; the tests run it in their
 * own process. The work is data/lib/addSource.ts.
 */
import { inputPaths } from '../../build/paths';
import { addSource, describeAdded } from '../lib/addSource';
import { ArgsError, parseArgs } from '../lib/args';
import { runCommand, type Command } from '../lib/command';

const USAGE =
  'usage: npm run data:add-source -- <file.txt> --title … --outlet … [--date YYYY[-MM[-DD]]] [--url …] [--author …] [--id …] [--name-zh …] [--name-en …] [--date-note …] [--language …] [--data-dir folder [--init]]';

const OPTIONS = [
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
];

export const addSourceCommand: Command = (argv, env, io) =>
  runCommand(
    USAGE,
    () => {
      const args = parseArgs(argv, { options: OPTIONS, flags: ['init'] });
      const [file, ...extra] = args.positional;
      if (!file || extra.length > 0) throw new ArgsError('give exactly one text file');
      const need = (name: string) => {
        const v = args.options.get(name);
        if (!v) throw new ArgsError(`--${name} is required`);
        return v;
      };
      const dataDir = args.options.get('data-dir');
      const paths = inputPaths(dataDir ? { ...env, HUIZE_DATA_DIR: dataDir } : env);
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
      for (const line of describeAdded(added)) io.warn(line);
    },
    argv,
    env,
    io,
  );
