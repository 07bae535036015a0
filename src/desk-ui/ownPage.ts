/**
 * The one-file map's own page as it arrived, kept at start (src/main.ts) before the app changes the document
 * (language, title, the mounted app): saving the map as one file writes this page again with another data
 * block (src/data/embedded.ts). Only the one-file build keeps it; the hosted build fetches its one-file page
 * when saving instead (build/oneFileAsset.ts), so its first view pays nothing.
 */
let page: string | null = null;

export function keepOwnPage(): void {
  if (__HUIZE_SINGLE_FILE__) page = `<!doctype html>\n${document.documentElement.outerHTML}`;
}

export function ownPage(): string | null {
  return page;
}
