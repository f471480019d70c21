// npm run bench: the performance budgets of ../shared/DESIGN.md, measured (docs/performance.md).
//
// Builds the site aside (bench/runs/dist, with a cold cache, so dist/ and the tests that use it are
// left alone) and times the build; serves it on 127.0.0.1 with a small static server; then, for every
// HTML page of the build, N runs (median reported) of:
//   - Lighthouse, mobile preset (simulated throttling): the four category scores, LCP, TBT, CLS;
//   - first load in Playwright (one load: bytes do not vary): JavaScript and total bytes, each body
//     gzipped here;
//   - chapters only: long tasks over 50 ms while scrolling top to bottom at 4x CPU slowdown.
// Writes bench/results.json and prints a table. Options:
//   --runs N            runs per page (default 3)
//   --pages a,b         only these pages: a path (/teach/lips-and-teeth/), a chapter's slug
//                       (lips-and-teeth), home, sources, glossary, about, 404, a pattern (embed/*);
//                       !name leaves pages out (--pages '!embed/*,!teach/*/handout')
//   --no-build          measure the existing bench/runs/dist (or --dist DIR) without building
//   --dist DIR          serve this directory instead (implies --no-build)
//   --save-baseline     also write bench/baseline.json
//   --compare           also print each figure as a ratio of bench/baseline.json
//   --strict            exit 1 when a figure misses its budget
//   --skip lighthouse,bytes,scroll   leave out a kind of measurement
//   --serve             only serve the build on 127.0.0.1 (to look at a page by hand) until Ctrl-C
//   --port P            serve on this port (default: the one the build was made for, else any)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { COMPRESSIBLE, GZIP_LEVEL, normaliseBase, startServer } from './serve.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, 'bench');
const runsDir = join(benchDir, 'runs');
const CHROME = process.env.CHROME_PATH || process.env.PLAYWRIGHT_CHROMIUM_PATH || '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
// Lighthouse's mobile preset emulates a Moto G Power; the byte and scroll passes use the same screen.
const MOBILE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
const CPU_SLOWDOWN = 4;
const WHEEL_STEP = 240; // px per wheel event: two notches of a mouse wheel
const WHEEL_PAUSE = 100; // ms between wheel events (with the page's own time, ~1,800 px a second: a skimming reader)
const MISSING_PATH = '/bench-no-such-page/'; // how a reader meets the 404 page

const BUDGETS = {
  performance: { min: 98, label: 'Lighthouse performance >= 98' },
  accessibility: { min: 100, label: 'Lighthouse accessibility = 100' },
  bestPractices: { min: 100, label: 'Lighthouse best practices = 100' },
  seo: { min: 100, label: 'Lighthouse SEO = 100' },
  lcpMs: { below: 1500, label: 'LCP < 1.5 s' },
  cls: { max: 0, label: 'CLS = 0' },
  jsGzip: { below: 40 * 1024, chaptersOnly: true, label: 'first-load JS < 40 KB gzipped (chapters)' },
  longTasks: { max: 0, chaptersOnly: true, label: 'no long task over 50 ms while scrolling a chapter' },
  buildMs: { below: 60_000, label: 'full build < 60 s (2 cores)' },
};

// ---------------------------------------------------------------------------------------------
// options

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    pages: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    dist: { type: 'string' },
    'save-baseline': { type: 'boolean', default: false },
    compare: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    skip: { type: 'string', default: '' },
    serve: { type: 'boolean', default: false },
    port: { type: 'string', default: '0' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opts.help) {
  const head = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n');
  console.log(head.slice(0, head.findIndex((l) => l.startsWith('import'))).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
  process.exit(0);
}
const runs = Number.parseInt(opts.runs, 10);
if (!(runs >= 1 && runs <= 9)) fail(`--runs must be 1 to 9, not ${opts.runs}`);
const skip = new Set(opts.skip.split(',').map((s) => s.trim()).filter(Boolean));
for (const s of skip) if (!['lighthouse', 'bytes', 'scroll'].includes(s)) fail(`--skip: unknown measurement ${s}`);
const distDir = resolve(root, opts.dist ?? join(runsDir, 'dist'));
const build = !opts['no-build'] && !opts.dist;
const base = normaliseBase(process.env.BASE_PATH ?? '/');

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// small helpers

const log = (...args) => console.error(...args);
const median = (xs) => {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function withTimeout(promise, ms, what) {
  let timer;
  try {
    return await Promise.race([promise, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms / 1000} s`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}
function run(cmd, args, env) {
  return new Promise((resolvePromise) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolvePromise({ code, out }));
  });
}
const git = async (...args) => (await run('git', args, process.env)).out.trim();

// ---------------------------------------------------------------------------------------------
// build

/** A free port on loopback, to build the site for the address it will be served from. */
function freePort() {
  return new Promise((resolvePromise, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePromise(port));
    });
  });
}

async function buildSite(port) {
  rmSync(distDir, { recursive: true, force: true });
  const cache = join(runsDir, 'cache');
  rmSync(cache, { recursive: true, force: true });
  mkdirSync(runsDir, { recursive: true });
  // SITE is the address the bench serves the build from, as in production: canonical URLs, QR codes
  // and embed code are then already right, and the page does not redraw them for another address.
  const site = `http://127.0.0.1:${port}`;
  const env = { ...process.env, SITE: site, SF_OUT_DIR: distDir, SF_CACHE_DIR: cache, NO_COLOR: '1', FORCE_COLOR: '0' };
  // No Mapbox: the budgets are for the site as shipped without a token.
  for (const k of Object.keys(env)) if (k.startsWith('PUBLIC_MAPBOX') || k === 'PUBLIC_SF_TEST') delete env[k];
  log(`build: npm run build -> ${relative(root, distDir)} (cold cache)`);
  const t0 = performance.now();
  const { code, out } = await run('npm', ['run', 'build'], env);
  const wallMs = Math.round(performance.now() - t0);
  writeFileSync(join(runsDir, 'build.log'), out);
  if (code !== 0) {
    console.error(out.split('\n').slice(-40).join('\n'));
    fail(`the build failed (exit ${code}); log in bench/runs/build.log`);
  }
  log(`build: ${(wallMs / 1000).toFixed(1)} s`);
  writeFileSync(join(runsDir, 'build.json'), `${JSON.stringify({ site, port, basePath: base }, null, 2)}\n`);
  return { wallMs, cores: cpus().length, site };
}

// ---------------------------------------------------------------------------------------------
// the pages: every HTML file of the build

function findPages(dir) {
  const pages = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = relative(dir, full).split(sep).join('/');
        // Lighthouse audits the page itself at /404.html; the byte pass loads it at a missing URL.
        if (rel === '404.html') pages.push({ key: '/404', path: MISSING_PATH, status: 404, lighthousePath: '/404.html' });
        else if (rel === 'index.html') pages.push({ key: '/', path: '/' });
        else if (rel.endsWith('/index.html')) pages.push({ key: `/${rel.slice(0, -'index.html'.length)}`, path: `/${rel.slice(0, -'index.html'.length)}` });
        else pages.push({ key: `/${rel}`, path: `/${rel}` });
      }
    }
  };
  walk(dir);
  const rank = (p) => (p.key === '/' ? 0 : p.key.startsWith('/chapters/') ? 1 : p.key === '/404' ? 3 : 2);
  for (const p of pages) {
    p.chapter = /^\/chapters\/[^/]+\/$/.test(p.key);
    const file = join(dir, ...(p.key === '/404' ? ['404.html'] : p.key.endsWith('/') ? [p.key, 'index.html'] : [p.key]));
    const metas = readFileSync(file, 'utf8').match(/<meta\s[^>]*>/gi) ?? [];
    p.noindex = metas.some((m) => /name=["']?robots\b/i.test(m) && /noindex/i.test(m));
    p.url = `${base}${p.path.slice(1)}`;
    p.lighthouseUrl = `${base}${(p.lighthousePath ?? p.path).slice(1)}`;
  }
  return pages.sort((a, b) => rank(a) - rank(b) || a.key.localeCompare(b.key));
}

/**
 * --pages: names separated by commas. A name is a path (/teach/lips-and-teeth/), a chapter's slug
 * (lips-and-teeth), home, 404, a top-level page (sources), or a pattern with * (embed/*); a name
 * after ! is left out (!embed/*), and names that are all left-outs start from every page.
 */
function selectPages(pages, wanted) {
  if (!wanted) return pages;
  const trim = (x) => x.replace(/^\/+|\/+$/g, '');
  const names = wanted.split(',').map((x) => x.trim()).filter(Boolean);
  const matches = (name) => {
    const n = trim(name);
    if (n.includes('*')) {
      const re = new RegExp(`^${n.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
      return pages.filter((p) => re.test(trim(p.key)));
    }
    const exact = pages.filter((p) => trim(p.key) === n || (n === 'home' && p.key === '/'));
    return exact.length ? exact : pages.filter((p) => trim(p.key) === `chapters/${n}`);
  };
  const keep = new Set(names.every((n) => n.startsWith('!')) ? pages : []);
  for (const name of names) {
    const out = name.startsWith('!');
    const found = matches(out ? name.slice(1) : name);
    if (!found.length) fail(`--pages: no page ${name}; the pages are ${pages.map((p) => p.key).join(' ')}`);
    for (const p of found) out ? keep.delete(p) : keep.add(p);
  }
  return pages.filter((p) => keep.has(p));
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

const CATEGORIES = { performance: 'performance', accessibility: 'accessibility', 'best-practices': 'bestPractices', seo: 'seo' };
// Audits that weigh nothing in any of the four scores and cost gathering time (coverage, source
// maps, a back/forward-cache navigation, screenshots): left out, so the scores are unchanged.
const UNWEIGHTED_SKIPPED = ['bf-cache', 'unused-css-rules', 'unused-javascript', 'script-treemap-data', 'valid-source-maps', 'screenshot-thumbnails', 'final-screenshot'];

async function lighthousePage(origin, page) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const results = [];
  // One Chrome for every page: Lighthouse opens a fresh tab and clears the origin's storage and
  // cache for each run. Should that Chrome die (a busy machine, a neighbour's clean-up), a run is
  // tried once more in a new one.
  const chrome = async () => (lighthouseChrome ??= await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS, logLevel: 'silent', handleSIGINT: false }));
  const once = async (url, flags) => {
    const c = await chrome();
    try {
      return await withTimeout(lighthouse(url, { ...flags, port: c.port }), 120_000, `Lighthouse ${page.key}`);
    } catch (error) {
      if (lighthouseChrome === c) lighthouseChrome = undefined;
      await c.kill();
      throw error;
    }
  };
  for (let i = 0; i < runs; i++) {
    const flags = {
      logLevel: 'error',
      output: 'json',
      // Accessibility, best practices and SEO read the markup, not the clock: the first run audits
      // them (axe is the slowest part of a run), every run measures performance.
      onlyCategories: i === 0 ? Object.keys(CATEGORIES) : ['performance'],
      // A full-page screenshot of a 30,000 px chapter costs seconds and measures nothing.
      disableFullPageScreenshot: true,
      // A page that asks not to be indexed (the not-found page, a gallery, an embed) fails the SEO
      // audit is-crawlable by design: it is left out for those pages alone.
      skipAudits: [...UNWEIGHTED_SKIPPED, ...(page.noindex ? ['is-crawlable'] : [])],
    };
    const url = `${origin}${page.lighthouseUrl}`;
    const result = await once(url, flags).catch((error) => {
      log(`  lighthouse ${page.key} run ${i + 1} failed (${String(error.message).split('\n')[0]}): once more in a new Chrome`);
      return once(url, flags);
    });
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse ${page.key}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const r = { lhr };
    for (const [id, key] of Object.entries(CATEGORIES)) r[key] = lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100);
    r.lcpMs = lhr.audits['largest-contentful-paint']?.numericValue ?? null;
    r.tbtMs = lhr.audits['total-blocking-time']?.numericValue ?? null;
    r.cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? null;
    r.fcpMs = lhr.audits['first-contentful-paint']?.numericValue ?? null;
    r.lcpElement = lcpElement(lhr);
    r.benchmarkIndex = lhr.environment?.benchmarkIndex ?? null;
    r.seconds = Math.round(lhr.timing.total / 100) / 10;
    results.push(r);
    log(`  lighthouse ${page.key} run ${i + 1}: perf ${r.performance}${i === 0 ? ` a11y ${r.accessibility} bp ${r.bestPractices} seo ${r.seo}` : ''} LCP ${Math.round(r.lcpMs)} ms TBT ${Math.round(r.tbtMs)} ms CLS ${+r.cls.toFixed(3)} (${r.seconds} s)`);
  }
  // Two reports are kept whole, to read the audits in: the first run (all four categories) and the
  // run whose performance score is the median.
  const sorted = [...results].sort((a, b) => a.performance - b.performance);
  const mid = sorted[(sorted.length - 1) >> 1];
  const first = results[0];
  mkdirSync(join(runsDir, 'lighthouse'), { recursive: true });
  const lhrFile = join(runsDir, 'lighthouse', `${slugOf(page.key)}.json`);
  const midFile = join(runsDir, 'lighthouse', `${slugOf(page.key)}.median-performance.json`);
  writeFileSync(lhrFile, JSON.stringify(first.lhr));
  rmSync(midFile, { force: true });
  if (mid !== first) writeFileSync(midFile, JSON.stringify(mid.lhr));
  const out = {};
  for (const key of [...Object.values(CATEGORIES), 'lcpMs', 'tbtMs', 'cls', 'fcpMs']) out[key] = median(results.map((r) => r[key]));
  out.lcpElement = mid.lcpElement;
  out.layoutShifts = layoutShifts(results.map((r) => r.lhr));
  out.failing = [...failingAudits(first.lhr).filter((a) => a.category !== 'performance'), ...failingAudits(mid.lhr).filter((a) => a.category === 'performance')];
  out.url = page.lighthouseUrl;
  out.skippedAudits = page.noindex ? ['is-crawlable'] : [];
  out.benchmarkIndex = median(results.map((r) => r.benchmarkIndex));
  out.runs = results.map(({ lhr, lcpElement: _e, ...r }) => r);
  out.report = relative(root, lhrFile);
  if (mid !== first) out.medianPerformanceReport = relative(root, midFile);
  return out;
}

function slugOf(key) {
  return key === '/' ? 'home' : key.replace(/^\/|\/$/g, '').replace(/[/.]/g, '_');
}

function lcpElement(lhr) {
  const details = lhr.audits['lcp-breakdown-insight']?.details ?? lhr.audits['largest-contentful-paint-element']?.details;
  const stack = [...(details?.items ?? [])];
  while (stack.length) {
    const item = stack.shift();
    const node = item?.type === 'node' ? item : item?.node;
    if (node?.type === 'node') return { selector: node.selector, snippet: node.snippet, text: node.nodeLabel };
    if (Array.isArray(item?.items)) stack.push(...item.items);
  }
  return null;
}

/** The audits that cost points in a scored category: id, score, and the elements or URLs named. */
function failingAudits(lhr) {
  const out = [];
  for (const [id, cat] of Object.entries(lhr.categories)) {
    for (const ref of cat.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      if (audit.scoreDisplayMode === 'notApplicable' || audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'manual') continue;
      out.push({
        category: id,
        id: ref.id,
        score: audit.score,
        weight: ref.weight,
        title: audit.title,
        displayValue: audit.displayValue,
        items: (audit.details?.items ?? []).slice(0, 20).map((item) => describeItem(item)),
      });
    }
  }
  return out;
}
function describeItem(item) {
  const isNode = (v) => v?.type === 'node';
  const node = [item.node, item.items?.[0]?.node, ...Object.values(item)].find(isNode);
  const d = {};
  if (node) Object.assign(d, { selector: node.selector, snippet: node.snippet, explanation: node.explanation });
  for (const k of ['url', 'source', 'description', 'href', 'text', 'issueType', 'value', 'subItems']) {
    if (item[k] == null || isNode(item[k])) continue;
    if (typeof item[k] !== 'object') d[k] = item[k];
    else if (item[k].type === 'source-location') d[k] = `${item[k].url}:${item[k].line}:${item[k].column}`;
    else d[k] = JSON.stringify(item[k]).slice(0, 400);
  }
  return d;
}

/** The elements that moved, from every run with a layout shift. */
function layoutShifts(lhrs) {
  const seen = new Map();
  for (const lhr of lhrs) {
    for (const item of lhr.audits['layout-shifts']?.details?.items ?? []) {
      const node = item.node;
      if (node?.type !== 'node') continue;
      const v = seen.get(node.selector) ?? { selector: node.selector, snippet: node.snippet, text: node.nodeLabel, score: 0, runs: 0 };
      v.score = Math.max(v.score, item.score ?? 0);
      v.runs++;
      seen.set(node.selector, v);
    }
  }
  return [...seen.values()];
}

// ---------------------------------------------------------------------------------------------
// Playwright: bytes on first load, long tasks while scrolling

let browser;
let lighthouseChrome;
async function playwrightBrowser() {
  if (!browser) {
    const { chromium } = await import('@playwright/test');
    browser = await chromium.launch({ executablePath: CHROME, headless: true, args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless')) });
    browser.on('disconnected', () => (browser = undefined));
  }
  return browser;
}

const isJs = (type, url) => /javascript|ecmascript/.test(type) || /\.m?js(\?|$)/.test(url);

// Bytes are the same on every load of the same build (bodies gzipped here, nothing timed): one load.
const BYTE_RUNS = 1;

async function bytesPage(origin, page) {
  const results = [];
  for (let i = 0; i < BYTE_RUNS; i++) {
    const b = await playwrightBrowser();
    const context = await b.newContext({ ...MOBILE, serviceWorkers: 'block' });
    const tab = await context.newPage();
    const pending = [];
    const files = [];
    tab.on('response', (response) => {
      const url = response.url();
      if (!/^https?:/.test(url)) return;
      pending.push(
        (async () => {
          const type = (response.headers()['content-type'] ?? '').split(';')[0].trim();
          let raw = 0;
          let gz = 0;
          if (response.status() < 300 || response.status() >= 400) {
            const body = await response.body().catch(() => Buffer.alloc(0));
            raw = body.length;
            gz = COMPRESSIBLE.test(type) ? gzipSync(body, { level: GZIP_LEVEL }).length : raw;
          }
          files.push({ url: url.startsWith(origin) ? url.slice(origin.length) : url, status: response.status(), type, raw, gzip: gz, js: isJs(type, url), thirdParty: !url.startsWith(origin) });
        })(),
      );
    });
    // The load event, then a quiet network: "networkidle" alone can come while a long page is still
    // being parsed, before its scripts are even requested.
    const response = await tab.goto(`${origin}${page.url}`, { waitUntil: 'load', timeout: 60_000 });
    await tab.waitForLoadState('networkidle', { timeout: 60_000 });
    if (response.status() !== (page.status ?? 200)) throw new Error(`${page.key}: status ${response.status()}`);
    await Promise.all(pending);
    // The page's own resource timing is the check: anything it loaded that no response event
    // reported (it happens, rarely, under load) is fetched again here and counted all the same.
    const seen = new Set(files.map((f) => (f.thirdParty ? f.url : `${origin}${f.url}`)));
    const loaded = await tab.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    for (const url of new Set(loaded)) {
      if (seen.has(url) || !/^https?:/.test(url)) continue;
      const thirdParty = !url.startsWith(origin);
      if (thirdParty) {
        files.push({ url, status: 0, type: '', raw: 0, gzip: 0, js: isJs('', url), thirdParty, fromTiming: true });
        continue;
      }
      const again = await context.request.get(url);
      const type = (again.headers()['content-type'] ?? '').split(';')[0].trim();
      const body = await again.body();
      files.push({ url: url.slice(origin.length), status: again.status(), type, raw: body.length, gzip: COMPRESSIBLE.test(type) ? gzipSync(body, { level: GZIP_LEVEL }).length : body.length, js: isJs(type, url), thirdParty, fromTiming: true });
    }
    await context.close();
    files.sort((a, b) => b.gzip - a.gzip);
    const sum = (fs, k) => fs.reduce((s, f) => s + f[k], 0);
    const js = files.filter((f) => f.js);
    results.push({
      jsGzip: sum(js, 'gzip'),
      jsRaw: sum(js, 'raw'),
      totalGzip: sum(files, 'gzip'),
      totalRaw: sum(files, 'raw'),
      requests: files.length,
      thirdParty: files.filter((f) => f.thirdParty).map((f) => f.url),
      failed: files.filter((f) => f.status >= 400 && f.url !== page.url).map((f) => `${f.status} ${f.url}`),
      fromTiming: files.filter((f) => f.fromTiming).length,
      mapbox: files.some((f) => /mapbox/i.test(f.url)),
      files,
    });
  }
  const last = results.at(-1);
  log(`  first load ${page.key}: JS ${kb(median(results.map((r) => r.jsGzip)))} KB, total ${kb(median(results.map((r) => r.totalGzip)))} KB gzipped, ${last.requests} requests`);
  return {
    jsGzip: median(results.map((r) => r.jsGzip)),
    totalGzip: median(results.map((r) => r.totalGzip)),
    jsRaw: median(results.map((r) => r.jsRaw)),
    totalRaw: median(results.map((r) => r.totalRaw)),
    requests: median(results.map((r) => r.requests)),
    requestsPerRun: results.map((r) => r.requests),
    recoveredFromTiming: results.reduce((n, r) => n + r.fromTiming, 0),
    thirdParty: [...new Set(results.flatMap((r) => r.thirdParty))],
    failed: [...new Set(results.flatMap((r) => r.failed))],
    mapbox: results.some((r) => r.mapbox),
    files: last.files,
  };
}

async function scrollPage(origin, page) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const b = await playwrightBrowser();
    const context = await b.newContext({ ...MOBILE, serviceWorkers: 'block' });
    await context.addInitScript(() => {
      window.__sfLongTasks = [];
      window.__sfFrames = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__sfLongTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
      // Long animation frames name the scripts that ran in them: where a long task's time went.
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            window.__sfFrames.push({
              start: e.startTime,
              duration: e.duration,
              blocking: e.blockingDuration,
              styleAndLayout: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
              scripts: e.scripts.map((s) => ({ invoker: s.invoker, source: `${s.sourceURL.replace(/^.*\//, '')}${s.sourceFunctionName ? ` ${s.sourceFunctionName}` : ''}`, duration: s.duration, layout: s.forcedStyleAndLayoutDuration })),
            });
          }
        }).observe({ type: 'long-animation-frame', buffered: true });
      } catch {}
    });
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await tab.goto(`${origin}${page.url}`, { waitUntil: 'load', timeout: 60_000 });
    await tab.waitForLoadState('networkidle', { timeout: 60_000 });
    await sleep(500);
    await tab.mouse.move(MOBILE.viewport.width / 2, MOBILE.viewport.height / 2);
    const start = await tab.evaluate(() => performance.now());
    const t0 = Date.now();
    let wheels = 0;
    let still = 0;
    let lastY = -1;
    // A reader's wheel, top to bottom; stop at the bottom, or after 3 minutes whatever happens.
    while (Date.now() - t0 < 180_000) {
      await tab.mouse.wheel(0, WHEEL_STEP);
      wheels++;
      await sleep(WHEEL_PAUSE);
      const { y, max } = await tab.evaluate(() => ({ y: scrollY, max: document.documentElement.scrollHeight - innerHeight }));
      if (y >= max - 1) break;
      still = y === lastY ? still + 1 : 0;
      if (still >= 25) throw new Error(`${page.key}: the page stopped scrolling at ${y} of ${max} px`);
      lastY = y;
    }
    await sleep(1500); // the last step's transition
    const { tasks, frames, height, y } = await tab.evaluate(() => ({ tasks: window.__sfLongTasks, frames: window.__sfFrames, height: document.documentElement.scrollHeight, y: scrollY }));
    const durationMs = Date.now() - t0;
    await context.close();
    const during = tasks.filter((t) => t.start >= start);
    const atLoad = tasks.filter((t) => t.start < start);
    const r = {
      longTasks: during.length,
      longestMs: during.length ? Math.round(Math.max(...during.map((t) => t.duration))) : 0,
      tasks: during.map((t) => ({ atMs: Math.round(t.start - start), durationMs: Math.round(t.duration) })),
      loadLongTasks: atLoad.length,
      loadLongestMs: atLoad.length ? Math.round(Math.max(...atLoad.map((t) => t.duration))) : 0,
      where: whereTimeWent(frames.filter((f) => f.start >= start)),
      loadWhere: whereTimeWent(frames.filter((f) => f.start < start)),
      heightPx: height,
      reachedPx: Math.round(y),
      wheels,
      durationMs,
    };
    log(`  scroll ${page.key} run ${i + 1}: ${r.longTasks} long tasks, longest ${r.longestMs} ms (${wheels} wheel steps, ${height} px, ${(durationMs / 1000).toFixed(0)} s; at load ${r.loadLongTasks}, longest ${r.loadLongestMs} ms)`);
    results.push(r);
  }
  return {
    longTasks: median(results.map((r) => r.longTasks)),
    longestMs: median(results.map((r) => r.longestMs)),
    worstMs: Math.max(...results.map((r) => r.longestMs)),
    loadLongTasks: median(results.map((r) => r.loadLongTasks)),
    loadLongestMs: median(results.map((r) => r.loadLongestMs)),
    runs: results,
  };
}

/** Long animation frames over 50 ms while scrolling: script time by source, and style and layout. */
function whereTimeWent(frames) {
  const scripts = new Map();
  let styleAndLayout = 0;
  let total = 0;
  for (const f of frames) {
    if (f.duration <= 50) continue;
    total += f.duration;
    styleAndLayout += f.styleAndLayout;
    for (const s of f.scripts) {
      const k = `${s.invoker} @ ${s.source}`;
      const v = scripts.get(k) ?? { script: k, ms: 0, forcedLayoutMs: 0, count: 0 };
      v.ms += s.duration;
      v.forcedLayoutMs += s.layout;
      v.count++;
      scripts.set(k, v);
    }
  }
  const round = (x) => Math.round(x);
  return {
    longFrames: frames.filter((f) => f.duration > 50).length,
    longFramesMs: round(total),
    styleAndLayoutMs: round(styleAndLayout),
    scripts: [...scripts.values()].sort((a, b) => b.ms - a.ms).slice(0, 8).map((v) => ({ ...v, ms: round(v.ms), forcedLayoutMs: round(v.forcedLayoutMs) })),
  };
}

// ---------------------------------------------------------------------------------------------
// budgets, table, comparison

const kb = (b) => (b == null ? '–' : (b / 1024).toFixed(1));

function misses(results) {
  const out = [];
  if (results.build && results.build.wallMs >= BUDGETS.buildMs.below) out.push({ page: '(build)', figure: 'buildMs', value: results.build.wallMs, budget: BUDGETS.buildMs.label });
  for (const [key, p] of Object.entries(results.pages)) {
    const check = (figure, value) => {
      const b = BUDGETS[figure];
      if (value == null || (b.chaptersOnly && !p.chapter)) return;
      const bad = (b.min != null && value < b.min) || (b.below != null && value >= b.below) || (b.max != null && value > b.max);
      if (bad) out.push({ page: key, figure, value, budget: b.label });
    };
    if (p.lighthouse) for (const f of ['performance', 'accessibility', 'bestPractices', 'seo', 'lcpMs', 'cls']) check(f, p.lighthouse[f]);
    if (p.firstLoad) check('jsGzip', p.firstLoad.jsGzip);
    if (p.scroll) check('longTasks', p.scroll.longTasks);
  }
  return out;
}

const COLUMNS = [
  { head: 'page', get: (k) => k, align: 'left' },
  { head: 'perf', get: (_, p) => p.lighthouse?.performance, budget: 'performance' },
  { head: 'a11y', get: (_, p) => p.lighthouse?.accessibility, budget: 'accessibility' },
  { head: 'BP', get: (_, p) => p.lighthouse?.bestPractices, budget: 'bestPractices' },
  { head: 'SEO', get: (_, p) => p.lighthouse?.seo, budget: 'seo' },
  { head: 'LCP s', get: (_, p) => p.lighthouse?.lcpMs, fmt: (v) => (v / 1000).toFixed(2), budget: 'lcpMs' },
  { head: 'TBT ms', get: (_, p) => p.lighthouse?.tbtMs, fmt: (v) => Math.round(v) },
  { head: 'CLS', get: (_, p) => p.lighthouse?.cls, fmt: (v) => v.toFixed(3), budget: 'cls' },
  { head: 'JS KB', get: (_, p) => p.firstLoad?.jsGzip, fmt: kb, budget: 'jsGzip' },
  { head: 'total KB', get: (_, p) => p.firstLoad?.totalGzip, fmt: kb },
  { head: 'long tasks', get: (_, p) => p.scroll?.longTasks, budget: 'longTasks' },
  { head: 'longest ms', get: (_, p) => p.scroll?.longestMs },
];

function printTable(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  console.log(line(rows[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows.slice(1)) console.log(line(r));
}

function table(results) {
  const missed = new Set(misses(results).map((m) => `${m.page} ${m.figure}`));
  const rows = [COLUMNS.map((c) => c.head)];
  for (const [key, p] of Object.entries(results.pages)) {
    rows.push(
      COLUMNS.map((c) => {
        const v = c.get(key, p);
        if (c.align === 'left') return v;
        if (v == null) return '–';
        const s = String(c.fmt ? c.fmt(v) : v);
        return c.budget && missed.has(`${key} ${c.budget}`) ? `${s} !` : s;
      }),
    );
  }
  console.log('');
  printTable(rows);
  console.log('');
  if (results.build) console.log(`build: ${(results.build.wallMs / 1000).toFixed(1)} s on ${results.build.cores} cores${missed.has('(build) buildMs') ? ' !' : ''}`);
  console.log(`medians of ${results.settings.runs} run(s); "!" misses its budget (docs/performance.md); details in bench/results.json`);
  const busy = Math.max(results.machine.loadAverageAtStart[0], results.machine.loadAverageAtEnd?.[0] ?? 0);
  const index = median(Object.values(results.pages).map((p) => p.lighthouse?.benchmarkIndex));
  if (busy > results.machine.cores || (index != null && index < 1000)) {
    console.log(`note: the machine was busy (load average ${busy} on ${results.machine.cores} cores; Lighthouse benchmark index ${index ?? '–'}): TBT, performance and long tasks read high`);
  }
}

function ratioTable(current, baseline) {
  console.log(`\nagainst bench/baseline.json (${baseline.generatedAt}, ${baseline.git?.commit ?? '?'}): current / baseline`);
  const rows = [COLUMNS.map((c) => c.head)];
  const ratio = (a, b) => {
    if (a == null || b == null) return '–';
    if (a === b) return '1.00';
    if (b === 0) return a === 0 ? '1.00' : `+${typeof a === 'number' && a < 1 ? a.toFixed(3) : Math.round(a)}`;
    return (a / b).toFixed(2);
  };
  for (const [key, p] of Object.entries(current.pages)) {
    const bp = baseline.pages?.[key];
    rows.push(COLUMNS.map((c) => (c.align === 'left' ? key : bp ? ratio(c.get(key, p), c.get(key, bp)) : 'new')));
  }
  printTable(rows);
  if (current.build && baseline.build) console.log(`build: ${ratio(current.build.wallMs, baseline.build.wallMs)}`);
  console.log('above 1.00 is more (worse for time, bytes, tasks and CLS; better for scores); "+n": the baseline was 0');
}

// ---------------------------------------------------------------------------------------------

let server;
async function main() {
  const started = performance.now();
  const results = {
    generatedAt: new Date().toISOString(),
    git: { commit: await git('rev-parse', '--short', 'HEAD'), dirty: (await git('status', '--porcelain')).length > 0 },
    machine: { loadAverageAtStart: loadavg().map((x) => +x.toFixed(1)), cores: cpus().length, cpu: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, chromium: (await run(CHROME, ['--version'], process.env)).out.trim().split('\n').at(-1) },
    settings: {
      runs,
      lighthouse: JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')).version,
      lighthousePreset: 'mobile (default config, simulated throttling)',
      gzipLevel: GZIP_LEVEL,
      viewport: MOBILE,
      cpuSlowdown: CPU_SLOWDOWN,
      wheel: { stepPx: WHEEL_STEP, pauseMs: WHEEL_PAUSE },
      basePath: base,
      skipped: [...skip],
    },
    budgets: BUDGETS,
    build: null,
    pages: {},
  };
  // The port: --port, else the one the bench's last build was made for, else any free one.
  const builtFor = join(runsDir, 'build.json');
  let port = Number(opts.port) || 0;
  if (!port && !opts.dist && !build && existsSync(builtFor)) port = JSON.parse(readFileSync(builtFor, 'utf8')).port;
  if (build) {
    port ||= await freePort();
    results.build = await buildSite(port);
  }
  if (!existsSync(join(distDir, 'index.html'))) fail(`no build in ${relative(root, distDir)}: run without --no-build`);
  try {
    server = await startServer(distDir, { port, base });
  } catch (error) {
    if (error.code !== 'EADDRINUSE' || Number(opts.port)) throw error;
    log(`port ${port} is taken: serving from another, so pages will see an address other than their SITE`);
    server = await startServer(distDir, { port: 0, base });
  }
  const origin = `http://127.0.0.1:${server.address().port}`;
  log(`serving ${relative(root, distDir) || '.'} at ${origin}${base}`);
  if (opts.serve) return new Promise(() => {});
  const pages = selectPages(findPages(distDir), opts.pages);
  log(`pages: ${pages.map((p) => p.key).join(' ')}`);
  const phases = results.build ? { build: results.build.wallMs / 1000 } : {};
  for (const page of pages) {
    log(`${page.key}`);
    const entry = { url: page.url, chapter: page.chapter, noindex: page.noindex, ...(page.status ? { status: page.status } : {}), loadAverage: +loadavg()[0].toFixed(1) };
    const timed = async (phase, fn) => {
      const t0 = performance.now();
      const out = await fn();
      phases[phase] = (phases[phase] ?? 0) + (performance.now() - t0) / 1000;
      return out;
    };
    if (!skip.has('lighthouse')) entry.lighthouse = await timed('lighthouse', () => lighthousePage(origin, page));
    if (!skip.has('bytes')) entry.firstLoad = await timed('bytes', () => bytesPage(origin, page));
    if (page.chapter && !skip.has('scroll')) entry.scroll = await timed('scroll', () => scrollPage(origin, page));
    results.pages[page.key] = entry;
  }
  results.machine.loadAverageAtEnd = loadavg().map((x) => +x.toFixed(1));
  results.misses = misses(results);
  results.elapsedS = Math.round((performance.now() - started) / 1000);
  results.phaseS = Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, Math.round(v)]));
  mkdirSync(benchDir, { recursive: true });
  writeFileSync(join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  table(results);
  if (results.misses.length) {
    console.log(`\n${results.misses.length} figure(s) over budget:`);
    for (const m of results.misses) {
      console.log(`  ${m.page}: ${m.budget} (${m.figure} = ${m.value})`);
      const lh = results.pages[m.page]?.lighthouse;
      const cat = { performance: 'performance', accessibility: 'accessibility', bestPractices: 'best-practices', seo: 'seo' }[m.figure];
      const named = (items) => items.map((i) => i.selector ?? i.url ?? i.description).filter(Boolean).slice(0, 3).join('; ');
      if (cat) for (const a of lh.failing.filter((f) => f.category === cat)) console.log(`      ${a.id} (${a.title}${a.displayValue ? `: ${a.displayValue}` : ''})${named(a.items) ? `: ${named(a.items)}` : ''}`);
      if (m.figure === 'cls' && lh?.layoutShifts?.length) console.log(`      moved: ${lh.layoutShifts.map((l) => `${l.selector} (${l.score.toFixed(3)}, ${l.runs} of ${results.settings.runs} runs)`).join('; ')}`);
      if (m.figure === 'lcpMs' && lh?.lcpElement) console.log(`      LCP element: ${lh.lcpElement.selector}`);
      if (m.figure === 'longTasks') {
        const w = results.pages[m.page].scroll.runs[0].where;
        console.log(`      run 1: ${w.longFrames} long frames, ${w.longFramesMs} ms, of which style and layout ${w.styleAndLayoutMs} ms; scripts: ${w.scripts.slice(0, 3).map((x) => `${x.script} ${x.ms} ms`).join('; ') || 'none'}`);
      }
    }
  }
  if (opts['save-baseline']) {
    writeFileSync(join(benchDir, 'baseline.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log('\nsaved bench/baseline.json');
  }
  if (opts.compare) {
    const file = join(benchDir, 'baseline.json');
    if (!existsSync(file)) console.log('\n--compare: no bench/baseline.json yet (run with --save-baseline)');
    else ratioTable(results, JSON.parse(readFileSync(file, 'utf8')));
  }
  console.log(`\nbench: ${results.elapsedS} s in all (${Object.entries(results.phaseS).map(([k, v]) => `${k} ${v} s`).join(', ')}); wrote bench/results.json`);
  return opts.strict && results.misses.length ? 1 : 0;
}

const cleanup = async () => {
  await browser?.close().catch(() => {});
  await lighthouseChrome?.kill();
  server?.close();
  server?.closeAllConnections?.();
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await cleanup();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}
main().then(
  async (code) => {
    await cleanup();
    process.exit(code);
  },
  async (error) => {
    console.error(error);
    await cleanup();
    process.exit(1);
  },
);
