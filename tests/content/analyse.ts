// Runs the same MDX checks the build runs (src/mdx/remarkStory.ts) over a chapter file and returns
// what they derive, so content rules can be tested without a full build, and the browser tests
// (tests/e2e/support.ts) know the sequences as the site does. Synchronous, as remarkStory is.
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { blankFrontmatter } from '../../src/mdx/checkMdx.ts';
import { remarkStory } from '../../src/mdx/remarkStory.ts';
import type { Derived } from '../../src/schemas/derived.ts';

export interface Analysis {
  derived: Derived;
  /** The reader-visible text of the chapter (prose and steps), without tags or attributes. */
  text: string;
}

export function analyse(path: string): Analysis {
  const file = new VFile({ path, value: blankFrontmatter(readFileSync(path, 'utf8')) });
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkStory);
  const tree = processor.runSync(processor.parse(file) as Root, file);
  const derived = (file.data as { astro: { frontmatter: { derived: Derived } } }).astro.frontmatter.derived;
  return { derived, text: toString(tree) };
}
