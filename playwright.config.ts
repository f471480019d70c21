import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium unless told otherwise; `npx playwright install` cannot download browsers here.
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const base = process.env.BASE_PATH ?? '/';
const site = `http://127.0.0.1:4321${base}`;
// A second build, with a placeholder Mapbox token and a local style (npm run build:test-mapbox).
const mapbox = 'http://127.0.0.1:4322/';

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
  ],
});
