import { fitText, textBox } from './canvasText';
import {
  drawLegend,
  drawNorthArrow,
  drawNote,
  drawQr,
  drawScaleBar,
  ink,
  muted,
  type LegendBlock,
  type QrCode,
} from './furniture';
import type { ExportLayout, Rect } from './layout';
import type { ExportSize } from './presets';
import type { ScaleBar } from './scaleBar';

export type { LegendRow } from './furniture';

/** Everything the picture says besides the map itself. Plain strings: canvas text is never markup. */
export interface ExportContent {
  title: string;
  subtitle: string;
  legend: LegendBlock;
  /** Shown over the map exactly when the township lines are schematic. */
  schematicNote: string | null;
  /** Source line, attributions: one entry per line under the map. */
  footerLines: string[];
  scaleBar: ScaleBar | null;
  /** The map's bearing in degrees (the arrow points to north). */
  bearing: number;
  northLabel: string;
  qr: QrCode | null;
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
