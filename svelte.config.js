import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  vitePlugin: {
    // Runes in every component of ours, also in one that happens to use none: legacy mode would make its
    // top-level bindings reactive, and a `bind:` to a class field would then mutate the whole object.
    dynamicCompileOptions: ({ filename }) =>
      filename.includes('node_modules') ? undefined : { runes: true },
  },
};
