import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { serverUrl } from './servers';

const localHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for requests that never leave the machine. */
export function isLocalUrl(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
  if (url.startsWith('file:')) return true;
  try {
    return localHosts.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

interface Watch {
  pageErrors: string[];
  remoteRequests: string[];
}

/** Records what `watch` fails on, for one page, until `stop`. */
function record(page: Page, allowedRemote: RegExp[]): Watch & { stop: () => void } {
  const watch: Watch = { pageErrors: [], remoteRequests: [] };
  const onError = (error: Error) => watch.pageErrors.push(String(error));
  const onRequest = (request: { url(): string }) => {
    const url = request.url();
    if (!isLocalUrl(url) && !allowedRemote.some((re) => re.test(url))) watch.remoteRequests.push(url);
  };
  page.on('pageerror', onError);
  page.on('request', onRequest);
  return {
    ...watch,
    stop: () => {
      page.off('pageerror', onError);
      page.off('request', onRequest);
    },
  };
}

function expectClean(watch: Watch): void {
  expect(watch.pageErrors, 'uncaught page errors').toEqual([]);
  expect(watch.remoteRequests, 'requests to non-local addresses').toEqual([]);
}

/**
 * Every test gets a page that records uncaught errors and requests to non-local addresses, and fails at the
 * end if there were any. `app` is the app already loaded in a page this worker keeps for every test with
 * the same screen (viewport, touch, language), for tests that reach their state by the address alone
 * (`show`): loading the map is most of what a short test costs (≈ 3 s of CPU in software WebGL). A test
 * that fails ends its worker, so a page left in a broken state is not handed on.
 */
export const test = base.extend<
  { watch: Watch; allowedRemote: RegExp[]; app: Page },
  { sharedPages: Map<string, { context: BrowserContext; page: Page }> }
>({
  /** Remote addresses a test lets through on purpose (and answers itself with page.route). */
  allowedRemote: [[], { option: true }],
  watch: [
    async ({ page, allowedRemote }, use) => {
      const watch = record(page, allowedRemote);
      await use(watch);
      watch.stop();
      expectClean(watch);
    },
    { auto: true },
  ],
  sharedPages: [
    // Playwright reads a fixture's dependencies from its first parameter's pattern: this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const pages = new Map<string, { context: BrowserContext; page: Page }>();
      await use(pages);
      for (const { context } of pages.values()) await context.close();
    },
    { scope: 'worker' },
  ],
  app: async (
    { browser, sharedPages, viewport, isMobile, hasTouch, locale, reducedMotion, allowedRemote },
    use,
  ) => {
    const key = JSON.stringify({ viewport, isMobile, hasTouch, locale, reducedMotion });
    let shared = sharedPages.get(key);
    const watch = shared ? record(shared.page, allowedRemote) : null;
    if (!shared) {
      const context = await browser.newContext({
        baseURL: serverUrl('app'),
        viewport,
        isMobile,
        hasTouch,
        locale,
        reducedMotion,
      });
      shared = { context, page: await context.newPage() };
      sharedPages.set(key, shared);
    }
    const watching = watch ?? record(shared.page, allowedRemote);
    if (shared.page.url() === 'about:blank') {
      await shared.page.goto('/');
      await waitForMap(shared.page);
    }
    await use(shared.page);
    watching.stop();
    expectClean(watching);
  },
});

/**
 * Shows the state a link holds in the shared `app` page, as following a link within the page does: sets
 * the hash and waits for the app to have read it and drawn two frames. An empty hash is the first view.
 */
export async function show(page: Page, hash = ''): Promise<void> {
  await page.evaluate(async (h) => {
    // Focus is no part of a link: a search box left focused by the last test keeps its list open.
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    const target = h.startsWith('#') || h === '' ? h : `#${h}`;
    if (window.location.hash !== target && !(target === '' && window.location.hash === '')) {
      const read = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      window.location.hash = target;
      await read;
    }
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, hash);
}

export { expect };

/** Waits until the map has drawn its first complete frame with all layers. */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__mapReady === true && window.__map?.loaded() === true, null, {
    timeout: 30_000,
  });
}

/** Waits for the map to finish what it is drawing now (after a camera or style change). */
export async function waitForIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__map!;
        if (map.loaded() && !map.isMoving()) {
          map.once('idle', () => resolve());
          map.triggerRepaint();
        } else map.once('idle', () => resolve());
      }),
  );
}
