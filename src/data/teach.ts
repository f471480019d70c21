// What a chapter's page, its teaching page and its handout show beyond the story, gathered in one
// place from its frontmatter, the MDX check's derived data and the registries.
import { getEntry } from 'astro:content';
import type { ChapterPage } from './chapters.ts';
import { chapterSequences, type Sequence } from '../lib/teach/chapterSequences.ts';
import type { Derived } from '../schemas/derived.ts';

export type TeachStep = Derived['steps'][number] & { n: number };

export async function chapterData(chapter: ChapterPage) {
  const { data } = chapter.entry;
  const terms = await Promise.all(
    data.keyTerms.map(async (id) => {
      const term = await getEntry('glossary', id);
      if (!term) throw new Error(`content/chapters/${chapter.entry.id}.mdx: keyTerms: unknown glossary id "${id}" (expected an id from content/glossary.yaml)`);
      return term.data;
    }),
  );
  const sources = await Promise.all(chapter.derived.sources.map(async (id) => (await getEntry('sources', id))!.data));
  const steps: TeachStep[] = chapter.derived.steps.map((s, i) => ({ ...s, n: i + 1 }));
  const sequences: Sequence<TeachStep>[] = chapterSequences(chapter.entry.body ?? '', steps);
  const updated = data.updated.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return { data, terms, sources, steps, sequences, updated };
}
