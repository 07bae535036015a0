import type { ExportLayout, Rect } from './layout';
import type { ExportSize } from './presets';
import type { ScaleBar } from './scaleBar';

export interface LegendRow {
  colour: string;
  label: string;
  count: number;
  /** "No record" carries the map's hatch so it cannot be read as the palest class. */
  hatch: boolean;
}

/** Everything the picture says besides the map itself. Plain strings: canvas text is never markup. */
export interface ExportContent {
  title: string;
  subtitle: string;
  legend: { heading: string; method: string | null; rows: LegendRow[]; notes: string[] };
  /** Shown over the map exactly when the township lines are schematic. */
  schematicNote: string | null;
  /** Source line, attributions: one entry per line under the map. */
  footerLines: string[];
  scaleBar: ScaleBar | null;
  /** The map's bearing in degrees (the arrow points to north). */
  bearing: number;
  northLabel: string;
  qr: { size: number; modules: ArrayLike<number | boolean> } | null;
  fontFamily: string;
}

export type DrawnKind =
  'map' | 'title' | 'subtitle' | 'legend' | 'scale-bar' | 'north-arrow' | 'schematic-note' | 'footer' | 'qr';

/** What was drawn where, in image pixels: tests read pixels inside these boxes. */
export interface Drawn {
  kind: DrawnKind;
  x: number;
  y: number;
  width: number;
  height: number;
  text?: string;
}

const ink = '#1d1d1d';
const muted = '#4a4a4a';
const paperWhite = '#ffffff';

/** Lays the captured map and its furniture on `ctx`, whose canvas is `size.pixelWidth` × `pixelHeight`. */
export function composeExport(
  ctx: CanvasRenderingContext2D,
  size: ExportSize,
  layout: ExportLayout,
  mapImage: CanvasImageSource,
  content: ExportContent,
): Drawn[] {
  const drawn: Drawn[] = [];
  const r = size.pixelRatio;
  const record = (kind: DrawnKind, box: Rect, text?: string) =>
    drawn.push({
      kind,
      x: Math.round(box.x * r),
      y: Math.round(box.y * r),
      width: Math.round(box.width * r),
      height: Math.round(box.height * r),
      ...(text === undefined ? {} : { text }),
    });
  const font = (px: number, weight = 400) => `${weight} ${px}px ${content.fontFamily}`;

  ctx.save();
  ctx.setTransform(r, 0, 0, r, 0, 0);
  ctx.fillStyle = paperWhite;
  ctx.fillRect(0, 0, size.width, size.height);

  const { map } = layout;
  ctx.drawImage(mapImage, map.x, map.y, map.width, map.height);
  ctx.strokeStyle = '#9a9486';
  ctx.lineWidth = 1;
  ctx.strokeRect(map.x + 0.5, map.y + 0.5, map.width - 1, map.height - 1);
  record('map', map);

  ctx.textBaseline = 'alphabetic';
  /** One line shrunk to fit its box; `lead` places the baseline, in font sizes below the box's top. */
  const headline = (kind: 'title' | 'subtitle', text: string, size: number, weight: number, lead: number) => {
    const box = layout[kind];
    const fitted = fitText(ctx, text, box.width, size, weight, content.fontFamily);
    ctx.fillStyle = kind === 'title' ? ink : muted;
    ctx.font = font(fitted, weight);
    ctx.fillText(text, box.x, box.y + fitted * lead);
    record(kind, textBox(ctx, text, box.x, box.y + fitted * (lead - 1), fitted), text);
  };
  headline('title', content.title, layout.fonts.title, 600, 1);
  headline('subtitle', content.subtitle, layout.fonts.subtitle, 400, 1.15);

  const pad = layout.margin * 0.5;
  if (content.schematicNote) {
    const box = drawNote(
      ctx,
      content.schematicNote,
      map.x + pad,
      map.y + pad,
      map.width * 0.6,
      layout.fonts.note,
      content.fontFamily,
    );
    record('schematic-note', box, content.schematicNote);
  }

  record('legend', drawLegend(ctx, content, map, pad, layout.fonts.legend));

  const arrow = drawNorthArrow(
    ctx,
    map.x + map.width - pad - layout.northArrow * 0.5,
    map.y + pad,
    layout.northArrow,
    content,
  );
  record('north-arrow', arrow);

  if (content.scaleBar) {
    record(
      'scale-bar',
      drawScaleBar(ctx, content.scaleBar, map, pad, layout.fonts.legend, content.fontFamily),
      content.scaleBar.label,
    );
  }

  ctx.fillStyle = muted;
  let y = layout.footer.y;
  const footerStart = y;
  let widest = 0;
  for (const line of content.footerLines) {
    const fs = fitText(ctx, line, layout.footer.width, layout.fonts.footer, 400, content.fontFamily);
    ctx.font = font(fs);
    ctx.fillText(line, layout.footer.x, y + fs);
    widest = Math.max(widest, ctx.measureText(line).width);
    y += layout.fonts.footer * 1.45;
  }
  record(
    'footer',
    { x: layout.footer.x, y: footerStart, width: widest, height: y - footerStart },
    content.footerLines.join('\n'),
  );

  if (content.qr && layout.qr) {
    drawQr(ctx, content.qr, layout.qr);
    record('qr', layout.qr);
  }
  ctx.restore();
  return drawn;
}

/** The largest size ≤ `preferred` (down to 60 %) at which `text` fits `maxWidth`. */
function fitText(
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

function textBox(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, size: number): Rect {
  return { x, y, width: ctx.measureText(text).width, height: size * 1.25 };
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

function drawNote(
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

function drawLegend(
  ctx: CanvasRenderingContext2D,
  content: ExportContent,
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

/** Breaks `text` into lines no wider than `maxWidth`; Chinese has no spaces, so it breaks anywhere. */
function wrap(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
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

function drawNorthArrow(
  ctx: CanvasRenderingContext2D,
  cx: number,
  top: number,
  height: number,
  content: ExportContent,
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

function drawScaleBar(
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

function drawQr(ctx: CanvasRenderingContext2D, qr: NonNullable<ExportContent['qr']>, box: Rect) {
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
