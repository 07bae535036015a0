/**
 * The real commands (vite build, the data scripts) run as a child process, without vitest's markers in
 * the environment: the build plugin stands down under vitest.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'TEST' && k !== 'NODE_ENV'),
  );
  return { ...env, ...extra };
}

/** Runs a command; its exit status and everything it printed (stdout, then stderr). */
export function run(command: string, args: string[], env: Record<string, string> = {}) {
  // `npm run` finds its tools in node_modules/.bin; so does this, without npx's own start-up (≈ 0.3 s each).
  const local = command === 'npx' && args[0] ? join('node_modules', '.bin', args[0]) : null;
  if (local && existsSync(local)) [command, args] = [local, args.slice(1)];
  const r = spawnSync(command, args, {
    env: childEnv(env),
    encoding: 'utf8',
    timeout: 120_000,
    // a refusal may print a lot; past the default 1 MiB the child would be killed and its status lost
    maxBuffer: 64 * 2 ** 20,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/** `npx vite build` into outDir, quietly, with the given environment (e.g. HUIZE_DATA_DIR). */
export const viteBuild = (outDir: string, env: Record<string, string>) =>
  run('npx', ['vite', 'build', '--outDir', outDir, '--logLevel', 'warn'], env);
