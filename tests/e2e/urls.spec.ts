import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { joinGeo } from '../../src/data/geoJoin';
import type { TownshipsFile } from '../../src/geo/geoFiles';
import { formatUrlState, parseUrlState } from '../../src/state/urlState';
import { testData } from './data';
import { expect, test, waitForMap } from './fixtures';
import { hostileHashes } from './hostileUrls';

const metrics = ['activities', 'aid', 'reached', 'stationed', 'paired'];
const methods = ['quantile', 'jenks', 'equal'];
const townships = JSON.parse(readFileSync('geo/townships.geojson', 'utf8')) as TownshipsFile;
const known = joinGeo(testData(), townships).known;

/** What the page shows after one address: the controls' values, or the presentation's step. */
interface Seen {
  hash: string;
  /** The address bar after the app read the hash (its canonical form). */
  address: string;
  presented: boolean;
  metric: string | null;
  method: string | null;
  step: number;
  count: number;
}

/**
 * Sets each hash in the page and reads what it shows once the app has handled the hashchange and Svelte has
 * updated the page. One round trip for the whole stream: 500 Playwright-driven changes cost ≈ 110 s on the
 * busy 2-core machine, this walk ≈ 30 s (the rest is the app's own work per state). Every `frameEvery`-th hash also waits two frames, so the
 * map draws a share of the states (a throw while drawing is a page error, which fails the test).
 */
async function walk(page: Page, hashes: string[], frameEvery: number): Promise<Seen[]> {
  return page.evaluate(
    async ([list, every]) => {
      const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      const seen: Seen[] = [];
      for (const [i, hash] of list.entries()) {
        const changed = new URL(hash, location.href).hash !== location.hash;
        // Bounded, so a browser that never reports the change fails the walk instead of hanging it.
        const handled = new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`no hashchange for ${hash}`)), 5000);
          window.addEventListener('hashchange', () => (clearTimeout(timer), resolve()), { once: true });
        });
        location.hash = hash;
        if (changed) await handled;
        else void handled.catch(() => undefined);
        // A task later: the app's listener ran first and Svelte has flushed its microtask.
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (i % every === 0) {
          await frame();
          await frame();
        }
        const q = <T extends Element>(id: string) => document.querySelector<T>(`[data-testid="${id}"]`);
        const counter = q<HTMLElement>('present-count');
        seen.push({
          hash,
          address: location.hash,
          presented: q('presentation') !== null,
          metric: q<HTMLSelectElement>('metric-select')?.value ?? null,
          method: q<HTMLSelectElement>('method-select')?.value ?? null,
          step: Number(counter?.dataset.step ?? NaN),
          count: Number(counter?.dataset.count ?? NaN),
        });
      }
      return seen;
    },
    [hashes, frameEvery] as const,
  );
}

test('500 random and hostile URL states: the app stays valid and throws nothing', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const hashes = hostileHashes(500);
  const seen = await walk(page, hashes, 25);
  expect(seen).toHaveLength(hashes.length);
  for (const s of seen) {
    if (s.presented) {
      // Presentation mode hides the controls: its step must be one of the tour's.
      expect(s.step >= 0 && s.step < s.count, `${s.hash} → step ${s.step} of ${s.count}`).toBe(true);
    } else {
      expect(metrics, s.hash).toContain(s.metric);
      expect(methods, s.hash).toContain(s.method);
    }
    // What the app wrote back is what the app's own parser reads as itself: nothing half-read survives.
    expect(formatUrlState(parseUrlState(s.address, known)), `${s.hash} → ${s.address}`).toBe(s.address);
  }
  // The stream does reach presentation mode now and then, so both branches above were exercised.
  expect(seen.filter((s) => s.presented).length).toBeGreaterThan(0);
  expect(seen.filter((s) => !s.presented).length).toBeGreaterThan(0);
  await expectSaneCamera(page);
  expect(dialogs).toEqual([]);
});

test('a sample of the stream, each change driven and read through Playwright as before', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  // Every 20th of the same stream: the in-page walk above must agree with what the locators read.
  for (const hash of hostileHashes(500).filter((_, i) => i % 20 === 0)) {
    await page.evaluate(
      (h) =>
        new Promise<void>((resolve) => {
          window.location.hash = h;
          requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
        }),
      hash,
    );
    if ((await page.getByTestId('presentation').count()) > 0) {
      const counter = page.getByTestId('present-count');
      const step = Number(await counter.getAttribute('data-step'));
      const count = Number(await counter.getAttribute('data-count'));
      expect(step >= 0 && step < count, `${hash} → step ${step} of ${count}`).toBe(true);
    } else {
      expect(metrics).toContain(await page.getByTestId('metric-select').inputValue());
      expect(methods).toContain(await page.getByTestId('method-select').inputValue());
    }
  }
  await expectSaneCamera(page);
});

/** The map still answers after all that, at a sane camera. */
async function expectSaneCamera(page: Page): Promise<void> {
  const camera = await page.evaluate(() => ({
    zoom: window.__map!.getZoom(),
    centre: window.__map!.getCenter(),
  }));
  expect(camera.zoom).toBeGreaterThanOrEqual(4);
  expect(camera.zoom).toBeLessThanOrEqual(16);
  expect(Number.isFinite(camera.centre.lng) && Number.isFinite(camera.centre.lat)).toBe(true);
}
