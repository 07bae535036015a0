/**
 * The command lines of the data scripts: positional arguments and `--name value` options (`--flag` alone
 * for the listed flags). An unknown option or a missing value is an ArgsError naming it.
 */
export class ArgsError extends Error {
  override readonly name = 'ArgsError';
}

export interface Args {
  positional: string[];
  options: Map<string, string>;
  flags: Set<string>;
}

export function parseArgs(argv: readonly string[], known: { options: string[]; flags?: string[] }): Args {
  const out: Args = { positional: [], options: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      out.positional.push(arg);
      continue;
    }
    const name = arg.slice(2);
    if (known.flags?.includes(name)) {
      out.flags.add(name);
      continue;
    }
    if (!known.options.includes(name)) throw new ArgsError(`unknown option --${name}`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new ArgsError(`--${name} needs a value`);
    out.options.set(name, value);
    i++;
  }
  return out;
}
