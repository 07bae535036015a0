/**
 * Builds every app variant the browser tests drive, side by side: the app (dist-e2e), the app with imported
 * official boundaries (dist-official), the app from hostile data (dist-xss) and the one-file app
 * (dist-single). playwright.config.ts runs this as its first server's command; Playwright starts its servers
 * one after another, so built one by one they cost the sum of four builds before the first test, and a
 * build spends most of its time in one thread (the Svelte compile and the data checks are JavaScript).
 * Each build's output is prefixed with its name; any failure fails the whole run.
 */
import { spawn } from 'node:child_process';

const builds: Record<string, string[]> = {
  app: ['vite', 'build', '--outDir', 'dist-e2e', '--logLevel', 'warn'],
  official: ['tsx', 'tests/e2e/build-official.ts'],
  xss: ['tsx', 'tests/e2e/build-xss.ts'],
  single: ['tsx', 'tests/e2e/build-single.ts'],
};

function run(name: string, args: string[]): Promise<number> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    // Only the app's build saves itself as one file in the tests; the others skip that page (build/oneFileAsset.ts).
    const env = name === 'app' ? process.env : { ...process.env, HUIZE_ONE_FILE: '0' };
    const child = spawn('npx', args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    const prefix = (chunk: Buffer) =>
      chunk
        .toString()
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => `[${name}] ${line}\n`)
        .join('');
    child.stdout.on('data', (chunk: Buffer) => process.stdout.write(prefix(chunk)));
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(prefix(chunk)));
    child.on('error', reject);
    child.on('close', (code) => {
      console.warn(
        `[${name}] ${code === 0 ? 'built' : `failed (exit ${code})`} in ${(Date.now() - started) / 1000} s`,
      );
      resolve(code ?? 1);
    });
  });
}

const codes = await Promise.all(Object.entries(builds).map(([name, args]) => run(name, args)));
if (codes.some((code) => code !== 0)) process.exit(1);
