/**
 * Builds the one-file app (`dist-single/index.html`, as `npm run build:single` makes it) for
 * tests/e2e/single-file.spec.ts. Run with `npx tsx tests/e2e/build-single.ts` or import `buildSingle`.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const singleFileHtml = fileURLToPath(new URL('../../dist-single/index.html', import.meta.url));

export function buildSingle(): void {
  execFileSync('npx', ['vite', 'build', '--config', 'vite.single.config.ts', '--logLevel', 'warn'], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    stdio: 'inherit',
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    // Beside three other builds on a busy 2-core machine a build can take minutes.
    timeout: 240_000,
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildSingle();
