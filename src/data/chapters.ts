// Chapters in reading order, each with what its MDX check derived (sources, steps, words).
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { Derived } from '../mdx/remarkStory.ts';

export interface ChapterPage {
  entry: CollectionEntry<'chapters'>;
  derived: Derived;
  Content: Awaited<ReturnType<typeof render>>['Content'];
  /** Minutes at 230 words a minute, prose and steps together. */
  readingMinutes: number;
}

export async function chapters(): Promise<ChapterPage[]> {
  const entries = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
  entries.forEach((e, i) => {
    if (e.data.order !== i + 1) throw new Error(`content/chapters/${e.id}.mdx: order ${e.data.order} (expected ${i + 1}: chapters are numbered 1 to ${entries.length} without gaps)`);
    if (e.id !== e.data.slug) throw new Error(`content/chapters/${e.id}.mdx: slug "${e.data.slug}" (expected the file name, "${e.id}")`);
  });
  return Promise.all(
    entries.map(async (entry) => {
      const { Content, remarkPluginFrontmatter } = await render(entry);
      const derived = remarkPluginFrontmatter.derived as Derived;
      return { entry, derived, Content, readingMinutes: Math.max(1, Math.round((derived.words.prose + derived.words.steps) / 230)) };
    }),
  );
}
