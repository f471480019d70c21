import { z } from 'astro/zod';
import type { Content } from '../content.ts';
import { yearIn } from './years.ts';

/** A step of the `tally` fixture graphic (content/data/defectors-by-year.csv). */
export const tallyState = (content: Content) => {
  const year = yearIn(content.data.defectors.map((r) => r.year), 'content/data/defectors-by-year.csv');
  return z.strictObject({
    /** Years marked with a filled dot, e.g. `[2019, 2022]`. */
    years: z.array(year),
  });
};
