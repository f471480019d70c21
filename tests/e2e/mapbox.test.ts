// The mapbox-gl renderer, offline: a build with a placeholder token and a local style; every
// request to a Mapbox host is blocked and counted, and the page may talk only to our own server.
import { expect, test } from '@playwright/test';
import { chapter } from './support.ts';

const slug = 'friendship-bridge';
const mapSteps = chapter(slug).sequences.find((s) => s.graphic === 'map')!.steps;

const style = {
  version: 8,
  sources: { border: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#c9d3cf' } }],
};

test('with a token the map becomes mapbox-gl and flies to each step camera, talking to no other host', async ({ page }) => {
  const mapboxRequests: string[] = [];
  const foreign: string[] = [];
  await page.route(/https?:\/\/([^/]+\.)?mapbox\.(com|cn)\//, (route) => {
    mapboxRequests.push(route.request().url());
    return route.abort();
  });
  await page.route('**/__test/style.json', (route) => route.fulfill({ json: style }));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:' && url.protocol !== 'blob:') foreign.push(r.url());
  });

  const target = mapSteps[3]!;
  await page.goto(`./chapters/${slug}/#${target}`);
  const container = page.locator(`.sf-scrolly[data-scrolly="${mapSteps[0]}"] .sf-scrolly__graphic`);
  await expect(container).toHaveAttribute('data-renderer', 'mapbox', { timeout: 30_000 });

  for (const id of [target, mapSteps[4]!]) {
    if (id !== target) await page.keyboard.press('j');
    await expect(page.locator(`#${id}`)).toHaveAttribute('aria-current', 'step');
    const camera = JSON.parse((await page.locator(`#${id} .sf-step__figure [data-camera]`).getAttribute('data-camera'))!) as { center: [number, number]; zoom: number };
    const width = await page.locator('.sf-gl-host').evaluate((el) => el.clientWidth);
    const expectedZoom = camera.zoom + Math.log2(width / 400);
    await expect
      .poll(async () => page.evaluate(() => {
        const map = (window as unknown as { __sfMaps: { getCenter(): { lng: number; lat: number }; getZoom(): number }[] }).__sfMaps[0]!;
        const c = map.getCenter();
        return [c.lng, c.lat, map.getZoom()];
      }), { timeout: 15_000 })
      .toEqual([expect.closeTo(camera.center[0], 3), expect.closeTo(camera.center[1], 3), expect.closeTo(expectedZoom, 2)]);
    // The places the step marks are on the GL map.
    const names = await page.locator(`#${id} .sf-step__figure [data-key^="place-"]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-name')));
    // The same places, in whatever order each renderer stacks them.
    await expect.poll(async () => (await page.locator('.sf-gl-place').allTextContents()).sort()).toEqual((names as string[]).toSorted());
  }

  // The border lines the SVG map draws, from the same data: North Korea's highlighted, the others thin.
  const layers = await page.evaluate(() => (window as unknown as { __sfMaps: { getStyle(): { layers: { id: string }[] } }[] }).__sfMaps[0]!.getStyle().layers.map((l) => l.id).filter((l) => l.startsWith('sf-')));
  expect(layers).toEqual(['sf-other-borders', 'sf-border']);
  const overlay = (await (await page.request.get('./data/northern-border.geojson')).json()) as { features: { properties: { name: string }; geometry: { coordinates: number[][][] } }[] };
  expect(overlay.features.map((f) => f.properties.name)).toEqual(['northern-border', 'other-borders']);
  expect(overlay.features[0]!.geometry.coordinates.flat().length).toBeGreaterThan(1000);

  expect(mapboxRequests).toEqual([]);
  expect(foreign).toEqual([]);
});

test('if the map style fails to load the SVG map stays, with a quiet note', async ({ page }) => {
  await page.route('**/__test/style.json', (route) => route.fulfill({ status: 500, body: 'no' }));
  await page.goto(`./chapters/${slug}/#${mapSteps[1]}`);
  const graphic = page.locator(`.sf-scrolly[data-scrolly="${mapSteps[0]}"] .sf-scrolly__graphic`);
  // The GL chunk loads and fails first, which takes a few seconds on a slow machine.
  await expect(graphic.locator('.sf-map-fallback')).toHaveText(/simple map/, { timeout: 30_000 });
  await expect(graphic.locator('.sf-chart svg [data-camera]')).toBeVisible();
  await expect(page.locator('.sf-gl-host')).toHaveCount(0);
});
