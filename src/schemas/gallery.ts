import { z } from 'astro/zod';
import { graphicNames, type GraphicName } from './graphics/index.ts';

/** What an example in content/gallery/ demonstrates: a component an .mdx file may use. */
export const galleryComponents = ['Scrolly', 'Cite', 'Term', 'Quote', 'PullQuote', 'Aside'] as const;

/** The frontmatter of content/gallery/<example>.mdx: one example a file, rendered on /gallery/ beside its own text. */
export const gallerySchema = z.object({
  /** The example's heading on /gallery/, e.g. `"Scrolly with the map"`. */
  title: z.string({ error: (i) => (i.input === undefined ? 'missing (expected the heading of the example)' : 'expected the heading of the example, in quotes') }).min(3),
  /** The component shown, e.g. `Scrolly`. */
  component: z.enum(galleryComponents, { message: `expected one of ${galleryComponents.join(', ')}` }),
  /** For a Scrolly example, the graphic it drives, e.g. `map`: its state fields are listed beside it. */
  graphic: z.enum(graphicNames as [GraphicName, ...GraphicName[]], { message: `expected one of ${graphicNames.join(', ')}` }).optional(),
  /** Position on the page, e.g. `3`. */
  order: z.number({ message: 'expected a whole number, 1 or more' }).int().min(1),
  /** One or two sentences: when an editor reaches for this component. */
  summary: z.string({ error: (i) => (i.input === undefined ? 'missing (expected one or two sentences on when to use it)' : 'expected one or two sentences, in quotes') }).min(20),
}).refine((g) => (g.component === 'Scrolly') === (g.graphic !== undefined), {
  message: 'is set only for a Scrolly example, which must have it (expected graphic: <name> with component: Scrolly)',
  path: ['graphic'],
});
export type GalleryExample = z.output<typeof gallerySchema>;
