/**
 * The normalised texts the reader shows: those that came with data opened in the browser (the desk), else
 * the ones bundled at build time (build/textsPlugin.ts), loaded on first use so the first view carries
 * none of them.
 */
let bundled: Promise<Readonly<Record<string, string>>> | undefined;

/** The bundled texts by source id (only those present when the app was built). */
export function bundledTexts(): Promise<Readonly<Record<string, string>>> {
  bundled ??= import('virtual:huize-texts').then((m) => m.default);
  return bundled;
}

/** The text of one source: an opened one first, else the bundled one; null when there is none. */
export async function sourceText(
  sourceId: string,
  opened: ReadonlyMap<string, string> | null,
): Promise<string | null> {
  const own = opened?.get(sourceId);
  if (own !== undefined) return own;
  return (await bundledTexts())[sourceId] ?? null;
}
