/**
 * The canvas renderer of the page model: draws a picture's page (pictureBlocks.ts) on the export canvas. The
 * words above the map, the map view with its keys over its corners, the notes under it. Which block goes
 * where is worked out first (pictureParts, overlayOrder: pure), then drawn.
 */
import { isNoteRef, type LegendBlock, type MapViewBlock, type Run, type Section } from '../page/blocks';
import { fitText, textBox } from './canvasText';
import type { Drawn, DrawnKind } from './compose';
import {
  drawQr,
  ink,
  muted,
  northArrowBlock,
  noteBlock,
  scaleBarBlock,
  summaryBlock,
  type Block,
  type SummaryBox,
} from './furniture';
import { legendBlock } from './legend';
import { locatorBlock } from './locatorInset';
import {
  furnitureCorners,
  locatorSize,
  stackInCorners,
  type Corner,
  type ExportLayout,
  type Rect,
} from './layout';
import type { ExportSize } from './presets';

const runsText = (runs: readonly Run[]) => runs.map((r) => (isNoteRef(r) ? '' : r.text)).join('');

/** A picture's page sorted into the places of the picture. */
export interface PictureParts {
  title: string;
  subtitle: string;
  view: MapViewBlock;
  legend: LegendBlock;
  summary: SummaryBox | null;
  footer: string[];
  schematicNote: string | null;
  qr: NonNullable<Section['furniture']['qr']> | null;
}

/** Where each block of a picture's page goes; a block a picture has no place for is an error, not dropped. */
export function pictureParts(page: Section): PictureParts {
  let title: string | null = null;
  let subtitle = '';
  let view: MapViewBlock | null = null;
  let legend: LegendBlock | null = null;
  let summary: SummaryBox | null = null;
  const footer: string[] = [];
  for (const block of page.blocks) {
    if (block.kind === 'heading' && block.level === 1 && title === null) title = block.text;
    else if (block.kind === 'text' && !block.small)
      subtitle = block.paragraphs.map((p) => runsText(p.runs)).join(' ');
    else if (block.kind === 'text') footer.push(...block.paragraphs.map((p) => runsText(p.runs)));
    else if (block.kind === 'mapView') view = block;
    else if (block.kind === 'legend') legend = block;
    else if (block.kind === 'table' && !summary) {
      summary = {
        heading: block.caption ?? '',
        rows: block.rows.map((cells) => ({
          label: runsText(cells[0] ?? []),
          value: runsText(cells[1] ?? []),
        })),
        notes: block.notes ?? [],
      };
    } else throw new Error(`A picture has no place for a ${block.kind} block`);
  }
  if (title === null || !view || !legend)
    throw new Error('A picture needs a heading, a map view and a legend');
  const { schematicNote, qr } = page.furniture;
  return { title, subtitle, view, legend, summary, footer, schematicNote, qr: qr ?? null };
}

export type OverlayKind = 'schematic-note' | 'north-arrow' | 'locator' | 'legend' | 'summary' | 'scale-bar';

/** What goes over the map's corners, in stacking order (the first nearest its corner). */
export function overlayOrder(parts: PictureParts): { kind: OverlayKind; corner: Corner }[] {
  const where = furnitureCorners(parts.view.legendCorner);
  const items: { kind: OverlayKind; corner: Corner; shown: boolean }[] = [
    { kind: 'schematic-note', corner: where.note, shown: parts.schematicNote !== null },
    { kind: 'north-arrow', corner: where.arrow, shown: true },
    { kind: 'locator', corner: where.locator, shown: parts.view.locator !== null },
    { kind: 'legend', corner: where.legend, shown: true },
    { kind: 'summary', corner: where.summary, shown: parts.summary !== null },
    { kind: 'scale-bar', corner: where.scale, shown: parts.view.scaleBar !== null },
  ];
  return items.filter((i) => i.shown).map(({ kind, corner }) => ({ kind, corner }));
}

/** The legend's words, for the record of what was drawn (tests read them). */
function legendText(legend: LegendBlock): string {
  const symbols = legend.sites?.entries.map((e) => e.label) ?? [];
  return [legend.heading, legend.method, ...legend.rows.map((r) => r.label), ...symbols, ...legend.notes]
    .filter(Boolean)
    .join('\n');
}

const summaryText = (box: SummaryBox) =>
  [box.heading, ...box.rows.map((r) => `${r.label} ${r.value}`), ...box.notes].join('\n');

/** Draws the page on `ctx`, whose canvas is `size.pixelWidth` × `pixelHeight`; returns what went where. */
export function drawPicture(
  ctx: CanvasRenderingContext2D,
  size: ExportSize,
  layout: ExportLayout,
  mapImage: CanvasImageSource,
  page: Section,
  family: string,
): Drawn[] {
  const parts = pictureParts(page);
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
  const font = (px: number, weight = 400) => `${weight} ${px}px ${family}`;

  ctx.save();
  ctx.setTransform(r, 0, 0, r, 0, 0);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, size.width, size.height);

  const { map } = layout;
  ctx.drawImage(mapImage, map.x, map.y, map.width, map.height);
  ctx.strokeStyle = '#9a9486';
  ctx.lineWidth = 1;
  ctx.strokeRect(map.x + 0.5, map.y + 0.5, map.width - 1, map.height - 1);
  record('map', map);

  ctx.textBaseline = 'alphabetic';
  /** One line shrunk to fit its box; `lead` places the baseline, in font sizes below the box's top. */
  const headline = (kind: 'title' | 'subtitle', text: string, px: number, weight: number, lead: number) => {
    const box = layout[kind];
    const fitted = fitText(ctx, text, box.width, px, weight, family);
    ctx.fillStyle = kind === 'title' ? ink : muted;
    ctx.font = font(fitted, weight);
    ctx.fillText(text, box.x, box.y + fitted * lead);
    record(kind, textBox(ctx, text, box.x, box.y + fitted * (lead - 1), fitted), text);
  };
  headline('title', parts.title, layout.fonts.title, 600, 1);
  headline('subtitle', parts.subtitle, layout.fonts.subtitle, 400, 1.15);

  const { view } = parts;
  const legend = legendBlock(ctx, parts.legend, layout.fonts.legend, family, map.width * 0.34);
  const measured = (kind: OverlayKind): { block: Block; text?: string } => {
    switch (kind) {
      case 'schematic-note':
        return {
          block: noteBlock(ctx, parts.schematicNote!, map.width * 0.6, layout.fonts.note, family),
          text: parts.schematicNote!,
        };
      case 'north-arrow':
        return {
          block: northArrowBlock(ctx, layout.northArrow, {
            bearing: view.north.bearing,
            northLabel: view.north.label,
            fontFamily: family,
          }),
        };
      case 'locator':
        return { block: locatorBlock(ctx, view.locator!, locatorSize(map)), text: view.locator!.label };
      case 'legend':
        return { block: legend, text: legendText(parts.legend) };
      case 'summary':
        return {
          block: summaryBlock(ctx, parts.summary!, layout.fonts.legend, family, map.width * 0.3),
          text: summaryText(parts.summary!),
        };
      case 'scale-bar':
        return {
          block: scaleBarBlock(ctx, view.scaleBar!, layout.fonts.legend, family),
          text: view.scaleBar!.label,
        };
    }
  };
  const placed = overlayOrder(parts).map((o) => ({ ...o, ...measured(o.kind) }));
  const pad = layout.margin * 0.5;
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
  for (const line of parts.footer) {
    const fs = fitText(ctx, line, layout.footer.width, layout.fonts.footer, 400, family);
    ctx.font = font(fs);
    ctx.fillText(line, layout.footer.x, y + fs);
    widest = Math.max(widest, ctx.measureText(line).width);
    y += layout.fonts.footer * 1.45;
  }
  record(
    'footer',
    { x: layout.footer.x, y: footerStart, width: widest, height: y - footerStart },
    parts.footer.join('\n'),
  );

  if (parts.qr && layout.qr) {
    drawQr(ctx, parts.qr, layout.qr);
    record('qr', layout.qr);
  }
  ctx.restore();
  return drawn;
}
