import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Builds the two reference pages, bench/floor.html and bench/floor-labels.html, on their own (no Svelte
 * plugin: they have no framework) into bench/dist-floor,
 * and serves that with `vite preview --config bench/vite.floor.config.ts`.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Same relative asset URLs as the app, so both are served the same way.
  base: './',
  logLevel: 'warn',
  build: {
    outDir: 'dist-floor',
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        floor: fileURLToPath(new URL('./floor.html', import.meta.url)),
        labels: fileURLToPath(new URL('./floor-labels.html', import.meta.url)),
      },
    },
    // maplibre-gl alone is over 500 kB minified; the warning would say nothing new.
    chunkSizeWarningLimit: 2000,
  },
  preview: { port: 4184, strictPort: true },
});
