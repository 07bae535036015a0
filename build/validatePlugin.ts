import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type { ParsedData } from '../src/data/join.ts';
import type { InputPaths } from './paths.ts';

const dataModule = 'virtual:huize-data';
const resolvedDataModule = `\0${dataModule}`;

/**
 * Fails the build when the data or geo files would not load, or do not fit each other, and hands the
 * browser the data already parsed: `virtual:huize-data` is the five data files after the schemas (in file
 * order), so the app only joins them (src/data/appData.ts) and ships neither zod nor the checks. A build
 * that cannot parse its data therefore cannot ship a page; the error keeps its class name in the message,
 * because the build prints the message and not the class.
 *
 * The parsers are the app's own TypeScript modules, loaded through Vite's module runner rather than
 * imported here, so that the config file stays loadable without bundling.
 *
 * Under vitest (which loads this config) the up-front check stands down — the unit tests check the same
 * things on their own fixtures — but the data module is still served, so components see what the app sees.
 */
export function validateInputs(paths: InputPaths): Plugin {
  let checked: ParsedData | undefined;
  const load = async (): Promise<{ data: ParsedData; files: string[] }> => {
    const { module } = await runnerImport<typeof import('./inputs.ts')>(
      fileURLToPath(new URL('./inputs.ts', import.meta.url)),
    );
    const files = module.inputFiles(paths);
    try {
      return { data: module.parsedData(module.checkInputs(paths).data), files };
    } catch (e) {
      const err = e as Error;
      throw Object.assign(new Error(`${err.name}: ${err.message}`), { files });
    }
  };
  return {
    name: 'huize:validate-inputs',
    async buildStart() {
      if (process.env.VITEST) return;
      try {
        const { data, files } = await load();
        for (const file of files) this.addWatchFile(file);
        checked = data;
      } catch (e) {
        for (const file of (e as { files?: string[] }).files ?? []) this.addWatchFile(file);
        this.error((e as Error).message);
      }
    },
    resolveId(id) {
      return id === dataModule ? resolvedDataModule : undefined;
    },
    async load(id) {
      if (id !== resolvedDataModule) return undefined;
      let data = checked;
      if (!data) {
        try {
          const loaded = await load();
          for (const file of loaded.files) this.addWatchFile(file);
          data = loaded.data;
        } catch (e) {
          this.error((e as Error).message);
        }
      }
      // JSON.parse of one string is faster for the engine than the same data as an object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
    handleHotUpdate({ file, server }) {
      // The dev server: an edited data file re-parses the data and reloads the page with it.
      if (!file.endsWith('.json') || resolve(file, '..') !== resolve(paths.dataDir)) return undefined;
      checked = undefined;
      const module = server.moduleGraph.getModuleById(resolvedDataModule);
      if (module) server.moduleGraph.invalidateModule(module);
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
