/**
 * A data script as a function of its command line, its environment and where it prints, returning its exit
 * status: the script file runs it with process.argv, process.env and console, and the tests run it in
 * their own process (a child process costs ≈ 0.7 s before any work). So a command never reads process.env
 * nor exits: every setting comes from `env` (build/paths.ts inputPaths) and every line goes through `io`.
 */
import { ArgsError } from './args';

/** The print functions the scripts use: console's, or a test's capture. One call prints one line. */
export interface CommandIO {
  log: (line: string) => void;
  warn: (line: string) => void;
  error: (line: string) => void;
}

export type Command = (argv: readonly string[], env: NodeJS.ProcessEnv, io: CommandIO) => Promise<number>;

/** What a command's body is: it returns its status, or throws (an ArgsError for a wrong command line). */
export type CommandBody = (
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  io: CommandIO,
) => Promise<number | void> | number | void;

/**
 * Runs a command's body, printing an error by its class name and message: status 1, or 2 with the usage
 * after it for an ArgsError. A body that returns nothing succeeded (status 0).
 */
export async function runCommand(
  usage: string,
  body: CommandBody,
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  io: CommandIO,
): Promise<number> {
  try {
    return (await body(argv, env, io)) ?? 0;
  } catch (e) {
    const err = e as Error;
    io.error(`${err.name}: ${err.message}`);
    if (err instanceof ArgsError) io.error(usage);
    return err instanceof ArgsError ? 2 : 1;
  }
}

/** The end of a script file: exits with the command's status when it is not 0, as the scripts always did. */
export async function exitWith(status: Promise<number>): Promise<void> {
  const code = await status;
  if (code !== 0) process.exit(code);
}
