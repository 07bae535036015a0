/**
 * What the hostile-input suites share: a fingerprint of a folder (to prove a refused run wrote nothing),
 * the data tools' commands run in this process, and the resident memory of the test process for the big
 * inputs. (scripts.test.ts checks that each script file runs its command: same status, same lines.)
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { addSourceCommand } from '../../../data/commands/addSource';
import { checkData } from '../../../data/commands/checkData';
import { exportSheetCommand } from '../../../data/commands/exportSheet';
import { importSheetCommand } from '../../../data/commands/importSheet';
import type { Command } from '../../../data/lib/command';

/** Every file under `dirs` (recursively) with the SHA-256 of its bytes; absent folders count as empty. */
export function fingerprint(...dirs: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (root: string, dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(root, path);
      else
        out[`${root}:${relative(root, path)}`] = createHash('sha256')
          .update(readFileSync(path))
          .digest('hex');
    }
  };
  for (const d of dirs) if (existsSync(d)) walk(d, d);
  return out;
}

const COMMANDS: Record<string, Command> = {
  'data/check-data.ts': checkData,
  'data/import-sheet.ts': importSheetCommand,
  'data/add-source.ts': addSourceCommand,
  'data/export-sheet.ts': exportSheetCommand,
};

/**
 * The command of a data script (data/<name>.ts), run in this process with what `npm run …` would give it:
 * the arguments, this environment with no CI unless the case sets it, and a capture of every line it prints
 * (stdout and stderr, in the order printed) as `output`.
 */
export async function tool(script: string, args: string[], env: Record<string, string> = {}) {
  const command = COMMANDS[script];
  if (!command) throw new Error(`no command for ${script}`);
  const lines: string[] = [];
  const print = (line: string) => void lines.push(line);
  const status = await command(
    args,
    { ...process.env, CI: '', ...env },
    { log: print, warn: print, error: print },
  );
  return { status, lines, output: lines.join('\n') };
}

/** The largest resident memory seen in this process so far, sampled by the caller around big cases. */
export function rssMiB(): number {
  return process.memoryUsage().rss / 2 ** 20;
}
