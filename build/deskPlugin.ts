import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type { InputPaths } from './paths.ts';

const deskModule = 'virtual:huize-desk';
const resolved = `\0${deskModule}`;

/**
 * Serves `virtual:huize-desk` (build/deskInputs.ts): the cut official code list the report desk checks a
 * workbook with. Only src/desk and the reader's citation card (src/reader/officialList.ts) import it, with a
 * dynamic import, so it is a chunk of its own that the first view never loads. Read through Vite's module runner, as validatePlugin.ts reads
 * the checks, so the config stays loadable without bundling.
 */
export function deskInputsPlugin(paths: InputPaths): Plugin {
  return {
    name: 'huize:desk-inputs',
    resolveId: (id) => (id === deskModule ? resolved : undefined),
    async load(id) {
      if (id !== resolved) return undefined;
      const { module } = await runnerImport<typeof import('./deskInputs.ts')>(
        fileURLToPath(new URL('./deskInputs.ts', import.meta.url)),
      );
      const inputs = module.deskInputs(paths);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(inputs))});`;
    },
  };
}
