import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

/**
 * The township file the app bundles. Tests of the "official boundaries" path build the app against an
 * imported file in a temporary folder; everyone else gets geo/townships.geojson.
 */
const townshipsFile =
  process.env.HUIZE_TOWNSHIPS_FILE ?? fileURLToPath(new URL('./geo/townships.geojson', import.meta.url));

export default defineConfig({
  // Relative asset URLs so the built app also works from a sub-path or file://.
  base: './',
  plugins: [svelte(), svelteTesting()],
  resolve: {
    alias: [{ find: /^virtual:townships(\?raw)?$/, replacement: `${townshipsFile}$1` }],
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
