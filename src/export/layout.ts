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
