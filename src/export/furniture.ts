/**
 * What the export draws over and beside the map: the schematic note, the legend, the north arrow, the scale
 * bar and the QR code, each in a light box so it reads on any map.
 */
import { fitText, wrap } from './canvasText';
import type { Rect } from './layout';
import type { ScaleBar } from './scaleBar';

export const ink = '#1d1d1d';
export const muted = '#4a4a4a';

export interface LegendRow {
  colour: string;
  label: string;
  count: number;
  /** "No record" carries the map's hatch so it cannot be read as the palest class. */
  hatch: boolean;
}

export interface LegendBlock {
  heading: string;
  method: string | null;
  rows: LegendRow[];
  notes: string[];
}

export interface QrCode {
  size: number;
  modules: ArrayLike<number | boolean>;
}

function panel(ctx: CanvasRenderingContext2D, box: Rect, fill: string, stroke: string) {
  ctx.fillStyle = fill;
  ctx.strokeStyle = stroke;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.roundRect(box.x, box.y, box.width, box.height, 4);
  ctx.fill();
  ctx.stroke();
}

export function drawNote(
  ctx: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  maxWidth: number,
  size: number,
  family: string,
): Rect {
  const fs = fitText(ctx, text, maxWidth - size, size, 400, family);
  ctx.font = `400 ${fs}px ${family}`;
  const box = { x, y, width: ctx.measureText(text).width + fs, height: fs * 1.7 };
  panel(ctx, box, '#fff7e0', '#c9a227');
  ctx.fillStyle = '#4d3b00';
  ctx.fillText(text, x + fs * 0.5, y + fs * 1.2);
  return box;
}

export function drawLegend(
  ctx: CanvasRenderingContext2D,
  content: { legend: LegendBlock; fontFamily: string },
  map: Rect,
  pad: number,
  size: number,
): Rect {
  const { legend, fontFamily } = content;
  const line = size * 1.5;
  const swatchW = size * 1.6;
  const notesSize = size * 0.82;
  const maxNoteWidth = map.width * 0.34;
  ctx.font = `600 ${size}px ${fontFamily}`;
  let textWidth = ctx.measureText(legend.heading).width;
  ctx.font = `400 ${size}px ${fontFamily}`;
  if (legend.method) textWidth = Math.max(textWidth, ctx.measureText(legend.method).width);
  for (const row of legend.rows) {
    textWidth = Math.max(
      textWidth,
      swatchW + size * 0.5 + ctx.measureText(`${row.label}  (${row.count})`).width,
    );
  }
  ctx.font = `400 ${notesSize}px ${fontFamily}`;
  const noteLines = legend.notes.flatMap((n) => wrap(ctx, n, Math.max(textWidth, maxNoteWidth)));
  for (const n of noteLines) textWidth = Math.max(textWidth, ctx.measureText(n).width);

  const inner = size * 0.6;
  const height =
    inner * 2 +
    line * (1 + (legend.method ? 1 : 0) + legend.rows.length) +
    noteLines.length * notesSize * 1.35;
  const box: Rect = {
    x: map.x + pad,
    y: map.y + map.height - pad - height,
    width: textWidth + inner * 2,
    height,
  };
  panel(ctx, box, 'rgba(255,255,255,0.94)', '#9a9486');

  let y = box.y + inner;
  const x = box.x + inner;
  ctx.fillStyle = ink;
  ctx.font = `600 ${size}px ${fontFamily}`;
  ctx.fillText(legend.heading, x, y + size);
  y += line;
  ctx.font = `400 ${size}px ${fontFamily}`;
  if (legend.method) {
    ctx.fillStyle = muted;
    ctx.fillText(legend.method, x, y + size);
    y += line;
  }
  for (const row of legend.rows) {
    const sy = y + (line - size) / 2;
    ctx.fillStyle = row.colour;
    ctx.fillRect(x, sy, swatchW, size);
    if (row.hatch) hatch(ctx, { x, y: sy, width: swatchW, height: size });
    ctx.strokeStyle = '#7d7d7d';
    ctx.strokeRect(x, sy, swatchW, size);
    ctx.fillStyle = ink;
    ctx.fillText(`${row.label}  (${row.count})`, x + swatchW + size * 0.5, y + size);
    y += line;
  }
  ctx.fillStyle = muted;
  ctx.font = `400 ${notesSize}px ${fontFamily}`;
  for (const n of noteLines) {
    ctx.fillText(n, x, y + notesSize);
    y += notesSize * 1.35;
  }
  return box;
}

function hatch(ctx: CanvasRenderingContext2D, box: Rect) {
  ctx.save();
  ctx.beginPath();
  ctx.rect(box.x, box.y, box.width, box.height);
  ctx.clip();
  ctx.strokeStyle = 'rgba(0,0,0,0.3)';
  ctx.lineWidth = 1;
  const step = Math.max(3, box.height / 3);
  for (let d = -box.height; d < box.width; d += step) {
    ctx.beginPath();
    ctx.moveTo(box.x + d, box.y + box.height);
    ctx.lineTo(box.x + d + box.height, box.y);
    ctx.stroke();
  }
  ctx.restore();
}

export function drawNorthArrow(
  ctx: CanvasRenderingContext2D,
  cx: number,
  top: number,
  height: number,
  content: { bearing: number; northLabel: string; fontFamily: string },
): Rect {
  const w = height * 0.5;
  const labelSize = height * 0.32;
  const arrowTop = top + labelSize * 1.1;
  const arrowH = height - labelSize * 1.1;
  const box: Rect = { x: cx - w / 2 - 4, y: top - 2, width: w + 8, height: height + 6 };
  panel(ctx, box, 'rgba(255,255,255,0.9)', '#9a9486');
  ctx.save();
  ctx.translate(cx, arrowTop + arrowH / 2);
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
  return box;
}

export function drawScaleBar(
  ctx: CanvasRenderingContext2D,
  bar: ScaleBar,
  map: Rect,
  pad: number,
  size: number,
  family: string,
): Rect {
  const barH = Math.max(4, size * 0.35);
  const inner = size * 0.5;
  ctx.font = `400 ${size}px ${family}`;
  const labelW = ctx.measureText(bar.label).width;
  const box: Rect = {
    width: bar.width + inner * 2,
    height: size * 1.4 + barH + inner * 2,
    x: map.x + map.width - pad - bar.width - inner * 2,
    y: 0,
  };
  box.y = map.y + map.height - pad - box.height;
  panel(ctx, box, 'rgba(255,255,255,0.9)', '#9a9486');
  const x = box.x + inner;
  const y = box.y + inner + size * 1.4;
  // Two halves, black and white, as on printed maps.
  ctx.fillStyle = ink;
  ctx.fillRect(x, y, bar.width / 2, barH);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(x + bar.width / 2, y, bar.width / 2, barH);
  ctx.strokeStyle = ink;
  ctx.lineWidth = 1;
  ctx.strokeRect(x, y, bar.width, barH);
  ctx.fillStyle = ink;
  ctx.fillText('0', x, y - size * 0.3);
  ctx.fillText(bar.label, x + bar.width - labelW, y - size * 0.3);
  return box;
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
