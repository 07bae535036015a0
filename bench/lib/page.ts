/** Fresh browser contexts: a page opened until its map is ready, with the probes every measurement reads. */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { host, pageTimeout, viewport } from './config';

/** The screen and CPU a page is loaded with: a desktop, or a phone with its CPU slowed through CDP. */
export interface PageProfile {
  name: string;
  viewport: { width: number; height: number };
  deviceScaleFactor: number;
  isMobile: boolean;
  hasTouch: boolean;
  /** CDP Emulation.setCPUThrottlingRate: 1 = the machine's own speed */
  cpuSlowdown: number;
}
export const pageProfiles = {
  desktop: {
    name: 'desktop 1366×768',
    viewport,
    deviceScaleFactor: 1,
    isMobile: false,
    hasTouch: false,
    cpuSlowdown: 1,
  },
  phone: {
    name: 'phone 390×844 @3×, CPU 4× slower',
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    cpuSlowdown: 4,
  },
} satisfies Record<string, PageProfile>;

/** Called with the page before it navigates; what it returns is called once the map is ready. */
export type AroundLoad<T> = (page: Page, context: BrowserContext) => Promise<() => Promise<T>>;

declare global {
  interface Window {
    /** performance.now() when __mapReady first became true (set by the probe below). */
    __mapReadyAt?: number;
    /** performance.now() when the page first set window.__map (just after new Map()) and at its 'load'. */
    __mapCreatedAt?: number;
    __mapLoadAt?: number;
    __benchClick?: Promise<{ t0: number; inDom: number; t1: number }>;
    __benchSwitch?: Promise<{ ms: number; code: string } | null>;
    __benchExportAt?: number;
  }
}

/**
 * Fresh context per run (own cache, own storage), with two init scripts: a shim for the `__name` helper
 * that tsx's esbuild adds to functions passed to page.evaluate, and a probe that stamps performance.now()
 * the moment the page sets window.__mapReady = true — the same probe for app and floor, and no polling lag.
 */
async function openPage<T>(
  browser: Browser,
  url: string,
  profile: PageProfile,
  around?: AroundLoad<T>,
): Promise<{ context: BrowserContext; page: Page; around?: T }> {
  const { viewport: size, deviceScaleFactor, isMobile, hasTouch } = profile;
  const context = await browser.newContext({
    viewport: size,
    deviceScaleFactor,
    isMobile,
    hasTouch,
    locale: 'zh-CN',
  });
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await context.addInitScript(() => {
    let ready = false;
    Object.defineProperty(window, '__mapReady', {
      configurable: true,
      get: () => ready,
      set: (value: boolean) => {
        ready = value;
        if (value === true && window.__mapReadyAt === undefined) {
          window.__mapReadyAt = performance.now();
          performance.mark('bench:ready');
        }
      },
    });
    // Both pages set window.__map right after creating the map: where the load time goes, for the README.
    let map: Window['__map'];
    Object.defineProperty(window, '__map', {
      configurable: true,
      get: () => map,
      set: (value: Window['__map']) => {
        map = value;
        if (value && window.__mapCreatedAt === undefined) {
          window.__mapCreatedAt = performance.now();
          performance.mark('bench:map-created');
          value.once('load', () => {
            window.__mapLoadAt = performance.now();
            performance.mark('bench:map-load');
          });
        }
      },
    });
  });
  const page = await context.newPage();
  if (profile.cpuSlowdown !== 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
  }
  const after = await around?.(page, context);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const u = new URL(request.url());
    if (u.protocol !== 'data:' && u.protocol !== 'blob:' && u.hostname !== host && u.hostname !== 'localhost')
      problems.push(`request off localhost: ${request.url()}`);
  });
  const response = await page.goto(url);
  if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
  try {
    await page.waitForFunction(() => window.__mapReadyAt !== undefined, undefined, { timeout: pageTimeout });
  } catch {
    throw new Error(
      `${url}: window.__mapReady never became true (${problems.join('; ') || 'no page error'})`,
    );
  }
  if (problems.length) throw new Error(`${url}: ${problems.join('; ')}`);
  return { context, page, around: await after?.() };
}

/** Opens url in a fresh context, runs `measure` once its map is ready, and closes the context. */
export async function withReadyPage<T>(
  browser: Browser,
  url: string,
  measure: (context: BrowserContext, page: Page) => Promise<T>,
  profile: PageProfile = pageProfiles.desktop,
): Promise<T> {
  const { context, page } = await openPage(browser, url, profile);
  try {
    return await measure(context, page);
  } finally {
    await context.close();
  }
}

/**
 * Opens url in a fresh context with `around` wrapped about the load (a trace, say), and returns what
 * `around`'s second half returned once the map was ready. The context is closed afterwards.
 */
export async function loadedPage<T>(
  browser: Browser,
  url: string,
  profile: PageProfile,
  around: AroundLoad<T>,
): Promise<T> {
  const { context, around: result } = await openPage(browser, url, profile, around);
  await context.close();
  return result as T;
}

/** The WebGL renderer the browser draws with (SwiftShader without a GPU), for the record. */
export async function glRenderer(browser: Browser): Promise<string> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    return await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
      if (!gl) return 'no WebGL';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    });
  } finally {
    await context.close();
  }
}
