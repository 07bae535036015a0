import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type { InputPaths } from './paths.ts';

/**
 * Fails the build when the data or geo files would not load, or do not fit each other: the app parses
 * and joins them at start-up and would otherwise ship a page that throws on open (or, for the checks
 * only the build makes, draws a half-joined map). The error keeps its class name in the message, because
 * the build prints the message and not the class.
 *
 * The parsers are the app's own TypeScript modules, loaded through Vite's module runner rather than
 * imported here, so that the config file stays loadable without bundling.
 *
 * Not in vitest (which loads this config): the unit tests check the same things on their own fixtures.
 */
export function validateInputs(paths: InputPaths): Plugin {
  return {
    name: 'huize:validate-inputs',
    apply: () => !process.env.VITEST,
    async buildStart() {
      const { module } = await runnerImport<typeof import('./inputs.ts')>(
        fileURLToPath(new URL('./inputs.ts', import.meta.url)),
      );
      for (const file of module.inputFiles(paths)) this.addWatchFile(file);
      try {
        module.checkInputs(paths);
      } catch (e) {
        const err = e as Error;
        this.error(`${err.name}: ${err.message}`);
      }
    },
  };
}
