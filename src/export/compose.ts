import { siteKinds } from '../domain';
import { fitText, textBox } from './canvasText';
import {
  drawQr,
  ink,
  muted,
  northArrowBlock,
  noteBlock,
  scaleBarBlock,
  summaryBlock,
  type Block,
  type QrCode,
  type SummaryBox,
} from './furniture';
import { legendBlock, type LegendBlock, type ShownSymbol } from './legend';
import { locatorBlock, type LocatorInset } from './locatorInset';
import {
  furnitureCorners,
  locatorSize,
  stackInCorners,
  type Corner,
  type ExportLayout,
  type Rect,
} from './layout';
import type { ExportSize } from './presets';
import type { ScaleBar } from './scaleBar';

export type { LegendRow } from './legend';

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
  /** The site symbols the drawn map shows: the legend keys exactly these. */
  shownSymbols: readonly ShownSymbol[];
  /** The region's totals, when the picture is of a region and the user asked for them. */
  summary: SummaryBox | null;
  /** Where what the picture shows lies in the county; null for the whole county. */
  locator: LocatorInset | null;
  legendCorner: Corner;
}

/** What the picture's content is made of before the map is drawn (the rest comes from the capture). */
export type ContentBeforeCapture = Omit<ExportContent, 'scaleBar' | 'bearing' | 'qr' | 'shownSymbols'>;

export type DrawnKind =
  | 'map'
  | 'title'
  | 'subtitle'
  | 'legend'
  | 'site-key'
  | 'summary'
  | 'scale-bar'
  | 'north-arrow'
  | 'locator'
  | 'schematic-note'
  | 'footer'
  | 'qr'
  /** not drawn by the composer: the map's own labels, recorded with their size */
  | 'map-labels';

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
  const family = content.fontFamily;
  const where = furnitureCorners(content.legendCorner);
  const legend = legendBlock(
    ctx,
    content.legend,
    content.shownSymbols,
    siteKinds,
    layout.fonts.legend,
    family,
    map.width * 0.34,
  );
  const placed: { kind: DrawnKind; corner: Corner; block: Block; text?: string }[] = [];
  if (content.schematicNote) {
    const note = noteBlock(ctx, content.schematicNote, map.width * 0.6, layout.fonts.note, family);
    placed.push({ kind: 'schematic-note', corner: where.note, block: note, text: content.schematicNote });
  }
  placed.push({
    kind: 'north-arrow',
    corner: where.arrow,
    block: northArrowBlock(ctx, layout.northArrow, content),
  });
  if (content.locator) {
    placed.push({
      kind: 'locator',
      corner: where.locator,
      block: locatorBlock(ctx, content.locator, locatorSize(map)),
      text: content.locator.label,
    });
  }
  placed.push({ kind: 'legend', corner: where.legend, block: legend, text: legendText(content) });
  if (content.summary) {
    const summary = summaryBlock(ctx, content.summary, layout.fonts.legend, family, map.width * 0.3);
    placed.push({
      kind: 'summary',
      corner: where.summary,
      block: summary,
      text: summaryText(content.summary),
    });
  }
  if (content.scaleBar) {
    const bar = scaleBarBlock(ctx, content.scaleBar, layout.fonts.legend, family);
    placed.push({ kind: 'scale-bar', corner: where.scale, block: bar, text: content.scaleBar.label });
  }
  const points = stackInCorners(
    map,
    pad,
    pad * 0.6,
    placed.map((p) => ({ corner: p.corner, width: p.block.width, height: p.block.height })),
  );
  placed.forEach((p, i) => {
    const { x, y } = points[i]!;
    p.block.draw(x, y);
    record(p.kind, { x, y, width: p.block.width, height: p.block.height }, p.text);
    if (p.block === legend && legend.siteKey) {
      record('site-key', { x, y: y + legend.siteKey.dy, width: legend.width, height: legend.siteKey.height });
    }
  });

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

/** The legend's words, for the record of what was drawn (tests read them). */
function legendText(content: ExportContent): string {
  const { legend } = content;
  const symbols = content.shownSymbols.map((s) =>
    s.hollow ? legend.sites.approximate : legend.sites.kinds[s.kind],
  );
  return [legend.heading, legend.method, ...legend.rows.map((r) => r.label), ...symbols, ...legend.notes]
    .filter(Boolean)
    .join('\n');
}

function summaryText(box: SummaryBox): string {
  return [box.heading, ...box.rows.map((r) => `${r.label} ${r.value}`), ...box.notes].join('\n');
}
