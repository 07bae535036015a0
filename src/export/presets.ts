/**
 * Export sizes. A frame is the page the picture is laid out on, in CSS pixels; the scale says how many
 * image pixels each CSS pixel becomes. "Screen" frames take the map area's size on screen; presets have a
 * fixed frame, and A4 has a fixed resolution (300 dpi) instead of a chosen scale.
 */
export const exportFrames = ['screen', 'hd', 'classic', 'a4'] as const;
export type ExportFrame = (typeof exportFrames)[number];
export const exportScales = [1, 2, 3] as const;
export type ExportScale = (typeof exportScales)[number];

export interface ExportSize {
  /** The layout page in CSS pixels (text sizes and margins are set in these). */
  width: number;
  height: number;
  /** Image pixels per CSS pixel. */
  pixelRatio: number;
  /** The PNG's size in pixels. */
  pixelWidth: number;
  pixelHeight: number;
  /** What the file name says about the size: "2x", "1920x1080-3x", "A4-300dpi". */
  label: string;
  /**
   * The print resolution the PNG states (its pHYs chunk), chosen so that a document places the picture at
   * the size it was made for: a screen export at its size on screen (96 dpi per 1×, the CSS inch), a
   * 1920 × 1080 slide across a 16:9 slide of 13⅓ × 7½ in (144 dpi per 1×), a 1600 × 1200 one across a 4:3
   * slide of 10 × 7½ in (160 dpi per 1×), and A4 on an A4 sheet (300 dpi).
   */
  dpi: number;
}

/** A4 landscape: 297 × 210 mm. */
const a4 = { widthMm: 297, heightMm: 210, dpi: 300 } as const;
const mmPerInch = 25.4;
/** CSS defines 96 px to the inch, so a 300 dpi page has 300 / 96 image pixels per CSS pixel. */
const cssDpi = 96;

/** Slide frames, and the resolution at 1× that spans the slide they are for (13⅓ in and 10 in wide). */
const fixedFrames = {
  hd: { width: 1920, height: 1080, dpi: 144 },
  classic: { width: 1600, height: 1200, dpi: 160 },
} as const;

export function exportSize(
  frame: ExportFrame,
  scale: ExportScale,
  screen: { width: number; height: number },
): ExportSize {
  if (frame === 'a4') {
    const pixelWidth = Math.round((a4.widthMm / mmPerInch) * a4.dpi);
    const pixelHeight = Math.round((a4.heightMm / mmPerInch) * a4.dpi);
    const pixelRatio = a4.dpi / cssDpi;
    return {
      width: pixelWidth / pixelRatio,
      height: pixelHeight / pixelRatio,
      pixelRatio,
      pixelWidth,
      pixelHeight,
      label: `A4-${a4.dpi}dpi`,
      dpi: a4.dpi,
    };
  }
  const { width, height, dpi } =
    frame === 'screen'
      ? {
          width: Math.max(1, Math.round(screen.width)),
          height: Math.max(1, Math.round(screen.height)),
          dpi: cssDpi,
        }
      : fixedFrames[frame];
  return {
    width,
    height,
    pixelRatio: scale,
    pixelWidth: width * scale,
    pixelHeight: height * scale,
    label: frame === 'screen' ? `${scale}x` : `${width}x${height}-${scale}x`,
    dpi: dpi * scale,
  };
}

/** A4 landscape in PDF points (1/72 in): the page a PDF export is laid on. */
export const a4PagePoints = { width: (a4.widthMm / mmPerInch) * 72, height: (a4.heightMm / mmPerInch) * 72 };

/** Characters Windows, macOS or Linux refuse (or treat specially) in a file name. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const unsafe = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/**
 * "会泽-人员派驻-娜姑镇-2x.png" (or .pdf): the parts joined with hyphens, each cleaned of characters a file
 * system refuses, empty parts dropped.
 */
export function exportFilename(
  parts: readonly (string | null | undefined)[],
  sizeLabel: string,
  extension: 'png' | 'pdf' | 'docx' = 'png',
): string {
  const clean = parts
    .map((p) => (p ?? '').replace(unsafe, ' ').replace(/\s+/g, ' ').trim().replace(/ /g, '_'))
    .filter((p) => p.length > 0)
    .map((p) => [...p].slice(0, 40).join(''));
  return `${[...clean, sizeLabel].join('-')}.${extension}`;
}
