import { z } from 'astro/zod';
import type { Content } from '../content.ts';
import { yearIn } from './years.ts';

/** A step of the `defectors` chart (content/data/defectors-by-year.csv). */
export const defectorsState = (content: Content) => {
  const year = yearIn(content.data.defectors.map((r) => r.year), 'content/data/defectors-by-year.csv');
  return z.strictObject({
    /** Years drawn in the accent colour, e.g. `[2019, 2022]`. */
    highlight: z.array(year).default([]),
    /** Years whose bar carries its value as a label, e.g. `[2019, 2022]`. */
    annotate: z.array(year).default([]),
    /** Top of the y axis, to make small numbers readable, e.g. `300`; taller bars are cut and marked. */
    yMax: z.number().positive().optional(),
  });
};
