import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import {
  crc32,
  pixelsPerMetre,
  pngChunks,
  pngResolution,
  withResolution,
} from '../../../src/export/pngResolution';
import { a4PagePoints, exportSize } from '../../../src/export/presets';

function png(width: number, height: number): Uint8Array {
  const image = new PNG({ width, height });
  image.data.fill(200);
  return new Uint8Array(PNG.sync.write(image));
}

describe('pHYs: the print resolution of an exported PNG', () => {
  it('computes PNG CRCs (the IEND chunk’s CRC is the well-known AE426082)', () => {
    expect(crc32(new TextEncoder().encode('IEND')).toString(16)).toBe('ae426082');
  });

  it('300 dpi is stored as 11811 pixels per metre', () => {
    expect(pixelsPerMetre(300)).toBe(11811);
    expect(pixelsPerMetre(96)).toBe(3780);
  });

  it('adds one pHYs right after IHDR; the file still decodes (every CRC checked) to the same pixels', () => {
    const before = png(7, 5);
    expect(pngResolution(before)).toBeNull();
    const after = withResolution(before, 300);
    expect(
      pngChunks(after)
        .map((c) => c.type)
        .slice(0, 2),
    ).toEqual(['IHDR', 'pHYs']);
    expect(pngResolution(after)!.x).toBeCloseTo(300, 1);
    expect(pngResolution(after)!.y).toBeCloseTo(300, 1);
    const decoded = PNG.sync.read(Buffer.from(after));
    expect([decoded.width, decoded.height]).toEqual([7, 5]);
    expect(Buffer.from(decoded.data)).toEqual(Buffer.from(PNG.sync.read(Buffer.from(before)).data));
  });

  it('replaces a resolution the PNG already states instead of adding a second', () => {
    const twice = withResolution(withResolution(png(2, 2), 96), 288);
    expect(pngChunks(twice).filter((c) => c.type === 'pHYs')).toHaveLength(1);
    expect(pngResolution(twice)!.x).toBeCloseTo(288, 1);
  });

  it('refuses what is not a PNG', () => {
    expect(() => withResolution(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]), 300)).toThrow('not a PNG');
  });
});

describe('export sizes and their resolution', () => {
  const screen = { width: 1000, height: 600 };
  it.each([
    // frame, scale, pixels, dpi, inches wide
    ['a4', 1, [3508, 2480], 300, 297 / 25.4],
    ['hd', 1, [1920, 1080], 144, 40 / 3],
    ['hd', 3, [5760, 3240], 432, 40 / 3],
    ['classic', 2, [3200, 2400], 320, 10],
    ['screen', 2, [2000, 1200], 192, 1000 / 96],
  ] as const)('%s at %d×: %j pixels at %d dpi', (frame, scale, pixels, dpi, inches) => {
    const size = exportSize(frame, scale, screen);
    expect([size.pixelWidth, size.pixelHeight]).toEqual(pixels);
    expect(size.dpi).toBe(dpi);
    // The resolution places the picture on what it was made for: the slide, the sheet, the screen.
    expect(size.pixelWidth / size.dpi).toBeCloseTo(inches, 1);
  });

  it('an A4 PDF page is 841.89 × 595.28 points', () => {
    expect(a4PagePoints.width).toBeCloseTo(841.89, 2);
    expect(a4PagePoints.height).toBeCloseTo(595.28, 2);
  });
});
