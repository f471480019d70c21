import { z } from 'astro/zod';
import { slugId } from './fields.ts';

/** A row of content/data/corrections.csv: one correction, as the log on /about/ shows it. */
export const correctionSchema = z.object({
  /** e.g. `c-bs-01`. */
  id: slugId,
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'is not a date (expected YYYY-MM-DD)' }),
  /** The page corrected: a chapter slug, or `about`, `glossary`, `sources`, `data`. */
  page: slugId,
  /** What was wrong and what the page says now, in one or two sentences. */
  correction: z.string().min(1, { message: 'is empty (expected what was wrong and what it says now)' }),
  /** `;`-separated source ids that support the corrected text; empty for a copy fix. */
  source_ids: z.string().transform((s) => s.split(';').map((id) => id.trim()).filter(Boolean)),
});
export type Correction = z.output<typeof correctionSchema>;
