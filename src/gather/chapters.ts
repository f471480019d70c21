// Chapters in reading order, each with what its MDX check derived (sources, steps, words).
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { Derived } from '../schemas/derived.ts';
import { readingMinutes } from '../lib/teach/readingMinutes.ts';
import { checkChapterOrder } from '../lib/content/chapterOrder.ts';

export interface ChapterPage {
  entry: CollectionEntry<'chapters'>;
  derived: Derived;
  Content: Awaited<ReturnType<typeof render>>['Content'];
  /** Minutes at 230 words a minute, prose and steps together. */
  readingMinutes: number;
}

export async function chapters(): Promise<ChapterPage[]> {
  const entries = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
  const [problem] = checkChapterOrder(entries.map((e) => ({ id: e.id, slug: e.data.slug, order: e.data.order })));
  if (problem) throw new Error(`content/chapters/${problem.id}.mdx: ${problem.message}`);
  return Promise.all(
    entries.map(async (entry) => {
      const { Content, remarkPluginFrontmatter } = await render(entry);
      const derived = remarkPluginFrontmatter.derived as Derived;
      return { entry, derived, Content, readingMinutes: readingMinutes(derived.words.prose + derived.words.steps) };
    }),
  );
}
