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
  expect: {
    timeout: 15_000,
    // Compared screenshots (tests/e2e/__screenshots__, made on the 2-core test machine's software WebGL): a
    // few per cent of pixels may differ by antialiasing noise; a moved label or a missing layer is more.
    toHaveScreenshot: { maxDiffPixelRatio: 0.02, animations: 'disabled', caret: 'hide' },
  },
  // One baseline per screenshot whatever the platform: they are made and compared on the same kind of machine.
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFilePath}/{arg}{ext}',
  reporter: [['list']],
  use: {
    baseURL: serverUrl('app'),
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    // Most specs check where things end up, not how they get there: with less motion the camera jumps and
    // labels appear without fading, as the app does for a reader who asks for it, and each step draws fewer
    // frames in software WebGL (≈ 10 % of the browser suite's CPU). The spec about the camera's flights
    // between selections, selection.spec.ts, keeps the motion every other reader gets.
    reducedMotion: 'reduce',
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
  },
  webServer: [
    {
      // The app as users get it, built with the test hooks. This first command builds all four variants side
      // by side (tests/e2e/build-all.ts): Playwright starts the servers one after another, so the two below
      // find their builds done.
      command: `npx tsx tests/e2e/build-all.ts && ${preview('dist-e2e', ports.app)}`,
      url: serverUrl('app'),
      reuseExistingServer: false,
      timeout: 240_000,
    },
    {
      // The same app built with township lines that came through geo:import (tests/e2e/official.spec.ts).
      command: preview('dist-official', ports.official),
      url: serverUrl('official'),
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The same app built from data with script payloads in every free-text string (tests/e2e/xss.spec.ts).
      command: preview('dist-xss', ports.xss),
      url: serverUrl('xss'),
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
