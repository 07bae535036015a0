import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import { DATA_BLOCK_ID } from '../src/data/embedded.ts';
import type { Source } from '../src/data/schema';
import type { InputPaths } from './paths.ts';

const textsModule = 'virtual:huize-texts';
const resolvedTextsModule = `\0${textsModule}`;

/**
 * `virtual:huize-texts`: the normalised text of each registered source whose text is present, by source
 * id — the very texts the checks read (build/sources.ts readSourceTexts), for the reader (src/reader). The
 * app imports it only when the reader opens, so the first view carries none of it. A source whose text
 * is absent (a clone without ../shared) is left out, and the reader says its text is not there.
 *
 * The build's own check of the data (validatePlugin) fails first on anything wrong with the registry;
 * this module only reads what that check passed. Like it, it loads the readers through Vite's module
 * runner, so the config file stays loadable without bundling.
 *
 * In the one-file build the page's data block wins when it carries texts: a one-file map saved from the
 * report desk holds the texts of the data it shows there (src/data/embedded.ts), not the build's.
 */
export function readerTexts(paths: InputPaths): Plugin {
  const url = (file: string) => fileURLToPath(new URL(file, import.meta.url));
  let inPage = false;
  return {
    name: 'huize:reader-texts',
    configResolved(config) {
      inPage = config.define?.__HUIZE_SINGLE_FILE__ === 'true';
    },
    resolveId(id) {
      return id === textsModule ? resolvedTextsModule : undefined;
    },
    async load(id) {
      if (id !== resolvedTextsModule) return undefined;
      const [{ module: read }, { module: sources }] = await Promise.all([
        runnerImport<typeof import('./read.ts')>(url('./read.ts')),
        runnerImport<typeof import('./sources.ts')>(url('./sources.ts')),
      ]);
      const registry = read.readDataFolder(paths.dataDir).raw.sources;
      const list = Array.isArray(registry) ? (registry as Source[]) : [];
      const { texts, files } = sources.readSourceTexts(list, paths);
      for (const file of files) this.addWatchFile(file);
      const byId = Object.fromEntries([...texts].map(([sourceId, t]) => [sourceId, t.report.text]));
      // One JSON string: no text of a source is ever read as code.
      const built = `JSON.parse(${JSON.stringify(JSON.stringify(byId))})`;
      if (!inPage) return `export default ${built};`;
      const block = `JSON.parse(document.getElementById(${JSON.stringify(DATA_BLOCK_ID)}).textContent)`;
      return `export default ${block}.texts ?? ${built};`;
    },
  };
}
