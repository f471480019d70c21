// `npm run check` (scripts/check.mjs) on fixture trees: one with a mistake of every kind the content
// checks know, one with broken links (which needs a build), and the real content, which must pass.
// The trees are tests/fixtures-check/<tree>/ laid over the real content like the build fixtures.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareFixture } from './buildFixture.ts';

const root = resolve(import.meta.dirname, '../..');
const PROBLEM = /^\S+:\d+:\d+  \S.*$/;
// The originality tool lives beside the project, in ../shared; a clone elsewhere has no tool to run.
const hasOriginalityTool = existsSync(resolve(root, '../shared/tools/originality.mjs'));
const ORIGINALITY_LINE = 'repeats the wording of a source';

function check(env: Record<string, string>, ...args: string[]) {
  const run = spawnSync(process.execPath, [join(root, 'scripts/check.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env, NO_COLOR: '1' },
    timeout: 600_000,
  });
  return { status: run.status, lines: run.stdout.split('\n').filter(Boolean), stderr: run.stderr };
}

function tree(name: string) {
  const { work, content } = prepareFixture(name, { fixtures: 'tests/fixtures-check', work: `check-${name}` });
  const shown = `tests/.tmp/check-${name}/content`;
  const env = { SF_CONTENT_DIR: content, SF_OUT_DIR: join(work, 'dist'), SF_CACHE_DIR: join(work, 'cache') };
  return { content, shown, env };
}

/** expected.txt, with `{content}` for the tree's content folder and `{end:file}` / `{end:file-N}` for its last lines. */
function expected(name: string, content: string, shown: string): string[] {
  return readFileSync(join(root, 'tests/fixtures-check', name, 'expected.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) =>
      l
        .replaceAll('{content}', shown)
        .replace(/\{end:([^}]+?)(?:-(\d+))?\}/g, (_, file: string, back?: string) => String(readFileSync(join(content, file), 'utf8').trimEnd().split('\n').length - Number(back ?? 0))),
    );
}

describe('npm run check', () => {
  it('lists a mistake of every kind in one run, each on one line with file, line and column, and fails', () => {
    const { content, shown, env } = tree('multi');
    const result = check(env, '--skip=types');
    expect(result.status).toBe(1);
    for (const line of result.lines) expect(line).toMatch(PROBLEM);
    const want = expected('multi', content, shown).filter((l) => hasOriginalityTool || !l.includes(ORIGINALITY_LINE));
    expect(result.lines.sort()).toEqual(want.sort());
    if (!hasOriginalityTool) expect(result.stderr).toContain('originality skipped: ../shared/tools/originality.mjs is not here');
    expect(result.stderr).toContain('build and links skipped until the problems above are fixed');
  });

  it('builds, then names the .mdx line of a link to a missing page or #id', () => {
    const { env, shown } = tree('links');
    const result = check(env, '--skip=types,originality');
    const output = `${result.lines.join('\n')}\n${result.stderr}`;
    expect(result.status, output).toBe(1);
    for (const line of result.lines) expect(line).toMatch(PROBLEM);
    expect(result.lines, output).toContain(`${shown}/chapters/border-sealing.mdx:23:23  link to "/sources/#no-such-source": no element with id "no-such-source" on /sources/  (expected the id of an element on that page)`);
    expect(result.lines, output).toContain(`${shown}/chapters/border-sealing.mdx:23:145  link to "/chapters/no-such-chapter/": no page or file at /chapters/no-such-chapter/  (expected a page of the site or a file in public/)`);
    expect(result.lines.join('\n')).not.toContain('/glossary/#donju');
  }, 600_000);

  it('passes on the real content: types, content, originality, build and links', () => {
    const work = join(root, 'tests/.tmp/check-real');
    // npm test has built the real content already (SF_TEST_DIST, for SF_TEST_SITE): its links are
    // checked instead of a second build of the same content (the links case above runs the check's build).
    const shared = process.env.SF_TEST_DIST;
    const result = shared
      ? check({ SITE: process.env.SF_TEST_SITE ?? '' }, `--dist=${shared}`)
      : check({ SF_OUT_DIR: join(work, 'dist'), SF_CACHE_DIR: join(work, 'cache') });
    expect(result.lines).toEqual([]);
    expect(result.stderr).toContain('check: no problems');
    expect(result.status).toBe(0);
  }, 900_000);
});
