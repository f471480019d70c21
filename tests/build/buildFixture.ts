// Builds the site from a fixture content tree, beside the real one: the real content/ with its
// chapters replaced by tests/fixtures/valid/, then the case's files laid over it. A file named
// `<name>.append` is appended to `<name>` instead of replacing it.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

function overlay(from: string, to: string) {
  for (const name of readdirSync(from)) {
    const src = join(from, name);
    if (statSync(src).isDirectory()) {
      mkdirSync(join(to, name), { recursive: true });
      overlay(src, join(to, name));
    } else if (name.endsWith('.append')) {
      appendFileSync(join(to, name.replace(/\.append$/, '')), readFileSync(src));
    } else if (name !== 'expected.txt') {
      writeFileSync(join(to, name), readFileSync(src));
    }
  }
}

export interface BuildResult {
  ok: boolean;
  output: string;
  /** The fixture's content directory, relative to the project, as errors print it. */
  contentDir: string;
  outDir: string;
}

/**
 * A fixture's content tree in tests/.tmp/<work>/content: the real content/ with its chapters replaced
 * by tests/fixtures/valid/, then `fixtures/<name>/` laid over it (`fixtures` defaults to tests/fixtures).
 */
export function prepareFixture(name: string, { fixtures = 'tests/fixtures', work: workName = name } = {}): { work: string; content: string } {
  const work = join(root, 'tests/.tmp', workName);
  rmSync(work, { recursive: true, force: true });
  const content = join(work, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  rmSync(join(content, 'chapters'), { recursive: true });
  mkdirSync(join(content, 'chapters'));
  overlay(join(root, 'tests/fixtures/valid'), content);
  if (name !== 'valid') overlay(join(root, fixtures, name), content);
  return { work, content };
}

export function buildFixture(name: string): BuildResult {
  const { work, content } = prepareFixture(name);
  const outDir = join(work, 'dist');
  // process.execPath is Node 22 when run through npm scripts or npx (the `node` devDependency).
  const run = spawnSync(process.execPath, [astro, 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SF_CONTENT_DIR: content, SF_OUT_DIR: outDir, SF_CACHE_DIR: join(work, 'cache'), NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 180_000,
  });
  return {
    ok: run.status === 0 && existsSync(join(outDir, 'index.html')),
    output: `${run.stdout}\n${run.stderr}`,
    contentDir: `tests/.tmp/${name}/content`,
    outDir,
  };
}

/** The lines a case expects in the build's output, with `{content}` for its content directory. */
/**
 * expected.txt, with `{content}` for the fixture's content folder (relative, as errors print it) and
 * `{end:file}` for the number of the last line of that file in the fixture's tree, so a case that
 * appends a row does not break each time the real registry grows.
 */
export function expectedLines(name: string, contentDir: string): string[] {
  return readFileSync(join(root, 'tests/fixtures', name, 'expected.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) =>
      l
        .replaceAll('{content}', contentDir)
        .replace(/\{end:([^}]+)\}/g, (_, file: string) => String(readFileSync(join(root, contentDir, file), 'utf8').trimEnd().split('\n').length)),
    );
}
