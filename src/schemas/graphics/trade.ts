import { z } from 'astro/zod';
import type { Content } from '../content.ts';
import { yearIn } from './years.ts';

/** A step of the `trade` chart (content/data/china-trade-by-year.csv). */
export const tradeState = (content: Content) => {
  const year = yearIn(content.data.trade.map((r) => r.year), 'content/data/china-trade-by-year.csv');
  return z.strictObject({
    /** Years drawn in the accent colour, e.g. `[2020, 2021]`. */
    highlight: z.array(year).default([]),
    /** Years whose bar carries its value as a label. */
    annotate: z.array(year).default([]),
    /** Split the bars into China's exports and imports, for the years that have the split. */
    split: z.boolean().default(false),
  });
};
