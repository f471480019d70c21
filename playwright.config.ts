import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium unless told otherwise; `npx playwright install` cannot download browsers here.
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const base = process.env.BASE_PATH ?? '/';
const site = `http://127.0.0.1:4321${base}`;
// A second build, with a placeholder Mapbox token and a local style (npm run build:test-mapbox).
const mapbox = 'http://127.0.0.1:4322/';
// A third, hosted under a sub-path as on a school server (npm run build:test-base).
const subPath = 'http://127.0.0.1:4323/sealed-frontier/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
      ],
    },
  },
  projects: [
    { name: 'site', testIgnore: /mapbox\.test\.ts/, use: { baseURL: site } },
    { name: 'mapbox', testMatch: /mapbox\.test\.ts/, use: { baseURL: mapbox } },
    // The smoke tests again, against the build for a sub-path.
    { name: 'sub-path', testMatch: /(home|citations|pages|scrolly)\.test\.ts/, use: { baseURL: subPath } },
  ],
  webServer: [
    { command: 'npx astro preview --ignore-lock --host 127.0.0.1 --port 4321', url: site, reuseExistingServer: !process.env.CI, timeout: 60_000 },
    {
      command: 'npx astro preview --ignore-lock --host 127.0.0.1 --port 4322',
      env: { SF_OUT_DIR: 'tests/.tmp/mapbox-dist' },
      url: mapbox,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: 'npx astro preview --ignore-lock --host 127.0.0.1 --port 4323',
      env: { SF_OUT_DIR: 'tests/.tmp/base-dist', BASE_PATH: '/sealed-frontier/' },
      url: subPath,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
