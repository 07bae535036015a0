/// <reference types="svelte" />
/// <reference types="vite/client" />

/** geo/townships.geojson, or the file named by HUIZE_TOWNSHIPS_FILE at build time (see vite.config.ts). */
declare module 'virtual:townships?raw' {
  const text: string;
  export default text;
}

/** data/*.json (or HUIZE_DATA_DIR) parsed and checked at build time (build/validatePlugin.ts). */
declare module 'virtual:huize-data' {
  const data: import('./data/join').ParsedData;
  export default data;
}

/** The normalised texts of the registered sources that were present at build time, by source id. */
declare module 'virtual:huize-texts' {
  const texts: Readonly<Record<string, string>>;
  export default texts;
}

/** The report desk's cut official code list (build/deskInputs.ts), loaded when used. */
declare module 'virtual:huize-desk' {
  const inputs: import('../build/deskInputs').DeskInputs;
  export default inputs;
}

/** True in builds made with HUIZE_TEST_HOOKS=1 (vite.config.ts): the test hooks of src/testing/hooks.ts. */
declare const __HUIZE_TEST_HOOKS__: boolean;

/** True in the one-file build (vite.single.config.ts), whose data is a JSON block of its page. */
declare const __HUIZE_SINGLE_FILE__: boolean;
