import type { Page } from '@playwright/test';
import { townshipGeo } from './data';
import { interactiveLayers } from '../../src/map/layerOrder';

/** The layers that take a click before a township's fill: its name and the site symbols. */
const aboveFill = interactiveLayers.filter((id) => id !== 'township-fill');

/**
 * A screen point (relative to the page) inside a township's drawn fill, clear of site symbols and township
 * names (which take the click first): found by asking the map what it rendered on a grid, so the test
 * clicks where a user would.
 */
export async function pointInTownship(page: Page, code: string): Promise<{ x: number; y: number }> {
  const found = await findPoint(page, code);
  if (found) return found;
  // Out of view or too small at this zoom (the urban 街道 are a few km across): bring it into view as a
  // user would, using its extent from the township file.
  const rings = townshipGeo().find((t) => t.code === code)?.rings ?? [];
  const xs = rings.flat().map((p) => p[0]);
  const ys = rings.flat().map((p) => p[1]);
  const bounds: [[number, number], [number, number]] = [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
  await page.evaluate(
    (b) =>
      new Promise<void>((resolve) => {
        const map = window.__map!;
        map.once('idle', () => resolve());
        map.fitBounds(b, { duration: 0, padding: 80 });
      }),
    bounds,
  );
  const zoomed = await findPoint(page, code);
  if (!zoomed) throw new Error(`no clickable point found for township ${code}`);
  return zoomed;
}

async function findPoint(page: Page, code: string): Promise<{ x: number; y: number } | null> {
  return (await pointsInView(page, [code]))[code] ?? null;
}

/**
 * For each township, a screen point (relative to the page) inside its drawn fill and clear of site
 * symbols and township names at the current view, or null: one scan of the map on a grid answers for all
 * of them, so a walk over many townships at one view scans once instead of once per township.
 */
export async function pointsInView(
  page: Page,
  codes: readonly string[],
): Promise<Record<string, { x: number; y: number } | null>> {
  return page.evaluate(
    ([wanted, above]) => {
      const map = window.__map!;
      const canvas = map.getCanvas();
      const rect = canvas.getBoundingClientRect();
      const width = canvas.clientWidth;
      const height = canvas.clientHeight;
      const hits = new Map<string, { x: number; y: number }[]>(wanted.map((c) => [c, []]));
      for (let y = 8; y < height - 8; y += 6) {
        for (let x = 8; x < width - 8; x += 6) {
          const top = map.queryRenderedFeatures([x, y], { layers: ['township-fill'] })[0];
          const list = top ? hits.get(String(top.properties.code)) : undefined;
          if (!list) continue;
          const box: [[number, number], [number, number]] = [
            [x - 14, y - 14],
            [x + 14, y + 14],
          ];
          if (map.queryRenderedFeatures(box, { layers: above }).length) continue;
          list.push({ x, y });
        }
      }
      // Of the clear points, the one nearest the middle of the list that lies a patch's width inside the
      // fill on every side: a point by the cell's edge would sample its neighbour's colour, or miss the cell.
      const margin = 10;
      const within = (x: number, y: number, code: string) =>
        String(map.queryRenderedFeatures([x, y], { layers: ['township-fill'] })[0]?.properties.code) === code;
      const inner = (code: string, p: { x: number; y: number }) =>
        [
          [-margin, 0],
          [margin, 0],
          [0, -margin],
          [0, margin],
        ].every(([dx, dy]) => within(p.x + dx!, p.y + dy!, code));
      return Object.fromEntries(
        [...hits].map(([code, list]) => {
          const mid = Math.floor(list.length / 2);
          const byNearness = list
            .map((p, i) => ({ p, d: Math.abs(i - mid) }))
            .sort((a, b) => a.d - b.d)
            .map((c) => c.p);
          const best = byNearness.find((p) => inner(code, p)) ?? byNearness[0];
          return [code, best ? { x: rect.left + best.x, y: rect.top + best.y } : null];
        }),
      );
    },
    [codes, aboveFill] as const,
  );
}

/**
 * Whether a click at a page point would reach this township's fill now: names are placed anew as the map
 * draws, so a point found clear at one moment may lie under a name at the next.
 */
export async function fillTakesClickAt(
  page: Page,
  point: { x: number; y: number },
  code: string,
): Promise<boolean> {
  return page.evaluate(
    ([p, wanted, above]) => {
      const map = window.__map!;
      const rect = map.getCanvas().getBoundingClientRect();
      const at: [number, number] = [p.x - rect.left, p.y - rect.top];
      if (map.queryRenderedFeatures(at, { layers: above }).length) return false;
      const top = map.queryRenderedFeatures(at, { layers: ['township-fill'] })[0];
      return String(top?.properties.code) === wanted;
    },
    [point, code, aboveFill] as const,
  );
}

export async function featureState(page: Page, source: string, id: string): Promise<Record<string, unknown>> {
  return page.evaluate(([s, i]) => window.__map!.getFeatureState({ source: s!, id: i! }), [source, id]);
}

export async function fills(page: Page, codes: readonly string[]): Promise<Record<string, unknown>> {
  return page.evaluate(
    (all) =>
      Object.fromEntries(
        all.map((c) => [c, window.__map!.getFeatureState({ source: 'townships', id: c }).fill]),
      ),
    [...codes],
  );
}
