import { z } from 'astro/zod';
import { sourceIds } from './fields.ts';

/** A row of content/data/quotes.csv. `quote` is the wording we publish. */
export const quoteSchema = z.object({
  id: z.string().regex(/^q-\d+$/, { message: 'is not a quote id (expected e.g. "q-07")' }),
  chapter: z.string(),
  speaker: z.string().min(1, { message: 'is empty (expected who said it)' }),
  role: z.string(),
  quote: z.string().min(1, { message: 'is empty (expected the exact words)' }),
  source_ids: sourceIds,
  /**
   * `original`: the words as the publisher printed them. `seed-only`: only a back-translated copy was
   * read, so the site must paraphrase rather than quote.
   */
  wording: z.enum(['original', 'seed-only'], { message: 'expected "original" or "seed-only"' }),
  /** What the back-translated seed says, where it differs from `quote`. */
  seed_text: z.string(),
  notes: z.string(),
});
export type Quote = z.output<typeof quoteSchema>;
