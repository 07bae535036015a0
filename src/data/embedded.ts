/**
 * The one-file build (vite.single.config.ts) carries its dataset in a JSON block of its own page instead of
 * inside its script, so the app can write itself out again with other data (a report opened in the browser):
 * the page's script and styles stay as they are, only this block changes. The build writes the block
 * (build/validatePlugin.ts), the app reads it at start and replaces it when saving (src/desk-ui/save.ts).
 * Nothing but a type is imported: the build's config imports this file as it is.
 */
import type { ParsedData } from './join';

/** The block's id in the page. */
export const DATA_BLOCK_ID = 'huize-data';

/** The one-file page as an asset of the hosted build (build/oneFileAsset.ts), fetched only when saving. */
export const ONE_FILE_ASSET = 'one-file.html';

/** What the block holds. */
export interface Embedded {
  data: ParsedData;
  /** the sources' normalised texts by source id, when the data came with them */
  texts?: Readonly<Record<string, string>> | null;
}

/**
 * The block as HTML. In JSON a `<` only occurs inside strings, where `\u003c` means the same: so no text of
 * the data can close the element (`</script>`) or open a comment — it stays data, never markup.
 */
export function dataBlockHtml(payload: Embedded): string {
  const json = JSON.stringify(payload).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${DATA_BLOCK_ID}">${json}</script>`;
}

const blockPattern = new RegExp(`<script type="application/json" id="${DATA_BLOCK_ID}">[^<]*</script>`);

/** The one-file page with its data block replaced by `payload`; throws if the page has no block. */
export function withDataBlock(html: string, payload: Embedded): string {
  if (!blockPattern.test(html)) throw new Error('the page has no data block');
  // A function, so no `$&` or `$1` in the data is read as a replacement pattern.
  return html.replace(blockPattern, () => dataBlockHtml(payload));
}

/** The block of the page at hand (the one-file build reads its data from it at start). */
export function readDataBlock(doc: Document): Embedded {
  const text = doc.getElementById(DATA_BLOCK_ID)?.textContent;
  if (!text) throw new Error('the page has no data block');
  return JSON.parse(text) as Embedded;
}
