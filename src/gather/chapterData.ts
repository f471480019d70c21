// What a chapter's page, its teaching page and its handout show beyond the story, gathered in one
// place from its frontmatter, the MDX check's derived data and the registries.
import { getEntry } from 'astro:content';
import type { ChapterPage } from './chapters.ts';
import type { DerivedSequence, DerivedStep } from '../schemas/derived.ts';

/** A step with its number in the chapter, from 1: the handout and the key-moments sheet count them. */
export type TeachStep = DerivedStep & { n: number };
export type TeachSequence = Omit<DerivedSequence, 'steps'> & { steps: TeachStep[] };

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
  const numbered = new Map(steps.map((s) => [s.id, s]));
  const sequences: TeachSequence[] = chapter.derived.sequences.map((seq) => ({ ...seq, steps: seq.steps.map((s) => numbered.get(s.id)!) }));
  const updated = data.updated.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return { data, terms, sources, steps, sequences, updated };
}
