import { z } from 'astro/zod';
import { borderSegments } from '../../lib/charts/borderLength.ts';

const segment = z.enum(borderSegments, { message: `expected one of ${borderSegments.join(', ')}` });

/** A step of the `border-length` strip (content/data/border-length.csv). */
export const borderLengthState = () =>
  z.strictObject({
    /** Segments drawn, e.g. `["new-security", "no-imagery"]`; the whole border is always outlined. */
    show: z.array(segment).default([]),
    /** One segment drawn in the accent colour. */
    highlight: segment.optional(),
  });
