// What `npm start` and `npm test` need before they do their job, installed when it is missing:
// the dependencies (`npm ci`, when node_modules is missing or older than package-lock.json) and,
// for the tests, a Chromium and a Java runtime (for the W3C Nu HTML checker).
// Runs on the machine's own Node (20 will do) before node_modules exists: plain JS, no dependencies.
//   node scripts/setup.mjs            dependencies only (npm start)
//   node scripts/setup.mjs --test     dependencies, Chromium and Java (npm test)
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');

/** Runs a command with the terminal's output; true when it exits 0. */
function run(command, args, { timeoutMs } = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', timeout: timeoutMs });
  return result.status === 0;
}

function onPath(command) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)));
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function aptInstall(what, packages) {
  if (!isRoot || !onPath('apt-get')) return false;
  console.log(`setup: installing Debian's ${packages.join(' ')} for ${what}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (...args) => spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env }).status === 0;
  return apt('update', '-qq') && apt('install', '-y', '-qq', ...packages);
}

export function ensureDependencies() {
  const installed = join(root, 'node_modules/.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log(existsSync(installed) ? 'setup: package-lock.json changed since the last install: npm ci' : 'setup: no node_modules yet: npm ci');
  if (!run('npm', ['ci', '--no-audit', '--no-fund'])) fail('npm ci failed (see above)');
}

/** Playwright's own Chromium, if it has been downloaded (asks the installed playwright-core). */
function playwrightChromium() {
  const path = createRequire(join(root, 'package.json'))('playwright-core').chromium.executablePath();
  return path && existsSync(path) ? path : undefined;
}

// The browser the tests drive, in this order: PLAYWRIGHT_CHROMIUM_PATH, Debian's headless shell (the
// build Playwright runs headless tests in; about a third faster here than the full browser), Debian's
// Chromium, then Playwright's own (undefined: Playwright finds its download). playwright.config.ts
// asks the same function.
const DEBIAN_SHELL = '/usr/bin/chromium-headless-shell';
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
export function testChromium() {
  return process.env.PLAYWRIGHT_CHROMIUM_PATH || [DEBIAN_SHELL, DEBIAN_CHROMIUM].find((path) => existsSync(path));
}

export function ensureChromium() {
  const chosen = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (chosen) {
    if (existsSync(chosen)) return;
    fail(`PLAYWRIGHT_CHROMIUM_PATH=${chosen} does not exist  (expected the path of a Chromium or Chrome executable)`);
  }
  if (testChromium() === DEBIAN_SHELL || playwrightChromium()) return;
  if (existsSync(DEBIAN_CHROMIUM)) {
    console.log(`setup: the browser tests use ${DEBIAN_CHROMIUM}; Debian's chromium-headless-shell would run them about a third faster`);
    return;
  }
  console.log('setup: no Chromium for the browser tests: trying `npx playwright install chromium`');
  if (run('npx', ['--no-install', 'playwright', 'install', 'chromium'], { timeoutMs: 600_000 }) && playwrightChromium()) return;
  if (aptInstall('the browser tests', ['chromium-headless-shell']) && existsSync(DEBIAN_SHELL)) return;
  fail('no Chromium for the browser tests: install one (Debian: `apt-get install chromium-headless-shell`; elsewhere `npx playwright install chromium`), or set PLAYWRIGHT_CHROMIUM_PATH=/path/to/chrome');
}

export function ensureJava() {
  if (onPath('java')) return;
  if (aptInstall('the W3C Nu HTML checker', ['default-jre-headless']) && onPath('java')) return;
  fail('no Java runtime for the W3C Nu HTML checker (vnu): install one (Debian: `apt-get install default-jre-headless`) so that `java` is on the PATH');
}

function fail(message) {
  console.error(`setup: ${message}`);
  process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  ensureDependencies();
  if (process.argv.includes('--test')) {
    ensureChromium();
    ensureJava();
  }
}
