import { test as base, expect, type Page } from '@playwright/test';

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

/**
 * Every test gets a page that records uncaught errors and requests to non-local addresses, and fails at the
 * end if there were any.
 */
export const test = base.extend<{ watch: Watch; allowedRemote: RegExp[] }>({
  /** Remote addresses a test lets through on purpose (and answers itself with page.route). */
  allowedRemote: [[], { option: true }],
  watch: [
    async ({ page, allowedRemote }, use) => {
      const watch: Watch = { pageErrors: [], remoteRequests: [] };
      page.on('pageerror', (error) => watch.pageErrors.push(String(error)));
      page.on('request', (request) => {
        const url = request.url();
        if (!isLocalUrl(url) && !allowedRemote.some((re) => re.test(url))) watch.remoteRequests.push(url);
      });
      await use(watch);
      expect(watch.pageErrors, 'uncaught page errors').toEqual([]);
      expect(watch.remoteRequests, 'requests to non-local addresses').toEqual([]);
    },
    { auto: true },
  ],
});

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
