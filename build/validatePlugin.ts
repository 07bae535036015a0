import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import { DATA_BLOCK_ID, dataBlockHtml } from '../src/data/embedded.ts';
import type { ParsedData } from '../src/data/join.ts';
import type { InputPaths } from './paths.ts';

const dataModule = 'virtual:huize-data';
const resolvedDataModule = `\0${dataModule}`;

/**
 * Fails the build on anything `npm run check:data` refuses — it runs the same function
 * (build/inputs.ts runInputChecks: schemas, every data check with the official list and the source texts
 * that are present, the data against the geo files) — and says once which source texts were absent. It
 * hands the browser the data already parsed: `virtual:huize-data` is the six data files after the schemas
 * (in file order), so the app only joins them (src/data/appData.ts) and ships neither zod nor the checks.
 * A build that cannot check its data therefore cannot ship a page; the error keeps its class name in the
 * message, because the build prints the message and not the class.
 *
 * The parsers are the app's own TypeScript modules, loaded through Vite's module runner rather than
 * imported here, so that the config file stays loadable without bundling.
 *
 * The one-file build (vite.single.config.ts defines __HUIZE_SINGLE_FILE__) gets the same data as a JSON block
 * in its page, which the module reads: the app can then write itself out with other data (src/data/embedded.ts).
 *
 * Under vitest (which loads this config) the up-front check stands down — the unit tests check the same
 * things on their own fixtures — but the data module is still served, so components see what the app sees.
 */
export function validateInputs(paths: InputPaths): Plugin {
  let checked: ParsedData | undefined;
  /** the source texts the last check read: an edit to one re-checks, as an edit to a data file does */
  let watched = new Set<string>();
  let inPage = false;
  /** The one validation path (build/inputs.ts runInputChecks), as `npm run check:data` runs it. */
  const load = async (): Promise<{ data: ParsedData; files: string[]; notices: string[] }> => {
    const { module } = await runnerImport<typeof import('./inputs.ts')>(
      fileURLToPath(new URL('./inputs.ts', import.meta.url)),
    );
    const r = module.runInputChecks(paths);
    watched = new Set(r.textFiles.map((f) => resolve(f)));
    const err = r.errors.length > 0 ? new module.DataLoadError(r.errors) : r.geoError;
    if (err) throw Object.assign(new Error(`${err.name}: ${err.message}`), { files: r.files });
    return { data: module.parsedData(r.data!), files: r.files, notices: [...r.notices, ...r.todos] };
  };
  return {
    name: 'huize:validate-inputs',
    configResolved(config) {
      inPage = config.define?.__HUIZE_SINGLE_FILE__ === 'true';
    },
    async buildStart() {
      if (process.env.VITEST) return;
      try {
        const { data, files, notices } = await load();
        for (const file of files) this.addWatchFile(file);
        // Said once, here: e.g. a source text that is absent, so its citations were not checked, or a
        // source's figures that no record quotes yet (a to-do, which never fails the build). The
        // one-file page built inside the hosted build (oneFileAsset) reads the same inputs: it stays quiet.
        if (process.env.HUIZE_NOTICES_SAID !== '1') for (const notice of notices) this.warn(notice);
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
      if (inPage) {
        checked = data;
        const block = JSON.stringify(DATA_BLOCK_ID);
        return `export default JSON.parse(document.getElementById(${block}).textContent).data;`;
      }
      // JSON.parse of one string is faster for the engine than the same data as an object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
    transformIndexHtml(html) {
      if (!inPage || !checked) return html;
      return html.replace('</body>', () => `${dataBlockHtml({ data: checked! })}\n</body>`);
    },
    handleHotUpdate({ file, server }) {
      // The dev server: an edited data file or source text re-checks the data and reloads the page with it.
      const dataFile = file.endsWith('.json') && resolve(file, '..') === resolve(paths.dataDir);
      if (!dataFile && !watched.has(resolve(file))) return undefined;
      checked = undefined;
      const module = server.moduleGraph.getModuleById(resolvedDataModule);
      if (module) server.moduleGraph.invalidateModule(module);
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
