/** Measuring and fitting text on the export canvas. */
import type { Rect } from './layout';

/** The largest size ≤ `preferred` (down to 60 %) at which `text` fits `maxWidth`. */
export function fitText(
  ctx: CanvasRenderingContext2D,
  text: string,
  maxWidth: number,
  preferred: number,
  weight: number,
  family: string,
): number {
  ctx.font = `${weight} ${preferred}px ${family}`;
  const width = ctx.measureText(text).width;
  if (width <= maxWidth) return preferred;
  return Math.max(preferred * 0.6, Math.floor((preferred * maxWidth) / width));
}

/** The box a line of text drawn at (x, y) covers, for the record of what was drawn where. */
export function textBox(
  ctx: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  size: number,
): Rect {
  return { x, y, width: ctx.measureText(text).width, height: size * 1.25 };
}

/** Breaks `text` into lines no wider than `maxWidth`; Chinese has no spaces, so it breaks anywhere. */
export function wrap(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const ch of text) {
    if (current && ctx.measureText(current + ch).width > maxWidth) {
      const space = current.lastIndexOf(' ');
      if (space > current.length * 0.6) {
        lines.push(current.slice(0, space));
        current = current.slice(space + 1);
      } else {
        lines.push(current);
        current = '';
      }
    }
    current += ch;
  }
  if (current) lines.push(current);
  return lines;
}
