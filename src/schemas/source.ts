import { z } from 'astro/zod';
import { slugId } from './fields.ts';

const isoDate = (empty: string) =>
  z.string().regex(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/, { message: `is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD, ${empty})` });

/**
 * A row of content/data/sources.csv: one source any page may cite, as a newsroom cites it. The url is
 * the publisher's own page (or the page of the newspaper named in `published_by`), never a copy on
 * another site: the loader checks its host against content/data/publishers.csv.
 */
export const sourceSchema = z.object({
  /** Short slug used by `<Cite id>` and every `source_ids` column, e.g. `reuters-2023-border`. */
  id: slugId,
  /** Who published it: the newsroom, wire, agency, ministry or think tank, e.g. `Reuters`, `Wikipedia (English)`. */
  publisher: z.string().min(1, { message: 'is empty (expected the publisher)' }),
  /** The headline or page title. */
  title: z.string().min(1, { message: 'is empty (expected the title)' }),
  /** ISO date, year-month or year; empty if unknown. */
  date: isoDate('or empty'),
  /** The publisher's own page; empty where it could not be found (the source is then cited as print cites it). */
  url: z.union([z.literal(''), z.url({ message: 'is not a URL (expected https://..., or empty)' })]),
  /** What we used from it, any reliability caveat, and whether we read it only in a third-party copy (never the copy's address). */
  notes: z.string(),
  /** The writer(s), where known, e.g. `Laura Bicker`. */
  author: z.string(),
  /** The newspaper whose page `url` is when it republished a wire story, e.g. `Arkansas Democrat-Gazette`. */
  published_by: z.string(),
  /** When we read it, for pages that change (Wikipedia): YYYY, YYYY-MM or YYYY-MM-DD, or empty. */
  read: isoDate('or empty'),
});
export type Source = z.output<typeof sourceSchema>;

/** A row of content/data/publishers.csv: the web domains a publisher's own pages live on. */
export const publisherSchema = z.object({
  /** As written in sources.csv's `publisher` or `published_by`, e.g. `Yonhap`. */
  publisher: z.string().min(1, { message: 'is empty (expected the publisher, as sources.csv names it)' }),
  /** `;`-separated host names; a subdomain of one counts too (`yna.co.kr` covers `en.yna.co.kr`). */
  domains: z
    .string()
    .transform((s) => s.split(';').map((d) => d.trim().toLowerCase()).filter(Boolean))
    .refine((ds) => ds.length > 0 && ds.every((d) => /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(d)), {
      message: 'is not a list of host names (expected e.g. "reuters.com" or "yna.co.kr;yonhapnews.co.kr")',
    }),
  notes: z.string(),
});
export type Publisher = z.output<typeof publisherSchema>;
