import { z } from 'astro/zod';
import { slugId } from './fields.ts';

/** A row of content/data/sources.csv: one source any page may cite. */
export const sourceSchema = z.object({
  /** Short slug used by `<Cite id>` and every `source_ids` column, e.g. `reuters-2023-border`. */
  id: slugId,
  /** Who published what we read, e.g. `The Japan Times (Reuters wire reprint)`. */
  publisher: z.string().min(1, { message: 'is empty (expected the publisher)' }),
  /** The headline or page title. */
  title: z.string().min(1, { message: 'is empty (expected the title)' }),
  /** ISO date, year-month or year; empty if unknown. */
  date: z.string().regex(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/, { message: 'is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD, or empty)' }),
  /** The page actually read; empty where none could be verified. */
  url: z.union([z.literal(''), z.url({ message: 'is not a URL (expected https://..., or empty)' })]),
  /** What we used from it, and any reliability caveat. */
  notes: z.string(),
});
export type Source = z.output<typeof sourceSchema>;
