// A smoke test of one chapter in Firefox ESR (headless, WebDriver BiDi through puppeteer-core), on
// the build in dist/: wheel scrolling plays the steps in order, j/k move a step, a deep link opens
// its step, ?present presents, a presenter view (?presenter) in a second window and the projector
// move each other, Escape leaves, and the pages raise no error events.
// Skipped with one line where Firefox is absent. FIREFOX_PATH overrides the browser's path.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import puppeteer from 'puppeteer-core';

const firefox = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
if (!existsSync(firefox)) {
  console.log(`Firefox smoke test skipped: no Firefox at ${firefox} (install Debian's firefox-esr)`);
  process.exit(0);
}
if (!existsSync('dist/chapters/border-sealing/index.html')) {
  console.error('dist/chapters/border-sealing/index.html  missing  (expected a build: npm run build)');
  process.exit(1);
}

const port = Number(process.env.SF_FIREFOX_PORT || 4338);
const origin = `http://127.0.0.1:${port}`;
const slug = 'border-sealing';
const server = spawn(process.execPath, ['scripts/serve.mjs', 'dist', '--port', String(port)], { stdio: 'ignore', detached: true });
let browser;
let failed = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok' : 'FAIL'}  ${what}`);
  if (!ok) failed++;
};
/** Polls fn until it returns a truthy value, or gives up after `ms`. */
async function until(fn, ms = 15_000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await fn();
    if (value || Date.now() > end) return value;
    await sleep(100);
  }
}

try {
  if (!(await until(() => fetch(`${origin}/`).then((r) => r.ok, () => false), 90_000))) throw new Error(`scripts/serve.mjs did not answer on ${origin}`);
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefox, protocol: 'webDriverBiDi', headless: true });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.evaluateOnNewDocument(() => {
    window.sfErrors = [];
    addEventListener('error', (e) => window.sfErrors.push(e.message));
  });
  const active = () => page.evaluate(() => document.querySelector('.sf-step[aria-current="step"]')?.id ?? null);

  await page.goto(`${origin}/chapters/${slug}/`, { waitUntil: 'load' });
  await until(() => page.evaluate(() => document.documentElement.classList.contains('sf-engine-ready')));
  const ids = await page.$$eval('.sf-step', (steps) => steps.map((s) => s.id));
  check(ids.length > 5, `the chapter has its steps (${ids.length})`);

  // Wheel scrolling: the steps become current in reading order, none skipped backwards.
  await page.mouse.move(640, 400);
  const seen = [];
  for (let i = 0; i < 60 && seen.length < 4; i++) {
    await page.mouse.wheel({ deltaY: 300 });
    await sleep(150);
    const id = await active();
    if (id && seen.at(-1) !== id) seen.push(id);
  }
  const order = seen.map((id) => ids.indexOf(id));
  check(seen.length >= 4 && order.every((n, i) => i === 0 || n > order[i - 1]), `wheel scrolling plays the steps in order (${order.map((n) => n + 1).join(', ')})`);

  // j and k.
  const from = ids.indexOf(await active());
  await page.keyboard.press('j');
  check(await until(async () => (await active()) === ids[from + 1]), `j moves to step ${from + 2}`);
  await page.keyboard.press('k');
  check(await until(async () => (await active()) === ids[from]), `k moves back to step ${from + 1}`);

  // A deep link opens on its step, in view: a fresh load, not a hash change in the same document.
  const deep = ids[6];
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  await page.goto(`${origin}/chapters/${slug}/#${deep}`, { waitUntil: 'load' });
  check(await until(async () => (await active()) === deep), `a deep link opens step 7 (${deep})`);
  const top = await page.evaluate((id) => document.getElementById(id).getBoundingClientRect().top, deep);
  check(top >= 0 && top < 800, `the linked step is in view (top ${Math.round(top)} px)`);

  // ?present, a key, then Escape.
  await page.goto(`${origin}/chapters/${slug}/?present#${ids[2]}`, { waitUntil: 'load' });
  const counter = () => page.evaluate(() => document.documentElement.classList.contains('sf-presenting') && document.querySelector('.sf-presenter__count')?.textContent);
  check((await until(counter)) === `Step 3 of ${ids.length}`, `?present opens presentation at step 3 (${await counter()})`);
  await page.keyboard.press('ArrowRight');
  check(await until(async () => (await counter()) === `Step 4 of ${ids.length}`), 'the right arrow moves to step 4');
  // The presenter view in a second window, linked over a BroadcastChannel: a key in either moves both.
  const presenter = await browser.newPage();
  await presenter.setViewport({ width: 1024, height: 700 });
  await presenter.evaluateOnNewDocument(() => {
    window.sfErrors = [];
    addEventListener('error', (e) => window.sfErrors.push(e.message));
  });
  await presenter.goto(`${origin}/chapters/${slug}/?presenter#${ids[3]}`, { waitUntil: 'load' });
  const shown = () => presenter.evaluate(() => document.querySelector('.sf-pv__count')?.textContent);
  check(await until(async () => (await shown()) === `Step 4 of ${ids.length}`), `?presenter shows the projector's step (${await shown()})`);
  await presenter.bringToFront();
  await presenter.keyboard.press('j');
  check(await until(async () => (await counter()) === `Step 5 of ${ids.length}`), 'j in the presenter view moves the projector to step 5');
  await page.bringToFront();
  await page.keyboard.press('ArrowLeft');
  check(await until(async () => (await shown()) === `Step 4 of ${ids.length}`), 'the left arrow on the projector moves the presenter view back to step 4');
  const presenterErrors = await presenter.evaluate(() => window.sfErrors);
  check(presenterErrors.length === 0, `no error events in the presenter view${presenterErrors.length ? `: ${presenterErrors.join(' | ')}` : ''}`);
  await presenter.close();
  await page.keyboard.press('Escape');
  check(await until(() => page.evaluate(() => !document.documentElement.classList.contains('sf-presenting'))), 'Escape leaves presentation');
  check(!(await page.evaluate(() => location.search.includes('present'))), 'leaving removes ?present from the address');
  await sleep(500);
  const errors = await page.evaluate(() => window.sfErrors);
  check(errors.length === 0, `no error events${errors.length ? `: ${errors.join(' | ')}` : ''}`);
} catch (error) {
  check(false, String(error?.stack ?? error));
} finally {
  await browser?.close();
  process.kill(-server.pid);
}
process.exit(failed ? 1 : 0);
