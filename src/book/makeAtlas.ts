/**
 * Makes the PDF atlas in the browser: the document (atlasModel), the font, the live map's pictures page by
 * page, the PDF. Loaded only when an atlas is asked for: pdf-lib, fontkit and the 1.1 MB font come with it.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import fontData from './font/NotoSansSC-subset.ttf?inline';
import { exportFilename } from '../export/presets';
import { atlasDocument, type AtlasInput } from './atlasModel';
import type { BookProgress } from './blocks';
import { livePainter, type PainterHooks } from './mapPainter';
import { renderPdf } from './pdfAtlas';

/**
 * The font's bytes from the data: URL the build inlined (not fetched: the one-file page's CSP allows no
 * fetch of data: URLs, and a module is loaded the same way from a server and from file://).
 */
function fontBytes(): Uint8Array {
  const base64 = fontData.slice(fontData.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export interface AtlasResult {
  blob: Blob;
  filename: string;
  pages: number;
  missing: string[];
}

export async function makeAtlas(
  map: MapLibreMap,
  input: AtlasInput,
  options: PainterHooks & {
    fileParts: string[];
    signal: AbortSignal;
    onprogress: (progress: BookProgress) => void;
  },
): Promise<AtlasResult> {
  const doc = atlasDocument(input);
  const result = await renderPdf(doc, {
    font: fontBytes(),
    painter: livePainter(map, options, 'jpeg'),
    signal: options.signal,
    onprogress: options.onprogress,
  });
  return {
    blob: new Blob([result.bytes as BlobPart], { type: 'application/pdf' }),
    filename: exportFilename(options.fileParts, 'A4', 'pdf'),
    pages: result.pages,
    missing: result.missing,
  };
}
