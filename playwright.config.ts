import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './tests/e2e/browser';
import { choosePorts, host, serverUrl } from './tests/e2e/servers';

/**
 * Free ports for this run's three servers (or HUIZE_E2E_APP_PORT, _OFFICIAL_PORT, _XSS_PORT when set), and
 * never a server this run did not start: if something already answers on a port, Playwright stops with
 * "… is already used" instead of testing it (tests/e2e/servers.ts).
 */
const ports = await choosePorts();
const preview = (dist: string, port: number) =>
  `npx vite preview --outDir ${dist} --host ${host} --port ${port} --strictPort`;

/**
 * Every build the browser tests drive carries the test hooks (src/testing/hooks.ts); the production build
 * (`npm run build`) does not, which tests/e2e/production-build.spec.ts checks.
 */
process.env.HUIZE_TEST_HOOKS = '1';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: serverUrl('app'),
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
  },
  webServer: [
    {
      // The app as users get it, built with the test hooks.
      command: `npx vite build --outDir dist-e2e --logLevel warn && ${preview('dist-e2e', ports.app)}`,
      url: serverUrl('app'),
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      // The same app built with township lines that came through geo:import (tests/e2e/official.spec.ts).
      command: `npx tsx tests/e2e/build-official.ts && ${preview('dist-official', ports.official)}`,
      url: serverUrl('official'),
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      // The same app built from data with script payloads in every free-text string (tests/e2e/xss.spec.ts).
      command: `npx tsx tests/e2e/build-xss.ts && ${preview('dist-xss', ports.xss)}`,
      url: serverUrl('xss'),
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
