// `npm run new:chapter -- <slug>` writes a chapter that builds as it is: scaffolded into a copy of
// the content (SF_CONTENT_DIR), built aside (SF_OUT_DIR, SF_CACHE_DIR), checked, then removed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareFixture } from './buildFixture.ts';

const root = resolve(import.meta.dirname, '../..');
const { work, content } = prepareFixture('valid', { work: 'new-chapter' });
const env = { ...process.env, SF_CONTENT_DIR: content, SF_OUT_DIR: join(work, 'dist'), SF_CACHE_DIR: join(work, 'cache'), NO_COLOR: '1' };
const node = (...args: string[]) => spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env, timeout: 300_000 });
const scaffold = (...args: string[]) => node(join(root, 'scripts/new-chapter.mjs'), ...args);
const file = join(content, 'chapters/food-and-harvests.mdx');

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run new:chapter', () => {
  it('writes a chapter numbered after the last one that passes the checks and builds, then it is removed', () => {
    const made = scaffold('food-and-harvests', '--title=Food and harvests');
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    expect(made.stdout).toContain('chapters/food-and-harvests.mdx (chapter 2)');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^title: "Food and harvests"$/m);
    expect(text).toMatch(/^order: 2$/m);
    expect(text).toContain('<Cite id=');
    expect(text).toContain('<Scrolly graphic="defectors"');

    const build = node(join(root, 'node_modules/astro/bin/astro.mjs'), 'build');
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const html = readFileSync(join(work, 'dist/chapters/food-and-harvests/index.html'), 'utf8');
    expect(html).toContain('Food and harvests');
    expect(html).toContain('Chapter 2 of 2');
    expect(existsSync(join(work, 'dist/data/food-and-harvests/first-step.csv'))).toBe(true);

    const check = node(join(root, 'scripts/check.mjs'), '--skip=types', `--dist=${join(work, 'dist')}`);
    expect(check.stdout).toBe('');
    expect(check.status).toBe(0);

    rmSync(file);
    expect(existsSync(file)).toBe(false);
  }, 600_000);

  it('refuses a slug that is not kebab-case, or that a chapter already uses', () => {
    const bad = scaffold('Food Harvests');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('"Food Harvests" is not a kebab-case slug  (expected lower-case words joined by hyphens');
    const taken = scaffold('border-sealing');
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain('chapters/border-sealing.mdx already exists  (expected a slug no chapter uses yet)');
  });
});
