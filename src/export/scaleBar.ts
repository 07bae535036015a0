/** Web Mercator's ground resolution: metres per CSS pixel at a latitude and zoom (512-pixel tiles). */
export function metresPerPixel(latitude: number, zoom: number): number {
  const earthCircumference = 40_075_016.686;
  return (earthCircumference * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

export interface ScaleBar {
  metres: number;
  /** Length of the bar in CSS pixels. */
  width: number;
  label: string;
}

/**
 * The longest round distance (1, 2 or 5 × 10ⁿ metres) whose bar fits in `maxWidth` pixels, as a map's
 * scale bar shows it. Null when even 1 m does not fit or the resolution is unusable.
 */
export function scaleBar(metresPerPx: number, maxWidth: number): ScaleBar | null {
  if (!(metresPerPx > 0) || !Number.isFinite(metresPerPx) || !(maxWidth > 0)) return null;
  const maxMetres = metresPerPx * maxWidth;
  if (maxMetres < 1) return null;
  const magnitude = 10 ** Math.floor(Math.log10(maxMetres));
  const step = [5, 2, 1].find((m) => m * magnitude <= maxMetres)!;
  const metres = step * magnitude;
  return {
    metres,
    width: metres / metresPerPx,
    label: metres >= 1000 ? `${metres / 1000} km` : `${metres} m`,
  };
}
