/**
 * The exported picture's legend: the metric, its classes, the key of the site symbols the picture shows, and
 * its notes. It must stand alone: whoever reads a printed page has no panel, tooltip or other screen.
 */
import type { SiteKind } from '../domain';
import { drawSiteIcon } from '../map/siteIcons';
import type { LegendBlock as KeyBlock } from '../page/blocks';
import { wrap } from './canvasText';
import { drawLines, ink, muted, panelBlock, type Block } from './furniture';
import type { Rect } from './layout';

export interface LegendRow {
  colour: string;
  label: string;
  count: number;
  /** "No record" carries the map's hatch so it cannot be read as the palest class. */
  hatch: boolean;
}

/** The words of the site key; which symbols it shows is known only once the map is drawn. */
export interface SiteKeyText {
  heading: string;
  kinds: Record<SiteKind, string>;
  /** what a hollow symbol means */
  approximate: string;
}

export interface LegendBlock {
  heading: string;
  method: string | null;
  rows: LegendRow[];
  notes: string[];
  sites: SiteKeyText;
}

/** A site symbol the picture shows: its kind, and whether it is drawn hollow (position only approximate). */
export interface ShownSymbol {
  kind: SiteKind;
  hollow: boolean;
}

/**
 * The key rows of the symbols shown: each kind once (filled), then one hollow symbol if any is hollow. The
 * picture's legend and the atlas's map pictures (book/mapPainter.ts) key their symbols by it.
 */
export function siteKeyRows(shown: readonly ShownSymbol[], order: readonly SiteKind[]): ShownSymbol[] {
  const kinds = order.filter((k) => shown.some((s) => s.kind === k));
  const hollow = order.find((k) => shown.some((s) => s.kind === k && s.hollow));
  return [
    ...kinds.map((kind) => ({ kind, hollow: false })),
    ...(hollow ? [{ kind: hollow, hollow: true }] : []),
  ];
}

/** The legend's words as a page's legend block, keying the site symbols `shown` (in the order of `order`). */
export function legendKey(
  legend: LegendBlock,
  shown: readonly ShownSymbol[],
  order: readonly SiteKind[],
): KeyBlock {
  const entries = siteKeyRows(shown, order).map((s) => ({
    ...s,
    label: s.hollow ? legend.sites.approximate : legend.sites.kinds[s.kind],
  }));
  return {
    kind: 'legend',
    heading: legend.heading,
    method: legend.method,
    rows: legend.rows,
    notes: legend.notes,
    ...(entries.length ? { sites: { heading: legend.sites.heading, entries } } : {}),
  };
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

/** The map's own icon (siteIcons.ts), drawn at `size` CSS pixels through the canvas's current transform. */
function drawIcon(ctx: CanvasRenderingContext2D, symbol: ShownSymbol, x: number, y: number, size: number) {
  const ratio = ctx.getTransform().a || 1;
  const pixels = drawSiteIcon(symbol.kind, symbol.hollow, (size / 22) * ratio * 1.25);
  const scratch = document.createElement('canvas');
  scratch.width = pixels.width;
  scratch.height = pixels.height;
  scratch.getContext('2d')!.putImageData(pixels, 0, 0);
  const s = size * 1.25;
  ctx.drawImage(scratch, x - (s - size) / 2, y - (s - size) / 2, s, s);
}

/** Measures a legend block at type size `size` and returns it ready to draw; `maxWidth` wraps its notes. */
export function legendBlock(
  ctx: CanvasRenderingContext2D,
  legend: KeyBlock,
  size: number,
  family: string,
  maxWidth: number,
): Block & { siteKey: { dy: number; height: number } | null } {
  const line = size * 1.5;
  const swatchW = size * 1.6;
  const notesSize = size * 0.82;
  const symbols = legend.sites?.entries ?? [];
  const sitesHeading = legend.sites?.heading ?? '';
  const rowText = (row: LegendRow) => `${row.label}  (${row.count})`;

  ctx.font = `600 ${size}px ${family}`;
  let textWidth = Math.max(
    ctx.measureText(legend.heading).width,
    symbols.length ? ctx.measureText(sitesHeading).width : 0,
  );
  ctx.font = `400 ${size}px ${family}`;
  if (legend.method) textWidth = Math.max(textWidth, ctx.measureText(legend.method).width);
  for (const row of legend.rows) {
    textWidth = Math.max(textWidth, swatchW + size * 0.5 + ctx.measureText(rowText(row)).width);
  }
  for (const s of symbols) {
    textWidth = Math.max(textWidth, size * 1.5 + ctx.measureText(s.label).width);
  }
  ctx.font = `400 ${notesSize}px ${family}`;
  const noteWidth = Math.min(maxWidth, Math.max(textWidth, maxWidth * 0.8));
  const noteLines = legend.notes.flatMap((n) => wrap(ctx, n, noteWidth));
  for (const n of noteLines) textWidth = Math.max(textWidth, ctx.measureText(n).width);

  const inner = size * 0.6;
  const lines = 1 + (legend.method ? 1 : 0) + legend.rows.length + (symbols.length ? 1 + symbols.length : 0);
  const height = inner * 2 + line * lines + noteLines.length * notesSize * 1.35;
  const width = textWidth + inner * 2;
  const above = inner + line * (1 + (legend.method ? 1 : 0) + legend.rows.length);
  const siteKey = symbols.length ? { dy: above, height: line * (1 + symbols.length) } : null;

  const block = panelBlock(ctx, { width, height, inner, fill: 'rgba(255,255,255,0.94)' }, (x, top) => {
    drawLines(ctx, [legend.heading], { x, y: top }, { size, family, bold: true, colour: ink });
    let y = top + line;
    ctx.font = `400 ${size}px ${family}`;
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
      ctx.fillText(rowText(row), x + swatchW + size * 0.5, y + size);
      y += line;
    }
    if (symbols.length) {
      ctx.font = `600 ${size}px ${family}`;
      ctx.fillText(sitesHeading, x, y + size);
      y += line;
      ctx.font = `400 ${size}px ${family}`;
      for (const s of symbols) {
        drawIcon(ctx, s, x, y + (line - size) / 2, size);
        ctx.fillStyle = ink;
        ctx.fillText(s.label, x + size * 1.5, y + size);
        y += line;
      }
    }
    drawLines(ctx, noteLines, { x, y }, { size: notesSize, family, colour: muted });
  });
  return { ...block, siteKey };
}
