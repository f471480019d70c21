// npm test: every test of the project, in phases, with the time of each printed at the end.
//   setup   what is missing: dependencies (npm ci), a Chromium, a Java runtime (scripts/setup.mjs)
//   build   the three builds the browser tests serve: the site, one with a placeholder Mapbox token,
//           one under a sub-path, each for the address it is served from (playwright.config.ts);
//           the site first, then the other two side by side (see below)
//   then two lanes side by side:
//   unit 1/2 vitest: the build tests (bad-content fixtures, npm run check, the other builds)
//   and, one after another beside it:
//   html    the W3C Nu HTML checker over every page of the three builds, and html-validate over the
//           site's (scripts/validate-html.mjs)
//   firefox a smoke test of the step engine and presentation mode in Firefox ESR (skipped, saying so, without it)
//   unit 2/2 vitest: every other file (unit and content tests)
//   e2e 1/2 Playwright in Chromium, a few files with one worker (EARLY, below)
//   then alone:
//   e2e 2/2 Playwright in Chromium, the other files with two workers
// A lane run beside another prints each phase's output whole when it ends. Runs on the machine's own
// Node before node_modules exists (plain JS); every phase after setup runs through npm, so on the
// `node` devDependency. Stops after the step in which a phase fails.
//   node scripts/test.mjs [phase ...]   only these phases (setup always runs; `unit` and `e2e` are both parts)
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureChromium, ensureDependencies, ensureJava } from './setup.mjs';

const root = resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);
const times = [];
const seconds = (t0) => (performance.now() - t0) / 1000;
const clock = (s) => {
  const whole = Math.round(s);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
};

function report() {
  console.log('\nnpm test, time of each phase:');
  for (const t of times) console.log(`  ${t.name.padEnd(8)} ${clock(t.s).padStart(6)}  ${[t.ok ? '' : 'FAILED', t.beside?.length ? `(beside ${t.beside.join(', ')})` : ''].filter(Boolean).join(' ')}`);
  console.log(`  ${'total'.padEnd(8)} ${clock(seconds(start)).padStart(6)}`);
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

/** Runs commands side by side, each one's output held and printed whole when it ends; true if all exit 0. */
async function together(commands, env) {
  const runs = commands.map((command) =>
    runCommand(command, env, false).then(({ ok, output }) => {
      console.log(`\n> ${command.join(' ')}\n${output}`);
      return ok;
    }),
  );
  return (await Promise.all(runs)).every(Boolean);
}

/** A phase's steps run one after another; a step that is a list of commands runs them side by side.
 *  `live`: output goes straight to the terminal; otherwise it is held and printed whole at the end. */
async function runPhase({ name, label = name, steps, env = {} }, live) {
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
  if (!live) console.log(`\n[${label}]${log}`);
  return { name: label, s: seconds(t0), ok };
}

/**
 * Lanes run side by side, the phases of each lane one after another (a lane alone prints its output
 * as it comes); the run stops once the lanes end if a phase failed. A phase is chosen by its `name`
 * (`node scripts/test.mjs e2e`) and reported by its `label`.
 */
async function lanes(...list) {
  const chosen = list.map((lane) => lane.filter((p) => !only.length || only.includes(p.name))).filter((lane) => lane.length);
  if (!chosen.length) return;
  const results = await Promise.all(
    chosen.map(async (lane) => {
      const done = [];
      for (const p of lane) {
        done.push(await runPhase(p, chosen.length === 1));
        if (!done.at(-1).ok) break;
      }
      return done;
    }),
  );
  results.forEach((lane, i) => {
    const beside = results.filter((_, j) => j !== i).flatMap((other) => other.map((r) => r.name));
    for (const r of lane) times.push({ ...r, beside });
  });
  if (results.flat().some((r) => !r.ok)) {
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
await lanes([
  {
    name: 'build',
    steps: [
      ['npm', 'run', 'build:test-site'],
      [
        ['npm', 'run', 'build:test-mapbox'],
        ['npm', 'run', 'build:test-base'],
      ],
    ],
  },
]);
// The check of the real content reads the site's build rather than making its own (tests/build/check.test.ts).
const built = only.length === 0 || only.includes('build');
// The browser tests in two runs of Playwright: the files in EARLY with one worker beside unit, the
// rest with two workers alone, which keep both cores busy. unit keeps about one core busy (its
// builds run one at a time, since they share .astro/), so the other core takes html, firefox and
// the early files in turn. Every file of tests/e2e is in exactly one of the two runs.
const EARLY = ['budgets.test.ts', 'gallery.test.ts', 'handout.test.ts', 'offline.test.ts', 'pages.test.ts', 'privacy.test.ts'];
const e2eFiles = readdirSync(join(root, 'tests/e2e')).filter((f) => f.endsWith('.test.ts'));
for (const f of EARLY) if (!e2eFiles.includes(f)) throw new Error(`scripts/test.mjs: EARLY names tests/e2e/${f}, which does not exist`);
const e2e = (label, files, workers) => ({ name: 'e2e', label, steps: [['npm', 'run', 'test:e2e', '--', `--workers=${workers}`, ...files.map((f) => `tests/e2e/${f}`)]] });
// vitest in two runs as well: the build tests (tests/build, which share .astro/ and run one at a
// time) in one lane, every other file (no build; --exclude, so a new folder is not left out) in the other.
const unitBuilds = { SF_TEST_DIST: 'dist', SF_TEST_SITE: `http://127.0.0.1:${process.env.SF_TEST_PORT ?? 4321}` };
await lanes(
  [{ name: 'unit', label: 'unit 1/2', steps: [['npm', 'run', 'test:unit', '--', 'tests/build']], env: built ? unitBuilds : {} }],
  [
    { name: 'html', steps: [['npm', 'run', 'test:html']] },
    { name: 'firefox', steps: [['npm', 'run', 'test:firefox']] },
    { name: 'unit', label: 'unit 2/2', steps: [['npm', 'run', 'test:unit', '--', '--exclude', 'tests/build/**']] },
    e2e('e2e 1/2', EARLY, 1),
  ],
);
await lanes([e2e('e2e 2/2', e2eFiles.filter((f) => !EARLY.includes(f)), 2)]);
report();
