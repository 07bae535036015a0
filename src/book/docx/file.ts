/**
 * The Word file of a briefing book: paints its map pictures one after another with the painter the PDF atlas
 * uses, lays them into the document (bookDocx) and packs it. This module and the docx library are loaded only
 * when a Word document is asked for.
 */
import { Packer } from 'docx';
import type { BookDocument, BookProgress, MapPainter, MapPicture, MapRequest } from '../blocks';
import { bookDocx } from './document';

/**
 * Pixels per inch of the Word document's pictures. The PDF atlas is the print copy at 300 dpi; the Word
 * document is for editing and for pasting into a report, where 150 ppi (Word's own "web" resolution, above
 * the screenshots it replaces) keeps the labels sharp at 17 cm wide. The townships with records then make a
 * file of about 7 MB in about 26 s on a software-drawn map (bench); 220 ppi made 12 MB in 34 s.
 */
export const docxDpi = 150;

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
