// npm test: every test of the project, in phases, with the time of each printed at the end.
//   setup   what is missing: dependencies (npm ci), a Chromium, a Java runtime (scripts/setup.mjs)
//   build   the three builds the browser tests serve: the site, one with a placeholder Mapbox token,
//           one under a sub-path, each for the address it is served from (playwright.config.ts);
//           the site first, then the other two side by side (see below)
//   then, side by side (unit keeps one core busy, the other two fit beside it):
//   unit    vitest: unit tests, content tests, bad-content fixtures and the other build tests
//   html    the W3C Nu HTML checker over every page of the three builds, and html-validate over the
//           site's (scripts/validate-html.mjs)
//   firefox a smoke test of the step engine and presentation mode in Firefox ESR (skipped, saying so, without it)
//   e2e     Playwright in Chromium, last and alone (its two workers keep both cores busy)
// A phase run beside others prints its output whole when it ends. Runs on the machine's own Node
// before node_modules exists (plain JS); every phase after setup runs through npm, so on the `node`
// devDependency. Stops after the first step in which a phase fails.
//   node scripts/test.mjs [phase ...]   only these phases (setup always runs)
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { ensureChromium, ensureDependencies, ensureJava } from './setup.mjs';

const root = resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);
const times = [];
const seconds = (t0) => (performance.now() - t0) / 1000;
const clock = (s) => `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}`;

function report() {
  console.log('\nnpm test, time of each phase:');
  for (const t of times) console.log(`  ${t.name.padEnd(7)} ${clock(t.s).padStart(6)}  ${[t.ok ? '' : 'FAILED', t.beside?.length ? `(beside ${t.beside.join(', ')})` : ''].filter(Boolean).join(' ')}`);
  console.log(`  ${'total'.padEnd(7)} ${clock(seconds(start)).padStart(6)}`);
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

/** Runs one command; resolves to its exit status and its output (the terminal's own when `live`). */
function runCommand([command, ...args], env, live) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, stdio: live ? 'inherit' : 'pipe', env: { ...process.env, ...env } });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('close', (status) => done({ ok: status === 0, output }));
  });
}

/** A phase's steps run one after another; a step that is a list of commands runs them side by side.
 *  `live`: output goes straight to the terminal; otherwise it is held and printed whole at the end. */
async function runPhase({ name, steps, env = {} }, live) {
  const t0 = performance.now();
  let ok = true;
  let log = '';
  for (const step of steps) {
    if (Array.isArray(step[0])) {
      ok = await together(step, env);
    } else {
      if (live) console.log(`\n> ${step.join(' ')}`);
      const result = await runCommand(step, env, live);
      ok = result.ok;
      log += `\n> ${step.join(' ')}\n${result.output}`;
    }
    if (!ok) break;
  }
  if (!live) console.log(`\n[${name}]${log}`);
  return { name, s: seconds(t0), ok };
}

/** Phases run side by side (one alone runs with the terminal's output); stops the run if one fails. */
async function phases(...list) {
  const chosen = list.filter((p) => !only.length || only.includes(p.name));
  if (!chosen.length) return;
  const results = await Promise.all(chosen.map((p) => runPhase(p, chosen.length === 1)));
  for (const r of results) times.push({ ...r, beside: results.filter((o) => o !== r).map((o) => o.name) });
  if (results.some((r) => !r.ok)) {
    report();
    process.exit(1);
  }
}

const start = performance.now();
ensureDependencies();
ensureChromium();
ensureJava();
times.push({ name: 'setup', s: seconds(start), ok: true });

// Builds share the project's .astro/ folder, where Astro writes the content module map. The first
// build writes it; the two after it read the same content, find the map unchanged and leave it be
// (Astro writes it only when its text changes, through a temporary file), so they can run side by
// side: an Astro build keeps about one core busy, and this machine has two.
await phases({
  name: 'build',
  steps: [
    ['npm', 'run', 'build:test-site'],
    [
      ['npm', 'run', 'build:test-mapbox'],
      ['npm', 'run', 'build:test-base'],
    ],
  ],
});
// The check of the real content reads the site's build rather than making its own (tests/build/check.test.ts).
const built = only.length === 0 || only.includes('build');
// unit keeps about one core busy (its builds run one at a time); the Nu checker and Firefox use the other.
await phases(
  { name: 'unit', steps: [['npm', 'run', 'test:unit']], env: built ? { SF_TEST_DIST: 'dist', SF_TEST_SITE: `http://127.0.0.1:${process.env.SF_TEST_PORT ?? 4321}` } : {} },
  { name: 'html', steps: [['npm', 'run', 'test:html']] },
  { name: 'firefox', steps: [['npm', 'run', 'test:firefox']] },
);
// Two Playwright workers keep both cores busy: nothing runs beside them.
await phases({ name: 'e2e', steps: [['npm', 'run', 'test:e2e']] });
report();
