import { PNG } from 'pngjs';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { a4Pdf } from '../../../src/export/pdf';
import { withResolution } from '../../../src/export/pngResolution';

describe('the A4 PDF', () => {
  it('is one A4 landscape page (841.89 × 595.28 pt) holding the picture at its full pixel size', async () => {
    // A small stand-in for the 3508 × 2480 picture: what counts is that the pixels go in unscaled.
    const image = new PNG({ width: 351, height: 248 });
    image.data.fill(128);
    const png = withResolution(new Uint8Array(PNG.sync.write(image)), 300);
    const blob = await a4Pdf(png, { title: '会泽县 · 帮扶事项数', language: 'zh-CN' });
    expect(blob.type).toBe('application/pdf');
    const doc = await PDFDocument.load(new Uint8Array(await blob.arrayBuffer()));
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect(width).toBeCloseTo(841.89, 1);
    expect(height).toBeCloseTo(595.28, 1);
    expect(doc.getTitle()).toBe('会泽县 · 帮扶事项数');
    const images = doc.context
      .enumerateIndirectObjects()
      .map(([, o]) => o)
      .filter(
        (o): o is PDFRawStream =>
          o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'),
      );
    // The picture, and the alpha channel pdf-lib keeps beside it as its soft mask.
    const picture = images.filter((o) => o.dict.get(PDFName.of('SMask')) !== undefined);
    expect(picture).toHaveLength(1);
    expect(picture[0]!.dict.get(PDFName.of('Width'))!.toString()).toBe('351');
    expect(picture[0]!.dict.get(PDFName.of('Height'))!.toString()).toBe('248');
  });
});
