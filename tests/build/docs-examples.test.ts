// Every ```mdx example in docs/editing.md passes the MDX checks, and they all build: each becomes a
// file of content/gallery/ in the valid fixture's content tree, rendered on /gallery/ beside its own
// text. The same build shows that the valid fixture builds (content-errors.test.ts relies on it).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareFixture } from './buildFixture.ts';
import { checkMdx } from '../../src/mdx/checkMdx.ts';
import { loadContent } from '../../src/loader/loadContent.ts';

const root = resolve(import.meta.dirname, '../..');
const guide = readFileSync(join(root, 'docs/editing.md'), 'utf8');
const examples = [...guide.matchAll(/^```mdx\n([\s\S]*?)^```$/gm)].map((m, i) => ({
  name: `doc-example-${i + 1}`,
  text: m[1]!.trim(),
  line: guide.slice(0, m.index).split('\n').length + 1,
}));

describe('the MDX examples of docs/editing.md', () => {
  it('are there: a citation, a quotation, an aside, a term, a chart sequence and a camera sequence', () => {
    const all = examples.map((e) => e.text).join('\n');
    for (const tag of ['<Cite ', '<Quote ', '<PullQuote ', '<Aside', '<Term ', '<Scrolly graphic="defectors"', '<Scrolly graphic="map"']) expect(all).toContain(tag);
  });

  it.each(examples.map((e) => [`docs/editing.md:${e.line}`, e] as const))('%s passes the MDX checks', async (_, example) => {
    const path = join(root, 'content/chapters', `${example.name}.mdx`);
    expect(await checkMdx(path, example.text, () => loadContent())).toEqual([]);
  });

  it('build, each rendered on /gallery/ beside its own text, over the valid fixture', () => {
    const { work, content } = prepareFixture('valid', { work: 'docs-examples' });
    examples.forEach((example, i) => {
      const graphic = /<Scrolly graphic="([^"]+)"/.exec(example.text)?.[1];
      const component = graphic ? 'Scrolly' : /<(Cite|Term|Quote|PullQuote|Aside)\b/.exec(example.text)![1];
      const front = [`title: "docs/editing.md, line ${example.line}"`, `component: ${component}`, ...(graphic ? [`graphic: ${graphic}`] : []), `order: ${100 + i}`, 'summary: "An example from the editor\'s guide, built by the tests."'];
      writeFileSync(join(content, 'gallery', `${example.name}.mdx`), `---\n${front.join('\n')}\n---\n\n${example.text}\n`);
    });
    const outDir = join(work, 'dist');
    const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, SF_CONTENT_DIR: content, SF_OUT_DIR: outDir, SF_CACHE_DIR: join(work, 'cache'), NO_COLOR: '1' },
      timeout: 300_000,
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    // The valid fixture (the content-errors cases' base) builds clean, its citations numbered in order.
    expect(run.stdout + run.stderr).not.toContain('[ERROR]');
    const chapter = readFileSync(join(outDir, 'chapters/border-sealing/index.html'), 'utf8');
    expect(chapter).toMatch(/aria-label="Source 1: Kyodo News/);
    expect(chapter).toMatch(/aria-label="Source 3: Reuters, as published by bdnews24\.com, /);
    const html = readFileSync(join(outDir, 'gallery/index.html'), 'utf8');
    const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    for (const example of examples) {
      const shown = new RegExp(`<pre[^>]*data-source-file="[^"]*${example.name}\\.mdx"[^>]*><code[^>]*>([\\s\\S]*?)</code></pre>`).exec(html)?.[1];
      expect(unescape(shown ?? ''), example.name).toBe(example.text);
    }
  }, 600_000);
});
