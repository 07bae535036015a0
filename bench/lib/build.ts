/** Builds the app (unless reused) and the floor before anything is measured. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appDist, floorConfig, fromRoot, productionDist, root } from './config';

function run(command: string, argv: string[], what: string, env: NodeJS.ProcessEnv = process.env): void {
  console.log(`· ${what}…`);
  const result = spawnSync(command, argv, { cwd: root, encoding: 'utf8', stdio: 'pipe', env });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`${what} failed (${command} ${argv.join(' ')} exited ${result.status ?? result.signal})`);
  }
}

/**
 * `noBuild`: reuse the browser tests' build (it must exist); else build the app with its test hooks and,
 * for the size, as it ships. The floor is always built, it is small.
 */
export function buildPages(noBuild: boolean): void {
  if (!noBuild) {
    run('npx', ['vite', 'build', '--outDir', appDist], 'building the app with test hooks (vite build)', {
      ...process.env,
      HUIZE_TEST_HOOKS: '1',
    });
    const { HUIZE_TEST_HOOKS: _hooks, ...production } = process.env;
    run(
      'npx',
      ['vite', 'build', '--outDir', productionDist],
      'building the app as it ships (vite build)',
      production,
    );
  }
  if (!existsSync(fromRoot(appDist, 'index.html')))
    throw new Error(
      `${appDist}/index.html is missing: run the browser tests first (npm run test:e2e), or drop --no-build`,
    );
  run('npx', ['vite', 'build', '--config', floorConfig], 'building the floor (bench/floor.html)');
}
