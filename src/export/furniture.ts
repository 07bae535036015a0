/**
 * What the export draws over and beside the map: the schematic note, the north arrow, the scale bar, the
 * region summary and the QR code, each in a light box so it reads on any map (the legend is legend.ts).
 * Each is measured first and drawn where the layout puts it (layout.ts, stackInCorners).
 */
import { fitText, wrap } from './canvasText';
import type { Rect } from './layout';
import type { ScaleBar } from './scaleBar';

export const ink = '#1d1d1d';
export const muted = '#4a4a4a';

/** Something measured and ready to draw at the place the layout gives it. */
export interface Block {
  width: number;
  height: number;
  draw: (x: number, y: number) => void;
}

/** The region's totals as the picture states them: the rows, and the notes that keep them honest. */
export interface SummaryBox {
  heading: string;
  rows: { label: string; value: string }[];
  notes: string[];
}

export interface QrCode {
  size: number;
  modules: ArrayLike<number | boolean>;
}

export function panel(ctx: CanvasRenderingContext2D, box: Rect, fill: string, stroke: string) {
  ctx.fillStyle = fill;
  ctx.strokeStyle = stroke;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.roundRect(box.x, box.y, box.width, box.height, 4);
  ctx.fill();
  ctx.stroke();
}

/** A block drawn on a panel: the panel, then `inside` from its inner corner (`inner` in from its edges). */
export function panelBlock(
  ctx: CanvasRenderingContext2D,
  box: { width: number; height: number; inner: number; fill: string },
  inside: (x: number, y: number) => void,
): Block {
  const { width, height, inner, fill } = box;
  return {
    width,
    height,
    draw: (bx, by) => {
      panel(ctx, { x: bx, y: by, width, height }, fill, '#9a9486');
      inside(bx + inner, by + inner);
    },
  };
}

/** Lines of text one under the other, the first's top at `y` (a heading: one bold line in ink). */
export function drawLines(
  ctx: CanvasRenderingContext2D,
  lines: readonly string[],
  at: { x: number; y: number },
  style: { size: number; family: string; bold?: boolean; colour: string },
) {
  ctx.fillStyle = style.colour;
  ctx.font = `${style.bold ? 600 : 400} ${style.size}px ${style.family}`;
  lines.forEach((line, i) => ctx.fillText(line, at.x, at.y + style.size * (1 + i * 1.35)));
}

/** The schematic-boundary note, one line shrunk to fit `maxWidth`. */
export function noteBlock(
  ctx: CanvasRenderingContext2D,
  text: string,
  maxWidth: number,
  size: number,
  family: string,
): Block {
  const fs = fitText(ctx, text, maxWidth - size, size, 400, family);
  ctx.font = `400 ${fs}px ${family}`;
  const width = ctx.measureText(text).width + fs;
  const height = fs * 1.7;
  return {
    width,
    height,
    draw: (x, y) => {
      panel(ctx, { x, y, width, height }, '#fff7e0', '#c9a227');
      ctx.fillStyle = '#4d3b00';
      ctx.font = `400 ${fs}px ${family}`;
      ctx.fillText(text, x + fs * 0.5, y + fs * 1.2);
    },
  };
}

/** The region summary: a heading, label–value rows with the values right-aligned, and wrapped notes. */
export function summaryBlock(
  ctx: CanvasRenderingContext2D,
  box: SummaryBox,
  size: number,
  family: string,
  maxWidth: number,
): Block {
  const line = size * 1.5;
  const inner = size * 0.6;
  const notesSize = size * 0.82;
  const gap = size * 1.2;
  ctx.font = `600 ${size}px ${family}`;
  const headingWidth = ctx.measureText(box.heading).width;
  ctx.font = `400 ${size}px ${family}`;
  const labelWidth = Math.max(0, ...box.rows.map((r) => ctx.measureText(r.label).width));
  ctx.font = `600 ${size}px ${family}`;
  const valueWidth = Math.max(0, ...box.rows.map((r) => ctx.measureText(r.value).width));
  let textWidth = Math.max(headingWidth, labelWidth + gap + valueWidth);
  ctx.font = `400 ${notesSize}px ${family}`;
  const noteLines = box.notes.flatMap((n) => wrap(ctx, n, Math.max(textWidth, maxWidth * 0.8)));
  for (const n of noteLines) textWidth = Math.max(textWidth, ctx.measureText(n).width);
  const width = textWidth + inner * 2;
  const height = inner * 2 + line * (1 + box.rows.length) + noteLines.length * notesSize * 1.35;
  return panelBlock(ctx, { width, height, inner, fill: 'rgba(255,255,255,0.94)' }, (x, top) => {
    drawLines(ctx, [box.heading], { x, y: top }, { size, family, bold: true, colour: ink });
    let y = top + line;
    for (const row of box.rows) {
      ctx.font = `400 ${size}px ${family}`;
      ctx.fillStyle = muted;
      ctx.fillText(row.label, x, y + size);
      ctx.font = `600 ${size}px ${family}`;
      ctx.fillStyle = ink;
      ctx.textAlign = 'right';
      ctx.fillText(row.value, x + textWidth, y + size);
      ctx.textAlign = 'start';
      y += line;
    }
    drawLines(ctx, noteLines, { x, y }, { size: notesSize, family, colour: muted });
  });
}

export function northArrowBlock(
  ctx: CanvasRenderingContext2D,
  height: number,
  content: { bearing: number; northLabel: string; fontFamily: string },
): Block {
  const w = height * 0.5;
  const labelSize = height * 0.32;
  const arrowH = height - labelSize * 1.1;
  return {
    width: w + 8,
    height: height + 6,
    draw: (x, y) => {
      const cx = x + (w + 8) / 2;
      const top = y + 2;
      panel(ctx, { x, y, width: w + 8, height: height + 6 }, 'rgba(255,255,255,0.9)', '#9a9486');
      ctx.save();
      ctx.translate(cx, top + labelSize * 1.1 + arrowH / 2);
      ctx.rotate((-content.bearing * Math.PI) / 180);
      ctx.beginPath();
      ctx.moveTo(0, -arrowH / 2);
      ctx.lineTo(w / 2.4, arrowH / 2);
      ctx.lineTo(0, arrowH / 4);
      ctx.closePath();
      ctx.fillStyle = ink;
      ctx.fill();
      ctx.beginPath();
      ctx.moveTo(0, -arrowH / 2);
      ctx.lineTo(-w / 2.4, arrowH / 2);
      ctx.lineTo(0, arrowH / 4);
      ctx.closePath();
      ctx.fillStyle = '#ffffff';
      ctx.fill();
      ctx.strokeStyle = ink;
      ctx.stroke();
      ctx.restore();
      ctx.fillStyle = ink;
      ctx.font = `600 ${labelSize}px ${content.fontFamily}`;
      ctx.textAlign = 'center';
      ctx.fillText(content.northLabel, cx, top + labelSize);
      ctx.textAlign = 'start';
    },
  };
}

export function scaleBarBlock(
  ctx: CanvasRenderingContext2D,
  bar: ScaleBar,
  size: number,
  family: string,
): Block {
  const barH = Math.max(4, size * 0.35);
  const inner = size * 0.5;
  ctx.font = `400 ${size}px ${family}`;
  const labelW = ctx.measureText(bar.label).width;
  const width = bar.width + inner * 2;
  const height = size * 1.4 + barH + inner * 2;
  return panelBlock(ctx, { width, height, inner, fill: 'rgba(255,255,255,0.9)' }, (x, top) => {
    const y = top + size * 1.4;
    // Two halves, black and white, as on printed maps.
    ctx.fillStyle = ink;
    ctx.fillRect(x, y, bar.width / 2, barH);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(x + bar.width / 2, y, bar.width / 2, barH);
    ctx.strokeStyle = ink;
    ctx.lineWidth = 1;
    ctx.strokeRect(x, y, bar.width, barH);
    ctx.fillStyle = ink;
    ctx.font = `400 ${size}px ${family}`;
    ctx.fillText('0', x, y - size * 0.3);
    ctx.fillText(bar.label, x + bar.width - labelW, y - size * 0.3);
  });
}

export function drawQr(ctx: CanvasRenderingContext2D, qr: QrCode, box: Rect) {
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(box.x, box.y, box.width, box.height);
  // A quiet zone of two modules around the code, as scanners expect.
  const cell = box.width / (qr.size + 4);
  ctx.fillStyle = '#000000';
  for (let row = 0; row < qr.size; row++) {
    for (let col = 0; col < qr.size; col++) {
      if (qr.modules[row * qr.size + col]) {
        ctx.fillRect(box.x + (col + 2) * cell, box.y + (row + 2) * cell, cell + 0.02, cell + 0.02);
      }
    }
  }
}
