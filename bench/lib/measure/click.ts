/** Click → panel painted: where to click, then the time from the click to the painted panel. */
import type { Page } from '@playwright/test';

/** A point inside the township with the most drawn area, clear of site symbols and of panels over the map. */
async function clickTarget(page: Page): Promise<{ code: string; x: number; y: number }> {
  const found = await page.evaluate(() => {
    const map = window.__map!;
    for (const layer of ['township-fill', 'site-symbols'])
      if (!map.getLayer(layer)) return { error: `layer '${layer}' is missing` };
    const canvas = map.getCanvas();
    const rect = canvas.getBoundingClientRect();
    const step = 12;
    const hits = new Map<string, { x: number; y: number }[]>();
    for (let y = step; y < canvas.clientHeight - step; y += step) {
      for (let x = step; x < canvas.clientWidth - step; x += step) {
        const top = map.queryRenderedFeatures([x, y], { layers: ['township-fill'] })[0];
        if (!top) continue;
        const code = String(top.id ?? top.properties.code);
        hits.set(code, [...(hits.get(code) ?? []), { x, y }]);
      }
    }
    const ranked = [...hits.entries()].sort((a, b) => b[1].length - a[1].length);
    for (const [code, points] of ranked) {
      const cx = points.reduce((s, p) => s + p.x, 0) / points.length;
      const cy = points.reduce((s, p) => s + p.y, 0) / points.length;
      const byCentre = [...points].sort(
        (a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy),
      );
      for (const p of byCentre) {
        const box: [[number, number], [number, number]] = [
          [p.x - 14, p.y - 14],
          [p.x + 14, p.y + 14],
        ];
        if (map.queryRenderedFeatures(box, { layers: ['site-symbols'] }).length) continue;
        const x = rect.left + p.x;
        const y = rect.top + p.y;
        if (document.elementFromPoint(x, y) !== canvas) continue;
        return { code, x, y };
      }
    }
    return { error: 'no township fill drawn where a click would reach the map' };
  });
  if ('error' in found) throw new Error(`click → panel: ${found.error}`);
  return found;
}

/** Click → panel painted: t0 in a capture-phase click listener, t1 at the first frame after the panel appears. */
export async function clickToPanel(page: Page): Promise<{ ms: number; domMs: number; code: string }> {
  const target = await clickTarget(page);
  await page.evaluate((code) => {
    const selector = `[data-testid="township-panel"][data-code="${CSS.escape(code)}"]`;
    window.__benchClick = new Promise((resolve, reject) => {
      let t0: number | undefined;
      window.addEventListener(
        'click',
        () => {
          t0 ??= performance.now();
          performance.mark('bench:click', { startTime: t0 });
        },
        { capture: true, once: true },
      );
      const observer = new MutationObserver(() => {
        if (t0 === undefined || !document.querySelector(selector)) return;
        observer.disconnect();
        const start = t0;
        const inDom = performance.now();
        requestAnimationFrame(() => {
          const t1 = performance.now();
          performance.mark('bench:panel', { startTime: t1 });
          resolve({ t0: start, inDom, t1 });
        });
      });
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['data-code'],
      });
      setTimeout(() => {
        observer.disconnect();
        reject(new Error(`${selector} did not appear within 10 s of the click`));
      }, 10_000);
    });
  }, target.code);
  await page.mouse.click(target.x, target.y);
  const { t0, inDom, t1 } = await page.evaluate(() => window.__benchClick!);
  return { ms: t1 - t0, domMs: inDom - t0, code: target.code };
}
