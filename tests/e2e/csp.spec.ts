import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { expect, test, waitForIdle, waitForMap } from './fixtures';

const osm = /^https:\/\/tile\.openstreetmap\.org\//;
// The basemap step asks for OSM tiles; they are answered here, nothing leaves the machine.
test.use({ allowedRemote: [osm] });

declare global {
  interface Window {
    __cspViolations?: Violation[];
    __pwned?: number;
  }
}

interface Violation {
  directive: string;
  blocked: string;
  source: string;
  line: number;
  column: number;
}

/**
 * Records every Content-Security-Policy violation the page reports: the document's
 * `securitypolicyviolation` events and console messages (which also cover the map's worker).
 */
async function watchCsp(page: Page): Promise<{ console: string[]; events: () => Promise<Violation[]> }> {
  const consoleMessages: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) consoleMessages.push(message.text());
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations!.push({
        directive: event.violatedDirective,
        blocked: event.blockedURI,
        source: event.sourceFile,
        line: event.lineNumber,
        column: event.columnNumber,
      });
    });
  });
  return {
    console: consoleMessages,
    events: () => page.evaluate(() => window.__cspViolations ?? []),
  };
}

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), values);
  }
  return map;
}

test('the built page carries a Content-Security-Policy whose scripts are same-origin only', async ({
  page,
}) => {
  await page.goto('/');
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveCount(1);
  const policy = directives((await meta.getAttribute('content')) ?? '');
  const scriptSrc = policy.get('script-src') ?? policy.get('default-src');
  expect(scriptSrc, 'script-src (or default-src) is set').toBeDefined();
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(scriptSrc).not.toContain('*');
  expect(scriptSrc).not.toContain('data:');
  expect(scriptSrc).not.toContain('blob:');
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'none'"]);
  // The policy must come before the app's own script to govern it.
  const order = await page.evaluate(() =>
    Array.from(document.head.children).map((el) =>
      el.matches('meta[http-equiv="Content-Security-Policy"]') ? 'csp' : el.tagName.toLowerCase(),
    ),
  );
  expect(order.indexOf('csp')).toBeLessThan(order.indexOf('script'));
});

test('an inline script injected at run time does not run and is reported', async ({ page }) => {
  const csp = await watchCsp(page);
  await page.goto('/');
  await waitForMap(page);
  await page.evaluate(() => {
    document.body.appendChild(
      Object.assign(document.createElement('script'), { textContent: 'window.__pwned = 1' }),
    );
  });
  await expect
    .poll(async () => (await csp.events()).filter((v) => v.blocked === 'inline'))
    .toContainEqual(expect.objectContaining({ directive: 'script-src-elem' }));
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(csp.console.some((text) => text.includes('script'))).toBe(true);
});

test('normal use — load, select, switch metric, basemap on — breaks no CSP rule', async ({ page }) => {
  const csp = await watchCsp(page);
  const tile = new PNG({ width: 256, height: 256 });
  tile.data.fill(200);
  const body = PNG.sync.write(tile);
  const tileRequests: string[] = [];
  await page.route(osm, (route) => {
    tileRequests.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'image/png', body });
  });

  await page.goto('/');
  await waitForMap(page);
  await waitForIdle(page);

  await page.getByTestId('township-list').locator('button[data-code="530326102"]').click();
  await expect(page.getByTestId('township-list').locator('button[data-code="530326102"]')).toHaveAttribute(
    'aria-current',
    'true',
  );
  await page.getByTestId('metric-select').selectOption('aid');
  await waitForIdle(page);

  await page.getByTestId('basemap-toggle').check();
  await expect.poll(() => tileRequests.length).toBeGreaterThan(0);
  // The tiles must actually arrive and be drawn: a blocked fetch would leave the source unloaded.
  await expect
    .poll(() =>
      page.evaluate(
        () => window.__map!.getLayer('osm-basemap') !== undefined && window.__map!.isSourceLoaded('osm'),
      ),
    )
    .toBe(true);
  await waitForIdle(page);

  expect(await csp.events()).toEqual([]);
  expect(csp.console.filter((text) => !text.includes("'unsafe-eval'"))).toEqual([]);
});
