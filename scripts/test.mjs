// npm test: every test of the project, in phases, with the time of each printed at the end.
//   setup   what is missing: dependencies (npm ci), a Chromium, a Java runtime (scripts/setup.mjs)
//   build   the three builds the browser tests serve: the site, one with a placeholder Mapbox token,
//           one under a sub-path, each for the address it is served from (playwright.config.ts);
//           the site first, then the other two side by side (see below)
//   unit    vitest: unit tests, content tests, bad-content fixtures and the other build tests
//   html    the W3C Nu HTML checker over every page of the three builds (scripts/validate-html.mjs)
//   e2e     Playwright in Chromium
//   firefox a smoke test of the step engine and presentation mode in Firefox ESR (skipped, saying so, without it)
// Runs on the machine's own Node before node_modules exists (plain JS); every phase after setup
// runs through npm, so on the `node` devDependency. Stops at the first phase that fails.
//   node scripts/test.mjs [phase ...]   only these phases (setup always runs)
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ensureChromium, ensureDependencies, ensureJava } from './setup.mjs';

const root = resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);
const times = [];
const seconds = (t0) => (performance.now() - t0) / 1000;
const clock = (s) => `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}`;

function report() {
  const total = times.reduce((sum, t) => sum + t.s, 0);
  console.log('\nnpm test, time of each phase:');
  for (const t of times) console.log(`  ${t.name.padEnd(6)} ${clock(t.s).padStart(6)}  ${t.ok ? '' : 'FAILED'}`);
  console.log(`  ${'total'.padEnd(6)} ${clock(total).padStart(6)}`);
}

/** Runs commands side by side, each one's output held and printed whole when it ends; true if all exit 0. */
async function together(commands, env) {
  const runs = commands.map(
    ([command, ...args]) =>
      new Promise((done) => {
        const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env } });
        let output = '';
        child.stdout.on('data', (d) => (output += d));
        child.stderr.on('data', (d) => (output += d));
        child.on('close', (status) => {
          console.log(`\n> ${[command, ...args].join(' ')}\n${output}`);
          done(status === 0);
        });
      }),
  );
  return (await Promise.all(runs)).every(Boolean);
}

/** A phase's steps run one after another; a step that is a list of commands runs them side by side. */
async function phase(name, steps, env = {}) {
  if (only.length && !only.includes(name)) return;
  const t0 = performance.now();
  let ok = true;
  for (const step of steps) {
    if (Array.isArray(step[0])) {
      ok = await together(step, env);
    } else {
      const [command, ...args] = step;
      console.log(`\n> ${[command, ...args].join(' ')}`);
      ok = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;
    }
    if (!ok) break;
  }
  times.push({ name, s: seconds(t0), ok });
  if (!ok) {
    report();
    process.exit(1);
  }
}

const t0 = performance.now();
ensureDependencies();
ensureChromium();
ensureJava();
times.push({ name: 'setup', s: seconds(t0), ok: true });

// Builds share the project's .astro/ folder, where Astro writes the content module map. The first
// build writes it; the two after it read the same content, find the map unchanged and leave it be
// (Astro writes it only when its text changes, through a temporary file), so they can run side by
// side: an Astro build keeps about one core busy, and this machine has two.
await phase('build', [
  ['npm', 'run', 'build:test-site'],
  [
    ['npm', 'run', 'build:test-mapbox'],
    ['npm', 'run', 'build:test-base'],
  ],
]);
// The check of the real content reads the site's build rather than making its own (tests/build/check.test.ts).
const built = only.length === 0 || only.includes('build');
await phase('unit', [['npm', 'run', 'test:unit']], built ? { SF_TEST_DIST: 'dist', SF_TEST_SITE: `http://127.0.0.1:${process.env.SF_TEST_PORT ?? 4321}` } : {});
await phase('html', [['npm', 'run', 'test:html']]);
await phase('e2e', [['npm', 'run', 'test:e2e']]);
await phase('firefox', [['npm', 'run', 'test:firefox']]);
report();
