import { z } from 'astro/zod';
import { slugId } from './fields.ts';

/** An entry of content/glossary.yaml. */
export const glossarySchema = z.object({
  /** Used by `<Term id>` and a chapter's `keyTerms`, e.g. `donju`. */
  id: slugId,
  /** As it is written in running text, e.g. `donju`. */
  term: z.string().min(1),
  /** Other names and spellings, e.g. `["masters of money"]`. */
  also: z.array(z.string()).default([]),
  /** One or two original sentences. */
  definition: z.string().min(20, { message: 'is too short (expected one or two sentences)' }),
  /** Sources that support the definition. */
  source_ids: z.array(slugId).min(1, { message: 'is empty (expected at least one source id)' }),
});
export type GlossaryEntry = z.output<typeof glossarySchema>;
