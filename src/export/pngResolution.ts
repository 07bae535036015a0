/**
 * The print resolution of a PNG: its `pHYs` chunk (PNG spec §11.3.5.3, https://www.w3.org/TR/png-3/#11pHYs),
 * which canvas.toBlob never writes. Without it a word processor assumes 96 dpi and places an A4 page made at
 * 300 dpi about 93 cm wide. Pure: bytes in, bytes out.
 */

const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const metresPerInch = 0.0254;

let table: Uint32Array | null = null;

/** CRC-32 as PNG computes it over a chunk's type and data (ISO 3309, reflected polynomial 0xEDB88320). */
export function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const b of bytes) crc = table[(crc ^ b) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Pixels per metre for a resolution in dots per inch, as pHYs stores it (300 dpi → 11811). */
export const pixelsPerMetre = (dpi: number): number => Math.round(dpi / metresPerInch);

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** The chunks of a PNG: type, where the chunk starts and its whole length (length, type, data, CRC). */
export function pngChunks(png: Uint8Array): { type: string; start: number; length: number }[] {
  if (!signature.every((b, i) => png[i] === b)) throw new Error('not a PNG');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: { type: string; start: number; length: number }[] = [];
  let at = signature.length;
  while (at + 12 <= png.length) {
    const size = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    chunks.push({ type, start: at, length: size + 12 });
    at += size + 12;
    if (type === 'IEND') break;
  }
  return chunks;
}

/** The same PNG with a `pHYs` chunk of `dpi` in both directions, replacing any it had, right after IHDR. */
export function withResolution(png: Uint8Array, dpi: number): Uint8Array {
  const chunks = pngChunks(png);
  const ihdr = chunks[0];
  if (ihdr?.type !== 'IHDR') throw new Error('a PNG starts with IHDR');
  const data = new Uint8Array(9);
  const view = new DataView(data.buffer);
  view.setUint32(0, pixelsPerMetre(dpi));
  view.setUint32(4, pixelsPerMetre(dpi));
  data[8] = 1; // the unit is the metre
  const phys = chunk('pHYs', data);
  const kept = chunks.filter((c) => c.type !== 'pHYs' && c !== ihdr);
  const parts = [
    png.subarray(0, ihdr.start + ihdr.length),
    phys,
    ...kept.map((c) => png.subarray(c.start, c.start + c.length)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The resolution a PNG's pHYs chunk states, in dots per inch; null when it has none or no unit. */
export function pngResolution(png: Uint8Array): { x: number; y: number } | null {
  const phys = pngChunks(png).find((c) => c.type === 'pHYs');
  if (!phys) return null;
  const view = new DataView(png.buffer, png.byteOffset + phys.start + 8, 9);
  if (view.getUint8(8) !== 1) return null;
  return { x: view.getUint32(0) * metresPerInch, y: view.getUint32(4) * metresPerInch };
}
