import { z } from 'astro/zod';
import { slugId } from './fields.ts';
import { homeFields } from './home.ts';

/** An error that says whether the field is missing or of the wrong kind, and what it should be. */
const want = (what: string) => ({
  error: (issue: { input: unknown }) => {
    if (issue.input === undefined) return `missing (expected ${what})`;
    // z.coerce.date hands on the Date it made: an invalid one means the text was not a date.
    const received = issue.input instanceof Date ? 'something that is not a date' : JSON.stringify(issue.input);
    return `expected ${what}, received ${received}`;
  },
});

/** The frontmatter of content/chapters/<slug>.mdx. Sources, steps and word counts are derived, never typed. */
export const chapterSchema = z.object({
  /** The headline, e.g. `"The sealing of the border"`. */
  title: z.string(want('the headline, in quotes')).min(3),
  /** One sentence that sums the chapter up. */
  dek: z.string(want('one sentence that sums up the chapter')).min(20, { message: 'is too short (expected one sentence)' }),
  /** Position in the story, e.g. `2`: the chapters are numbered 1, 2, 3 ... without gaps (src/gather/chapters.ts). */
  order: z.number(want('a whole number, 1 or more')).int({ message: 'expected a whole number, 1 or more' }).min(1, { message: 'expected a whole number, 1 or more' }),
  /** The URL segment and the file name, in kebab case, e.g. `border-sealing` for content/chapters/border-sealing.mdx. */
  slug: z.string(want('a kebab-case slug, the file name without .mdx')).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'is not a kebab-case slug (expected e.g. "border-sealing", the file name without .mdx)' }),
  /** Last substantive update, e.g. `2026-11-23`. */
  updated: z.coerce.date(want('a date such as 2026-11-23')),
  /** Two or three sentences for teachers. */
  summary: z.string(want('two or three sentences for teachers')).min(40, { message: 'is too short (expected two or three sentences)' }),
  /** Glossary ids, e.g. `[donju, jangmadang]`. */
  keyTerms: z.array(slugId, want('a list of glossary ids, e.g. [donju, jangmadang]')).min(1, { message: 'is empty (expected at least one glossary id)' }),
  /** What a student can do after reading, e.g. `"Explain why ..."`. */
  learningGoals: z.array(z.string().min(10), want('a list of learning goals')).min(1),
  /** Exactly three questions for class discussion. */
  discussionQuestions: z.array(z.string().min(10), want('a list of three questions')).length(3, { message: 'expected exactly 3 questions' }),
});
export type Chapter = z.output<typeof chapterSchema>;

/** The frontmatter of content/pages/*.mdx (home, about, teach); the home page also has its map and cards. */
export const pageSchema = z.object({
  title: z.string(want('the page title')).min(3),
  dek: z.string(want('one sentence that sums up the page')).min(20),
  ...homeFields,
});
