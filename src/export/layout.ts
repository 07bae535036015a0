/** Where each part of an exported picture goes, in the frame's CSS pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ExportLayout {
  margin: number;
  title: Rect;
  subtitle: Rect;
  map: Rect;
  /** The source, attribution and (when schematic) boundary-note lines under the map. */
  footer: Rect;
  /** The permalink's QR code, bottom right, when asked for. */
  qr: Rect | null;
  /** Type sizes: title, subtitle, legend and footer text, and the north arrow's height. */
  fonts: { title: number; subtitle: number; legend: number; footer: number; note: number };
  northArrow: number;
  /** The widest the scale bar may be. */
  scaleBarMax: number;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * Sizes follow the frame's shorter side, so a 1600 × 1200 page and an A4 sheet get the same proportions
 * and a small screen export stays readable. `footerLines` is the number of text lines under the map.
 */
export function exportLayout(
  width: number,
  height: number,
  options: { footerLines: number; qr: boolean },
): ExportLayout {
  const short = Math.min(width, height);
  const margin = Math.round(clamp(short * 0.03, 10, 40));
  const title = Math.round(clamp(short * 0.036, 16, 44));
  const subtitle = Math.round(clamp(title * 0.55, 11, 24));
  const legend = Math.round(clamp(short * 0.017, 11, 22));
  const footer = Math.round(clamp(short * 0.014, 10, 18));
  const qrSize = options.qr ? Math.round(clamp(short * 0.11, 64, 180)) : 0;

  const titleRect: Rect = { x: margin, y: margin, width: width - 2 * margin, height: title * 1.25 };
  const subtitleRect: Rect = {
    x: margin,
    y: titleRect.y + titleRect.height,
    width: width - 2 * margin,
    height: subtitle * 1.5,
  };
  const linesHeight = Math.max(1, options.footerLines) * footer * 1.45;
  const footerHeight = Math.max(linesHeight, qrSize);
  const footerRect: Rect = {
    x: margin,
    y: height - margin - footerHeight,
    width: width - 2 * margin - (qrSize ? qrSize + margin : 0),
    height: footerHeight,
  };
  const mapTop = subtitleRect.y + subtitleRect.height + margin * 0.4;
  const mapRect: Rect = {
    x: margin,
    y: mapTop,
    width: width - 2 * margin,
    height: Math.max(1, footerRect.y - margin * 0.5 - mapTop),
  };
  const qr: Rect | null = qrSize
    ? { x: width - margin - qrSize, y: height - margin - qrSize, width: qrSize, height: qrSize }
    : null;
  return {
    margin,
    title: titleRect,
    subtitle: subtitleRect,
    map: mapRect,
    footer: footerRect,
    qr,
    fonts: { title, subtitle, legend, footer, note: Math.round(legend * 0.95) },
    northArrow: Math.round(clamp(short * 0.06, 28, 80)),
    scaleBarMax: Math.round(mapRect.width * 0.22),
  };
}

export const corners = ['bottom-left', 'top-left', 'top-right', 'bottom-right'] as const;
export type Corner = (typeof corners)[number];

const mirrored: Record<Corner, Corner> = {
  'bottom-left': 'bottom-right',
  'bottom-right': 'bottom-left',
  'top-left': 'top-right',
  'top-right': 'top-left',
};

/**
 * Where the furniture goes once the user has put the legend in a corner: the schematic note stays top left,
 * the north arrow top right and the scale bar bottom right; the region summary takes the corner across from
 * the legend; the locator the corner that holds the least (under the arrow, or bottom left when the legend
 * and the summary take the top). Items that share a corner stack inward from it in this order, so none
 * covers another.
 */
export function furnitureCorners(
  legend: Corner,
): Record<'note' | 'arrow' | 'locator' | 'legend' | 'summary' | 'scale', Corner> {
  return {
    note: 'top-left',
    arrow: 'top-right',
    locator: legend.startsWith('top') ? 'bottom-left' : 'top-right',
    legend,
    summary: mirrored[legend],
    scale: 'bottom-right',
  };
}

/** The locator inset's side: a fifth of the map's shorter side, so the county stays legible. */
export const locatorSize = (map: Rect): number => Math.round(Math.min(map.width, map.height) * 0.22);

/**
 * Places boxes in the corners of `frame`, `pad` in from its edges: those in one corner stack away from it
 * (downwards from a top corner, upwards from a bottom one) in the order given, `gap` apart, aligned to the
 * corner's side. Returns each box's top-left point, in the order of `items`.
 */
export function stackInCorners(
  frame: Rect,
  pad: number,
  gap: number,
  items: readonly { corner: Corner; width: number; height: number }[],
): { x: number; y: number }[] {
  const used: Record<Corner, number> = { 'bottom-left': 0, 'top-left': 0, 'top-right': 0, 'bottom-right': 0 };
  return items.map(({ corner, width, height }) => {
    const [vertical, horizontal] = corner.split('-') as ['top' | 'bottom', 'left' | 'right'];
    const x = horizontal === 'left' ? frame.x + pad : frame.x + frame.width - pad - width;
    const offset = used[corner];
    used[corner] += height + gap;
    const y = vertical === 'top' ? frame.y + pad + offset : frame.y + frame.height - pad - offset - height;
    return { x, y };
  });
}

/**
 * How much larger than on screen the map's labels are drawn, so they keep their share of the picture: the
 * smallest township label (11 px at the county's zoom) reaches 16 px on a 1920 × 1080 slide (1080 / 720 × 11).
 * A frame no larger than a laptop's map keeps the screen's sizes.
 */
export function exportLabelScale(width: number, height: number): number {
  return Math.round(clamp(Math.min(width, height) / 720, 1, 2.5) * 100) / 100;
}
