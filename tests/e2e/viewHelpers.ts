import type { Page } from '@playwright/test';
import { countyArea, townshipGeo } from './data';

export type LonLatBounds = [[number, number], [number, number]];

/** The bounding box of townships' cells, from the township file (what the map draws). */
export function townshipBounds(codes: readonly string[]): LonLatBounds {
  const points = townshipGeo()
    .filter((t) => codes.includes(t.code))
    .flatMap((t) => t.rings.flat());
  const xs = points.map((p) => p[0]!);
  const ys = points.map((p) => p[1]!);
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}

/** Huize's outline box, from the county file. */
export function countyBounds(): LonLatBounds {
  const [w, s, e, n] = countyArea().split(',').map(Number) as [number, number, number, number];
  return [
    [w, s],
    [e, n],
  ];
}

/** What floats over the map: the legend (or its chip), notes, region bar, presenter bar, bottom sheet. */
const overlaySelectors = [
  '.map-area .overlay.bottom-left',
  '.map-area .overlay.top-left',
  '.map-area .overlay.top-center',
  '.map-area .overlay.bottom-strip',
  '[data-testid="bottom-sheet"]',
];

/**
 * Where a lon/lat box lies on the screen: whether it is inside the map's canvas (within a pixel), and which
 * overlays it runs under.
 */
export async function placeOnScreen(
  page: Page,
  bounds: LonLatBounds,
): Promise<{
  inside: boolean;
  under: string[];
  box: { left: number; top: number; right: number; bottom: number };
}> {
  return page.evaluate(
    ([b, selectors]) => {
      const map = window.__map!;
      const canvas = map.getCanvas().getBoundingClientRect();
      const corners = [b[0], [b[1][0], b[0][1]], b[1], [b[0][0], b[1][1]]].map((c) =>
        map.project(c as [number, number]),
      );
      const box = {
        left: canvas.left + Math.min(...corners.map((p) => p.x)),
        right: canvas.left + Math.max(...corners.map((p) => p.x)),
        top: canvas.top + Math.min(...corners.map((p) => p.y)),
        bottom: canvas.top + Math.max(...corners.map((p) => p.y)),
      };
      const inside =
        box.left >= canvas.left - 1 &&
        box.right <= canvas.right + 1 &&
        box.top >= canvas.top - 1 &&
        box.bottom <= canvas.bottom + 1;
      const under = selectors.filter((s) =>
        [...document.querySelectorAll<HTMLElement>(s)].some((el) => {
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) return false;
          return (
            r.left < box.right - 1 &&
            r.right > box.left + 1 &&
            r.top < box.bottom - 1 &&
            r.bottom > box.top + 1
          );
        }),
      );
      return { inside, under, box };
    },
    [bounds, overlaySelectors] as const,
  );
}

/** How long the map may take to finish drawing once the camera has stopped, before settled() fails. */
const idleLimitMs = 10_000;

/**
 * Waits until the camera has stopped moving and the map has drawn, and fails when it never gets there: a
 * map that keeps redrawing (an endless transition, a tile that never loads) is a fault the caller should
 * hear about, not a picture to measure.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.__map!.isMoving(), null, { timeout: 15_000 });
  const idle = await page.evaluate(
    (limit) =>
      new Promise<boolean>((resolve) => {
        const map = window.__map!;
        const timer = setTimeout(() => resolve(false), limit);
        map.once('idle', () => {
          clearTimeout(timer);
          resolve(true);
        });
        map.triggerRepaint();
      }),
    idleLimitMs,
  );
  if (!idle) throw new Error(`settled(): the map did not reach 'idle' within ${idleLimitMs / 1000} s`);
}
