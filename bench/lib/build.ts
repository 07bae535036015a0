/** Builds the app (unless reused) and the floor before anything is measured. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { floorConfig, fromRoot, root } from './config';

function run(command: string, argv: string[], what: string): void {
  console.log(`· ${what}…`);
  const result = spawnSync(command, argv, { cwd: root, encoding: 'utf8', stdio: 'pipe' });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`${what} failed (${command} ${argv.join(' ')} exited ${result.status ?? result.signal})`);
  }
}

/** `noBuild`: reuse dist/ (it must exist); the floor is always built, it is small. */
export function buildPages(noBuild: boolean): void {
  if (!noBuild) run('npx', ['vite', 'build'], 'building the app (vite build)');
  if (!existsSync(fromRoot('dist/index.html')))
    throw new Error('dist/index.html is missing: build the app first (npx vite build), or drop --no-build');
  run('npx', ['vite', 'build', '--config', floorConfig], 'building the floor (bench/floor.html)');
}
