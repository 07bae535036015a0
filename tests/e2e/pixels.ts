import { PNG } from 'pngjs';

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export function decodePng(buffer: Buffer): PNG {
  return PNG.sync.read(buffer);
}

export function pixelAt(png: PNG, x: number, y: number): Rgb {
  const i = (Math.round(y) * png.width + Math.round(x)) * 4;
  return { r: png.data[i]!, g: png.data[i + 1]!, b: png.data[i + 2]! };
}

export function luminance({ r, g, b }: Rgb): number {
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The darkest pixel within `radius` px of (x, y): lines are thin, projection rounding is not. */
export function darkestNear(png: PNG, x: number, y: number, radius: number): number {
  let darkest = 255;
  for (let dy = -radius; dy <= radius; dy++) {
    for (let dx = -radius; dx <= radius; dx++) {
      const px = x + dx;
      const py = y + dy;
      if (px < 0 || py < 0 || px >= png.width || py >= png.height) continue;
      darkest = Math.min(darkest, luminance(pixelAt(png, px, py)));
    }
  }
  return darkest;
}

/** How many pixels differ between two same-sized images inside a box. */
export function differingPixels(
  a: PNG,
  b: PNG,
  box: { x: number; y: number; width: number; height: number },
): number {
  let count = 0;
  for (let y = Math.max(0, box.y); y < Math.min(a.height, box.y + box.height); y++) {
    for (let x = Math.max(0, box.x); x < Math.min(a.width, box.x + box.width); x++) {
      const p = pixelAt(a, x, y);
      const q = pixelAt(b, x, y);
      if (Math.abs(p.r - q.r) + Math.abs(p.g - q.g) + Math.abs(p.b - q.b) > 30) count++;
    }
  }
  return count;
}
