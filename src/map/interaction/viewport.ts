import type { Bounds } from '../../geo/bounds';

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * At least this share of each side of the map stays for what a fit shows. Overlays measured on a small
 * screen (a phone in landscape) can ask for more room than the map has; MapLibre then refuses the fit
 * ("cannot fit within canvas"), so the padding is scaled down instead.
 */
const minShown = 0.3;

export function clampPadding(padding: Padding, size: { width: number; height: number }): Padding {
  const scale = (a: number, b: number, length: number) => {
    const room = length * (1 - minShown);
    return a + b > room && a + b > 0 ? room / (a + b) : 1;
  };
  const h = scale(padding.left, padding.right, size.width);
  const v = scale(padding.top, padding.bottom, size.height);
  return {
    top: Math.max(0, padding.top * v),
    bottom: Math.max(0, padding.bottom * v),
    left: Math.max(0, padding.left * h),
    right: Math.max(0, padding.right * h),
  };
}

/** The lon/lat box of the map's area inside the padding, from the map's unproject. */
export function innerBounds(
  size: { width: number; height: number },
  padding: Padding,
  unproject: (x: number, y: number) => [number, number],
): Bounds {
  const corners = [
    unproject(padding.left, padding.top),
    unproject(size.width - padding.right, padding.top),
    unproject(padding.left, size.height - padding.bottom),
    unproject(size.width - padding.right, size.height - padding.bottom),
  ];
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  return [
    [round(Math.min(...corners.map((c) => c[0]))), round(Math.min(...corners.map((c) => c[1])))],
    [round(Math.max(...corners.map((c) => c[0]))), round(Math.max(...corners.map((c) => c[1])))],
  ];
}

/** True when `inner` lies inside `outer`. */
export function contains(outer: Bounds, inner: Bounds): boolean {
  return (
    inner[0][0] >= outer[0][0] &&
    inner[0][1] >= outer[0][1] &&
    inner[1][0] <= outer[1][0] &&
    inner[1][1] <= outer[1][1]
  );
}

/** Equal to the precision a link keeps (about 10 m). */
export function sameBounds(a: Bounds, b: Bounds): boolean {
  return a.flat().every((v, i) => Math.abs(v - b.flat()[i]!) < 2e-4);
}

/**
 * The room overlays take from the map: each overlay (a box in the map's own pixels) is kept clear on the
 * side it hugs, choosing, for a box in a corner, the side that costs the map less area.
 */
export function overlayPadding(
  size: { width: number; height: number },
  boxes: readonly { left: number; top: number; width: number; height: number }[],
  margin: number,
): Padding {
  const padding: Padding = { top: margin, right: margin, bottom: margin, left: margin };
  for (const box of boxes) {
    if (box.width <= 0 || box.height <= 0) continue;
    const insets = {
      top: box.top + box.height,
      bottom: size.height - box.top,
      left: box.left + box.width,
      right: size.width - box.left,
    };
    // Cost of keeping each side clear: the map area it gives up.
    const side = (Object.keys(insets) as (keyof Padding)[]).reduce((best, s) =>
      insets[s] * (s === 'top' || s === 'bottom' ? size.width : size.height) <
      insets[best] * (best === 'top' || best === 'bottom' ? size.width : size.height)
        ? s
        : best,
    );
    padding[side] = Math.max(padding[side], insets[side] + margin);
  }
  return padding;
}
