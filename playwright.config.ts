import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './tests/e2e/browser';

const port = 4173;
const officialPort = 4174;
const xssPort = 4175;

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
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
  },
  webServer: [
    {
      // The app as users get it, built with the test hooks.
      command: `npx vite build --outDir dist-e2e --logLevel warn && npx vite preview --outDir dist-e2e --port ${port} --strictPort`,
      url: `http://localhost:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // The same app built with township lines that came through geo:import (tests/e2e/official.spec.ts).
      command: `npx tsx tests/e2e/build-official.ts && npx vite preview --outDir dist-official --port ${officialPort} --strictPort`,
      url: `http://localhost:${officialPort}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // The same app built from data with script payloads in every free-text string (tests/e2e/xss.spec.ts).
      command: `npx tsx tests/e2e/build-xss.ts && npx vite preview --outDir dist-xss --port ${xssPort} --strictPort`,
      url: `http://localhost:${xssPort}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
