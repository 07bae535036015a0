/**
 * Makes the briefing book's Word document in the browser: the atlas's document (atlasModel), its map pictures
 * from the live map by the atlas's painter, the .docx. Loaded only when a Word document is asked for (the docx
 * library comes with it); takes what makeAtlas takes, so the dialog runs either the same way.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { exportFilename } from '../../export/presets';
import { atlasDocument, type AtlasInput } from '../atlasModel';
import type { BookProgress } from '../blocks';
import { livePainter, type PainterHooks } from '../mapPainter';
import { bookDocxBlob } from './file';

export interface DocxResult {
  blob: Blob;
  filename: string;
  /** Characters a renderer could not draw: none here, Word draws with the reader's own fonts. */
  missing: string[];
}

export async function makeDocx(
  map: MapLibreMap,
  input: AtlasInput,
  options: PainterHooks & {
    fileParts: string[];
    signal: AbortSignal;
    onprogress: (progress: BookProgress) => void;
  },
): Promise<DocxResult> {
  const doc = atlasDocument(input);
  const blob = await bookDocxBlob(doc, livePainter(map, options), {
    signal: options.signal,
    onprogress: options.onprogress,
  });
  return { blob, filename: exportFilename(options.fileParts, 'A4', 'docx'), missing: [] };
}
