import { defineConfig, devices } from '@playwright/test';
import { testChromium } from './scripts/setup.mjs';

// The browser scripts/setup.mjs made sure of. Debian's headless shell comes first: it ran the chart
// and scroll tests in 48 s against 76-82 s for the full Chromium.
const executablePath = testChromium();
const chromiumArgs = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const base = process.env.BASE_PATH ?? '/';
// The three servers listen on SF_TEST_PORT and the two ports after it (the build:test-* scripts build
// for the same addresses), so tests can run beside another copy of the site that uses 4321.
const port = Number(process.env.SF_TEST_PORT ?? 4321);
const site = `http://127.0.0.1:${port}${base}`;
// A second build, with a placeholder Mapbox token and a local style (npm run build:test-mapbox).
const mapbox = `http://127.0.0.1:${port + 1}/`;
// A third, hosted under a sub-path as on a school server (npm run build:test-base).
const subPath = `http://127.0.0.1:${port + 2}/sealed-frontier/`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Presentation mode and the offline worker are loaded after the page (lazy chunks): on a busy
  // 2-core machine running two workers they can take longer than the default 5 s to appear.
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath, args: chromiumArgs },
  },
  projects: [
    { name: 'site', testIgnore: /mapbox\.test\.ts/, use: { baseURL: site } },
    // WebGL (software, SwiftShader) for mapbox-gl in this project only: on the other pages it drew
    // nothing a test reads and made the browser tests about a fifth slower on 2 cores.
    {
      name: 'mapbox',
      testMatch: /mapbox\.test\.ts/,
      use: { baseURL: mapbox, launchOptions: { executablePath, args: [...chromiumArgs, '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] } },
    },
    // Again, against the build for a sub-path: the tests whose links, addresses and stored places
    // depend on where the site is served (tagged @base-path); the rest would repeat the site's run.
    { name: 'sub-path', grep: /@base-path/, use: { baseURL: subPath } },
  ],
  // Each build served as a static host serves it (scripts/serve.mjs: its _headers, 404.html, gzip);
  // `astro preview` cost the browsers about 34 s of CPU over a run.
  webServer: [
    { command: `node scripts/serve.mjs dist --port ${port} --base ${base}`, url: site, reuseExistingServer: !process.env.CI, timeout: 60_000 },
    { command: `node scripts/serve.mjs tests/.tmp/mapbox-dist --port ${port + 1}`, url: mapbox, reuseExistingServer: !process.env.CI, timeout: 60_000 },
    { command: `node scripts/serve.mjs tests/.tmp/base-dist --port ${port + 2} --base /sealed-frontier/`, url: subPath, reuseExistingServer: !process.env.CI, timeout: 60_000 },
  ],
});
