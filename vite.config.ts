import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { oneFileAsset } from './build/oneFileAsset.ts';
import { inputPaths } from './build/paths.ts';
import { readerTexts } from './build/textsPlugin.ts';
import { deskInputsPlugin } from './build/deskPlugin.ts';
import { validateInputs } from './build/validatePlugin.ts';

/**
 * The data folder and township file the app bundles. Tests build the app against other ones in temporary
 * folders: HUIZE_TOWNSHIPS_FILE for imported official boundaries, HUIZE_DATA_DIR for hostile or broken
 * data; everyone else gets data/ and geo/townships.geojson.
 */
const inputs = inputPaths();

export default defineConfig({
  // Relative asset URLs so the built app also works from a sub-path or file://.
  base: './',
  // The browser tests' and the benchmark's window hooks (src/testing/hooks.ts) exist only when asked for.
  // The one-file build (vite.single.config.ts) sets __HUIZE_SINGLE_FILE__: its data is a block of its page.
  define: {
    __HUIZE_TEST_HOOKS__: JSON.stringify(process.env.HUIZE_TEST_HOOKS === '1'),
    __HUIZE_SINGLE_FILE__: 'false',
  },
  plugins: [
    validateInputs(inputs),
    deskInputsPlugin(inputs),
    readerTexts(inputs),
    svelte(),
    // The DOM clean-up is tests/unit/setup.ts's, for the component tests only.
    svelteTesting({ autoCleanup: false }),
    oneFileAsset(),
  ],
  resolve: {
    alias: [{ find: /^virtual:townships(\?raw)?$/, replacement: `${inputs.townshipsFile}$1` }],
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    // A hang guard, not a speed check (speed is the benchmark's): vitest's 5 s failed heavy renders when the
    // 2-core machine was busy with other work.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Vitest's default leaves one core free (cores − 1): one worker on a 2-core CI machine. The run is all
    // there is to do there, so every core works (3 min 20 s → 2 min 10 s on 2 cores).
    maxWorkers: '100%',
  },
});
