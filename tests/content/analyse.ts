// Runs the same MDX checks the build runs (src/mdx/remarkStory.ts) over a chapter file and returns
// what they derive, so content rules can be tested without a full build.
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remarkStory } from '../../src/mdx/remarkStory.ts';
import type { Derived } from '../../src/schemas/derived.ts';

export interface Analysis {
  derived: Derived;
  /** The reader-visible text of the chapter (prose and steps), without tags or attributes. */
  text: string;
}

export async function analyse(path: string): Promise<Analysis> {
  const source = readFileSync(path, 'utf8');
  // Blank the frontmatter but keep its lines, as Astro does, so positions stay true.
  const body = source.replace(/^---\n[\s\S]*?\n---/, (m) => m.replace(/[^\n]/g, ' '));
  const file = new VFile({ path, value: body });
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkStory);
  const tree = processor.parse(file) as Root;
  await processor.run(tree, file);
  const derived = (file.data as { astro: { frontmatter: { derived: Derived } } }).astro.frontmatter.derived;
  return { derived, text: toString(tree) };
}
