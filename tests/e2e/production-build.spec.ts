import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/** The window names src/testing/hooks.ts gives the browser tests and the benchmark. */
const hookNames = ['__map', '__mapReady', '__lastExport', '__exportBlobAt'];

/** A production build (`npm run build`, no HUIZE_TEST_HOOKS) into a fresh folder. */
function productionBuild(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'huize-production-'));
  const env = { ...process.env };
  delete env.HUIZE_TEST_HOOKS;
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--logLevel', 'warn'], { env, stdio: 'inherit' });
  return outDir;
}

function shippedScript(outDir: string): string {
  const assets = join(outDir, 'assets');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(assets, f), 'utf8'))
    .join('\n');
}

const found = (code: string) => hookNames.filter((name) => new RegExp(`\\b${name}\\b`).test(code));

test('the production build ships no test hook, and a build with HUIZE_TEST_HOOKS=1 has them all', () => {
  test.setTimeout(180_000);
  expect(found(shippedScript(productionBuild()))).toEqual([]);
  // The hooked build is the one the browser tests drive, built by playwright.config.ts's first server with
  // HUIZE_TEST_HOOKS=1: checking it costs no second build.
  expect(found(shippedScript('dist-e2e'))).toEqual(hookNames);
});
