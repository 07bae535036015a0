import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './tests/e2e/browser';

const port = 4173;
const officialPort = 4174;
const xssPort = 4175;

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
      // The production build, as users get it (`npm run test:e2e` builds first).
      command: `npx vite preview --port ${port} --strictPort`,
      url: `http://localhost:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
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
