import { z } from 'astro/zod';
import { chapterSlugs, slugId } from './fields.ts';

/** The frontmatter of content/chapters/<slug>.mdx. Sources, steps and word counts are derived, never typed. */
export const chapterSchema = z.object({
  /** The headline, e.g. `"The sealing of the border"`. */
  title: z.string().min(3),
  /** One sentence that sums the chapter up. */
  dek: z.string().min(20, { message: 'is too short (expected one sentence)' }),
  /** Position in the story, 1 to 4. */
  order: z.number().int().min(1).max(4),
  /** The URL segment: one of the four chapter slugs. */
  slug: z.enum(chapterSlugs, { message: `expected one of ${chapterSlugs.join(', ')}` }),
  /** Last substantive update, e.g. `2026-11-23`. */
  updated: z.coerce.date({ message: 'is not a date (expected YYYY-MM-DD)' }),
  /** Two or three sentences for teachers. */
  summary: z.string().min(40, { message: 'is too short (expected two or three sentences)' }),
  /** Glossary ids, e.g. `[donju, jangmadang]`. */
  keyTerms: z.array(slugId).min(1, { message: 'is empty (expected at least one glossary id)' }),
  /** What a student can do after reading, e.g. `"Explain why ..."`. */
  learningGoals: z.array(z.string().min(10)).min(1),
  /** Exactly three questions for class discussion. */
  discussionQuestions: z.array(z.string().min(10)).length(3, { message: 'expected exactly 3 questions' }),
});
export type Chapter = z.output<typeof chapterSchema>;

/** The frontmatter of content/pages/*.mdx (home, about). */
export const pageSchema = z.object({
  title: z.string().min(3),
  dek: z.string().min(20),
});
