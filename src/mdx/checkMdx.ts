// The MDX checks of one file, outside a build: the same remark plugin the build runs
// (remarkStory), through unified, with every failure as one `file:line:column  what  (expected)` line.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import { shown } from '../loader/loadContent.ts';
import type { Content } from '../schemas/content.ts';
import { ContentError, remarkStory } from './remarkStory.ts';

/** Blank the frontmatter but keep its lines, as Astro does, so positions stay true. */
export const blankFrontmatter = (text: string) => text.replace(/^---\r?\n[\s\S]*?\r?\n---/, (m) => m.replace(/[^\n]/g, ' '));

/**
 * checkMdx(path, text, load) runs the MDX checks over an .mdx file's text and returns its problems
 * (none, or the first the checks meet: they stop at the first error in a file, as the build does).
 * `load` supplies the registries (loadContent, or a reporting loader that never throws).
 */
export async function checkMdx(path: string, text: string, load: () => Content): Promise<string[]> {
  const file = new VFile({ path, value: blankFrontmatter(text) });
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkStory, { load });
  try {
    const tree = processor.parse(file) as Root;
    await processor.run(tree, file);
    return [];
  } catch (e) {
    if (e instanceof ContentError) return [e.message];
    const m = e as { line?: number; column?: number; reason?: string; message?: string; place?: { line?: number; column?: number; start?: { line: number; column: number } } };
    const at = m.place && 'start' in m.place && m.place.start ? m.place.start : { line: m.line ?? m.place?.line ?? 1, column: m.column ?? m.place?.column ?? 1 };
    const reason = (m.reason ?? m.message ?? String(e)).split('\n')[0];
    return [`${shown(path)}:${at.line ?? 1}:${at.column ?? 1}  MDX: ${reason}  (expected valid MDX: every tag closed, attributes in quotes or {braces})`];
  }
}
