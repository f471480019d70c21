import { z } from 'astro/zod';
import { hoeryongLayers } from '../../lib/charts/hoeryong.ts';

/** A step of the `hoeryong` schematic (content/data/hoeryong.csv). */
export const hoeryongState = () =>
  z.strictObject({
    /** Layers drawn on the 7.4 km section, e.g. `["watchtowers", "guard-posts"]`; `[]` is the bare section. */
    show: z.array(z.enum(hoeryongLayers, { message: `expected one of ${hoeryongLayers.join(', ')}` })).default([]),
  });
