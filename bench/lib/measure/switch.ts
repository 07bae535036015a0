/** Metric switch → the choropleth's fill repainted. */
import type { Page } from '@playwright/test';

/**
 * Metric switch → fill repainted: t0 in a capture-phase change listener, t1 at the first map 'render' after
 * which some township's feature-state `fill` differs from before. If a metric happens to colour every
 * township as the current one does, the next metric is tried.
 */
export async function metricSwitch(page: Page): Promise<{ ms: number; from: string; to: string }> {
  const select = page.locator('[data-testid="metric-select"]');
  if ((await select.count()) !== 1)
    throw new Error('metric switch: [data-testid="metric-select"] is missing');
  const from = await select.inputValue();
  const options = await select
    .locator('option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  for (const to of options.filter((v) => v !== from)) {
    await page.evaluate(() => {
      const map = window.__map!;
      const codes = [
        ...new Set(map.querySourceFeatures('townships').map((f) => String(f.id ?? f.properties.code))),
      ];
      const fillOf = (code: string) =>
        JSON.stringify(map.getFeatureState({ source: 'townships', id: code }).fill ?? null);
      const before = new Map(codes.map((c) => [c, fillOf(c)]));
      window.__benchSwitch = new Promise((resolve) => {
        let t0: number | undefined;
        document.addEventListener('change', () => (t0 ??= performance.now()), { capture: true, once: true });
        const onRender = () => {
          if (t0 === undefined) return;
          const changed = codes.find((c) => fillOf(c) !== before.get(c));
          if (changed === undefined) return;
          map.off('render', onRender);
          resolve({ ms: performance.now() - t0, code: changed });
        };
        map.on('render', onRender);
        setTimeout(() => {
          map.off('render', onRender);
          resolve(null);
        }, 5_000);
      });
    });
    await select.selectOption(to);
    const result = await page.evaluate(() => window.__benchSwitch!);
    if (result) return { ms: result.ms, from, to };
  }
  throw new Error(
    `metric switch: no township's feature-state 'fill' on source 'townships' changed for any metric (from ${from})`,
  );
}
