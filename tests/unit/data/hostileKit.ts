/**
 * What the hostile-input suites share: a fingerprint of a folder (to prove a refused run wrote nothing),
 * the data tools run as the user runs them, and the resident memory of the test process for the big inputs.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { run } from './commands';

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

/** A data script (data/<name>.ts) run with tsx, as `npm run …` runs it; no CI unless the case sets it. */
export const tool = (script: string, args: string[], env: Record<string, string> = {}) =>
  run('npx', ['tsx', script, ...args], { CI: '', ...env });

/** The largest resident memory seen in this process so far, sampled by the caller around big cases. */
export function rssMiB(): number {
  return process.memoryUsage().rss / 2 ** 20;
}
