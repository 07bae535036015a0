/**
 * The Word file of a briefing book: paints its map pictures one after another with the painter the PDF atlas
 * uses, lays them into the document (bookDocx) and packs it. This module and the docx library are loaded only
 * when a Word document is asked for.
 */
import { Packer } from 'docx';
import type { BookDocument, BookProgress, MapPainter, MapPicture, MapRequest } from '../blocks';
import { bookDocx } from './document';

/**
 * Pixels per inch of the Word document's pictures. Word itself keeps pictures at 220 ppi unless told
 * otherwise, and an office printer shows no more than that; 300 would make the file about twice as large
 * and slower to make for nothing the reader sees.
 */
export const docxDpi = 220;

export interface DocxOptions {
  signal?: AbortSignal;
  onprogress?: (progress: BookProgress) => void;
}

/** The .docx's MIME type, so a phone's share sheet offers a word processor. */
export const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function bookDocxBlob(
  book: BookDocument,
  painter: MapPainter,
  options: DocxOptions = {},
): Promise<Blob> {
  const { signal, onprogress } = options;
  const pictures = new Map<MapRequest, MapPicture>();
  // Section by section, as the atlas goes page by page: the progress names the section being made.
  for (const [i, section] of book.sections.entries()) {
    const heading = section.blocks.find((b) => b.kind === 'heading');
    onprogress?.({ page: i + 1, total: book.sections.length, label: heading?.text ?? section.id });
    for (const block of section.blocks) {
      if (block.kind !== 'map') continue;
      signal?.throwIfAborted();
      const request = { ...block.request, dpi: Math.min(block.request.dpi, docxDpi) };
      pictures.set(block.request, await painter.paint(request, signal));
    }
  }
  signal?.throwIfAborted();
  const blob = await Packer.toBlob(bookDocx(book, pictures));
  return blob.type === docxType ? blob : new Blob([blob], { type: docxType });
}
