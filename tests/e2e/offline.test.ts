// Offline chapters: the service worker, the saved chapter and the update to a new edition. Each test
// serves a build itself, so "the network is off" is real: the server stops answering (the sockets
// are destroyed) as well as the browser context going offline.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chapterInfo } from './support.ts';

const root = resolve(import.meta.dirname, '../..');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png', '.csv': 'text/csv', '.geojson': 'application/geo+json',
};

interface Site {
  url: string;
  /** Stop answering, as a school network that drops. */
  down: () => void;
  /** The paths asked for so far. */
  requested: string[];
  /** Serve a changed file from now on (a new deploy), by its path under the base. */
  deploy: (path: string, change: (text: string) => string) => void;
  close: () => Promise<void>;
}

/** A static server over a build (`dir`, built for `base`), on a free port of 127.0.0.1. */
async function serve(dir: string, base = '/'): Promise<Site> {
  let up = true;
  const requested: string[] = [];
  const changes = new Map<string, (text: string) => string>();
  const server: Server = createServer((req, res) => {
    if (!up) return void req.socket.destroy();
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requested.push(path);
    if (!path.startsWith(base)) return void res.writeHead(404).end();
    const rel = decodeURIComponent(path.slice(base.length));
    let file = join(dir, rel, rel === '' || rel.endsWith('/') ? 'index.html' : '');
    let status = 200;
    if (!existsSync(file) || !statSync(file).isFile()) [file, status] = [join(dir, '404.html'), 404];
    const change = changes.get(rel);
    const body = change ? Buffer.from(change(readFileSync(file, 'utf8'))) : readFileSync(file);
    res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(body);
  });
  server.keepAliveTimeout = 500;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    requested,
    down: () => (up = false),
    deploy: (path, change) => changes.set(path, change),
    close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
  };
}

/** Waits until the worker controls the page and has cached what the page needs (src/client/offline.ts). */
const offlineReady = (page: Page) => expect(page.locator('html')).toHaveAttribute('data-sf-offline', 'ready', { timeout: 60_000 });

async function goOffline(context: BrowserContext, site: Site) {
  site.down();
  await context.setOffline(true);
}

const [first, second] = chapterInfo();
const stepOf = (c: NonNullable<typeof first>, i: number) => c.sequences.flatMap((s) => s.steps.map((step) => ({ step, graphic: s.steps[0]! })))[i]!;

/**
 * The chapter as a reader sees it: its title, its graphics drawn, the step engine running (scrollama
 * has numbered the steps, so the scripts came too) and, for a deep link, the step current with its
 * graphic in that step's state.
 */
async function expectChapter(page: Page, c: NonNullable<typeof first>, at?: { step: string; graphic: string }) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.title);
  await expect(page.locator('.sf-step[data-scrollama-index]').first()).toBeAttached();
  const graphic = page.locator(`.sf-scrolly[data-scrolly="${at?.graphic ?? c.sequences[0]!.steps[0]}"] .sf-scrolly__graphic`);
  expect(await graphic.locator('svg [data-key]').count()).toBeGreaterThan(0);
  if (!at) return;
  await expect(page.locator(`#${at.step}`)).toHaveAttribute('aria-current', 'step');
  await expect(graphic).toHaveAttribute('data-active-step', at.step);
  await expect(graphic.locator('svg').first()).toBeVisible();
}

test.describe('offline', () => {
  // A worker installs, then caches a chapter's files: slow on a busy machine.
  test.describe.configure({ timeout: 180_000 });
  let site: Site;
  test.beforeEach(async () => {
    site = await serve(join(root, 'dist'));
  });
  test.afterEach(async () => site.close());

  test('a chapter opened once opens with the network off: reload, a deep link to a step, its teaching pages', async ({ context, page }) => {
    await page.goto(`${site.url}chapters/${first!.slug}/`);
    await offlineReady(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
    expect(scope).toBe(site.url);
    await goOffline(context, site);

    await page.reload();
    await expectChapter(page, first!);
    const deep = stepOf(first!, 5);
    await page.goto(`${site.url}chapters/${first!.slug}/#${deep.step}`);
    await expectChapter(page, first!, deep);
    await expect(page.locator(`#${deep.step}`)).toBeInViewport();

    for (const [path, heading] of [['', `Teaching notes: ${first!.title}`], ['handout/', first!.title], ['moments/', first!.title]] as const) {
      await page.goto(`${site.url}teach/${first!.slug}/${path}`);
      await expect(page.getByRole('heading', { level: 1 }), path).toContainText(heading);
    }
    // The key-moments sheet's graphics are drawn in the page: there offline too.
    await expect(page.locator('figure.sf-chart svg').first()).toBeVisible();
    // A page never opened nor saved: the worker's offline page, not the browser's error.
    await page.goto(`${site.url}sources/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not saved for offline');
  });

  test('"Save for offline" on a teaching page keeps the chapter, by keyboard, and says when it is done', async ({ context, page }) => {
    await page.goto(`${site.url}teach/${second!.slug}/`);
    await offlineReady(page);
    const chapterUrl = `${site.url}chapters/${second!.slug}/`;
    expect(await page.evaluate(async (u) => Boolean(await caches.match(u)), chapterUrl)).toBe(false);
    const button = page.getByRole('button', { name: 'Save for offline' });
    await expect(button).toBeEnabled();
    await button.focus();
    await page.keyboard.press('Enter');
    const status = page.getByRole('status').filter({ hasText: /Saved for offline/ });
    await expect(status).toContainText(/the chapter, this teaching page, the handout and the key moments \(\d+ files\)/, { timeout: 30_000 });
    await goOffline(context, site);

    await page.goto(chapterUrl);
    await expectChapter(page, second!);
    const deep = stepOf(second!, 2);
    await page.goto(`${chapterUrl}?present#${deep.step}`);
    await expect(page.locator(`#${deep.step}`)).toHaveAttribute('aria-current', 'step');
    await page.goto(`${site.url}teach/${second!.slug}/handout/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(second!.title);
  });

  test('a new deploy: "updated edition" notice, reload by keyboard, and the saved copy is the new one', async ({ context, page }) => {
    const path = `chapters/${first!.slug}/`;
    await page.goto(`${site.url}${path}`);
    await offlineReady(page);
    const kicker = page.locator('.sf-chapter__kicker');
    const before = (await kicker.textContent())!;

    // The new edition: a changed chapter and so a changed worker (the build's sw.js names the
    // edition of offline.json it precaches; here the change is one appended line).
    site.deploy(path, (html) => html.replace(`>${before}<`, `>${before} (revised)<`));
    site.deploy('sw.js', (js) => `${js}\n// the next edition\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    // Inside a live region (announced when it appears), a fixed bar at the foot of the screen.
    const live = page.getByRole('status').filter({ hasText: 'An updated edition of this site is available.' });
    await expect(live.getByText('An updated edition of this site is available.')).toBeVisible({ timeout: 30_000 });
    const reload = live.getByRole('button', { name: 'Reload to read it' });
    await expect(reload).toBeInViewport();
    await reload.focus();
    await page.keyboard.press('Enter');
    await expect(kicker).toHaveText(`${before} (revised)`, { timeout: 30_000 });
    await offlineReady(page);
    // Only the new worker's shell is kept: one precache, with the new worker in charge.
    const precaches = await page.evaluate(async () => (await caches.keys()).filter((k) => k.includes('precache')));
    expect(precaches).toHaveLength(1);

    await goOffline(context, site);
    await page.reload();
    await expect(kicker).toHaveText(`${before} (revised)`);
  });

  test('an embed registers no worker and names no manifest, nor does a chapter inside another site\'s frame', async ({ page }) => {
    const embed = `${site.url}embed/${first!.slug}/`;
    await page.goto(embed);
    await page.waitForLoadState('load');
    await page.waitForTimeout(1500);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    await expect(page.locator('link[rel="manifest"]')).toHaveCount(0);

    // Another site's page framing a chapter (answered by page.route; as in embed.test.ts, Chrome asks
    // before a page frames a local address, so the test grants that).
    const host = `http://localhost:${new URL(site.url).port}`;
    await page.context().grantPermissions(['local-network-access'], { origin: host });
    await page.route(`${host}/lesson.html`, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>Lesson</title><iframe title="A chapter" src="${site.url}chapters/${first!.slug}/"></iframe>` }));
    await page.goto(`${host}/lesson.html`);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(first!.title, { timeout: 30_000 });
    await expect(frame.locator('html')).toHaveAttribute('data-sf-offline', 'unsupported');
    await page.waitForTimeout(1500);
    // Neither page so much as asked for the worker or the app's files.
    expect(site.requested.filter((p) => /sw\.js|offline\.json|manifest/.test(p))).toEqual([]);
  });
});

test('under a sub-path the worker\'s scope is the sub-path, and a chapter opens offline there', async ({ context, page }) => {
  test.setTimeout(180_000);
  const dir = join(root, 'tests/.tmp/base-dist');
  test.skip(!existsSync(join(dir, 'sw.js')), 'needs the sub-path build: npm run build:test-base');
  const site = await serve(dir, '/sealed-frontier/');
  try {
    await page.goto(`${site.url}chapters/${first!.slug}/`);
    await offlineReady(page);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(site.url);
    const manifest = await page.evaluate(async () => (await fetch(document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href)).json());
    expect(new URL(manifest.start_url, `${site.url}manifest.webmanifest`).href).toBe(site.url);
    expect(new URL(manifest.scope, `${site.url}manifest.webmanifest`).href).toBe(site.url);
    await goOffline(context, site);
    const deep = stepOf(first!, 3);
    await page.goto(`${site.url}chapters/${first!.slug}/#${deep.step}`);
    await expectChapter(page, first!, deep);
    await page.goto(`${site.url}teach/${first!.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Teaching notes: ${first!.title}`);
  } finally {
    await site.close();
  }
});
