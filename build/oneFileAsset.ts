import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { ONE_FILE_ASSET } from '../src/data/embedded.ts';

/**
 * The hosted build ships the one-file page (`npm run build:single`'s index.html) beside its own, as
 * `one-file.html`: "Save this map as one file" fetches it (only then) and writes it out with the data shown
 * (src/desk-ui/save.ts). Built here, by the same config as build:single, so it always matches the hosted
 * code. HUIZE_ONE_FILE=0 leaves it out (test builds that never save); the app then says it cannot.
 */
export function oneFileAsset(): Plugin {
  let enabled = false;
  let root = '';
  let outDir = '';
  return {
    name: 'huize:one-file-asset',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      enabled =
        !process.env.VITEST &&
        process.env.HUIZE_ONE_FILE !== '0' &&
        config.define?.__HUIZE_SINGLE_FILE__ !== 'true';
    },
    // After the hosted files are written (a build inside a bundle hook would be counted as that hook's time).
    async closeBundle() {
      if (!enabled) return;
      const { build } = await import('vite');
      const dir = mkdtempSync(join(tmpdir(), 'huize-one-file-'));
      const said = process.env.HUIZE_NOTICES_SAID;
      process.env.HUIZE_NOTICES_SAID = '1';
      try {
        await build({
          configFile: resolve(root, 'vite.single.config.ts'),
          logLevel: 'warn',
          build: { outDir: dir, emptyOutDir: true },
        });
        copyFileSync(join(dir, 'index.html'), join(outDir, ONE_FILE_ASSET));
      } finally {
        if (said === undefined) delete process.env.HUIZE_NOTICES_SAID;
        else process.env.HUIZE_NOTICES_SAID = said;
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
