import { z } from 'astro/zod';
import { slugId } from './fields.ts';

/** Says whether a field is missing or of the wrong kind, and what it should be. */
const want = (what: string) => ({
  error: (issue: { input: unknown }) => (issue.input === undefined ? `missing (expected ${what})` : `expected ${what}, received ${JSON.stringify(issue.input)}`),
});

/** An entry of content/glossary.yaml. */
export const glossarySchema = z.object({
  /** Used by `<Term id>` and a chapter's `keyTerms`, e.g. `donju`. */
  id: slugId,
  /** As it is written in running text, e.g. `donju`. */
  term: z.string(want('the term as it is written in running text')).min(1, { message: 'is empty (expected the term as it is written in running text)' }),
  /** Other names and spellings, e.g. `["masters of money"]`. */
  also: z.array(z.string(), want('a list of other names, e.g. ["masters of money"]')).default([]),
  /** One or two original sentences. */
  definition: z.string(want('one or two sentences in our own words')).min(20, { message: 'is too short (expected one or two sentences)' }),
  /** Sources that support the definition. */
  source_ids: z.array(slugId, want('a list of source ids, e.g. [reuters-2023-border]')).min(1, { message: 'is empty (expected at least one source id)' }),
});
export type GlossaryEntry = z.output<typeof glossarySchema>;
