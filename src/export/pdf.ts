/**
 * The A4 PDF: one landscape page holding the A4 picture at 300 dpi, edge to edge, so the PDF and the PNG are
 * the same composition. pdf-lib writes it in the browser (no server, no eval, nothing fetched); this module
 * is loaded only when a PDF is asked for.
 */
import { PDFDocument } from 'pdf-lib';
import { a4PagePoints } from './presets';

export async function a4Pdf(png: Uint8Array, meta: { title: string; language: string }): Promise<Blob> {
  const doc = await PDFDocument.create();
  doc.setTitle(meta.title);
  doc.setLanguage(meta.language);
  doc.setCreator('Huize Aid Map');
  const image = await doc.embedPng(png);
  const page = doc.addPage([a4PagePoints.width, a4PagePoints.height]);
  page.drawImage(image, { x: 0, y: 0, width: a4PagePoints.width, height: a4PagePoints.height });
  const bytes = await doc.save();
  return new Blob([bytes as BlobPart], { type: 'application/pdf' });
}
