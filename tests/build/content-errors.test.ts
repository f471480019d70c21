// Bad content must fail the build with a message that names the file, the line where there is one,
// and what was expected. One fixture a kind of error, under tests/fixtures/<case>/.
//
// Most mistakes are caught before Astro renders a page, by the two checks the build runs first:
// loadContent() (the registries and datasets, from src/content.config.ts) and the MDX checks (the
// remarkStory plugin, which checkMdx runs outside a build). A case those checks catch with its
// expected lines is checked through them, in a second; the rest (Astro's own frontmatter schema
// messages) are built. So that the build is seen to stop on each kind of check, the WIRED cases are
// always built as well. The builds run one at a time: Astro writes its content module map into the
// project's .astro/ folder, which builds from different content folders would overwrite for each other.
// That the valid fixture builds is asserted by docs-examples.test.ts, whose build is the valid
// fixture with the editor's guide's examples added.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, expectedLines, prepareFixture } from './buildFixture.ts';
import { loadContent } from '../../src/loader/loadContent.ts';
import { checkMdx } from '../../src/mdx/checkMdx.ts';

const fixtures = join(import.meta.dirname, '../fixtures');
const cases = readdirSync(fixtures).filter((n) => n !== 'valid');
// A registry error (loadContent) and an MDX error (remarkStory): the build must stop on both.
const WIRED = new Set(['unknown-source-in-data', 'unknown-citation']);

/** What the build's first checks say about a case, run as the build runs them: the registries, then each page's MDX. */
async function checksBeforeRendering(name: string): Promise<{ contentDir: string; messages: string[] }> {
  const { content } = prepareFixture(name);
  const contentDir = `tests/.tmp/${name}/content`;
  try {
    loadContent(content);
  } catch (e) {
    return { contentDir, messages: [(e as Error).message] };
  }
  const messages: string[] = [];
  for (const collection of ['chapters', 'pages', 'gallery']) {
    const dir = join(content, collection);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
      const path = join(dir, file);
      messages.push(...(await checkMdx(path, readFileSync(path, 'utf8'), () => loadContent(content))));
    }
  }
  return { contentDir, messages };
}

describe('content errors fail the build', () => {
  it.each(cases)('%s: the build fails naming file, field and expectation', async (name) => {
    const early = await checksBeforeRendering(name);
    const want = expectedLines(name, early.contentDir);
    const caughtEarly = want.every((line) => early.messages.some((m) => m.includes(line)));
    if (caughtEarly && !WIRED.has(name)) {
      for (const line of want) expect(early.messages.join('\n')).toContain(line);
      return;
    }
    const result = buildFixture(name);
    expect(result.ok).toBe(false);
    for (const line of expectedLines(name, result.contentDir)) expect(result.output).toContain(line);
  });
});
