import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir, loadContent } from './data/content.ts';
import { chapterSchema, pageSchema } from './schemas/chapter.ts';
import { datasets, type DatasetName } from './schemas/datasets.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { quoteSchema } from './schemas/quote.ts';
import { sourceSchema } from './schemas/source.ts';

const dir = contentDir();

// loadContent() parses every registry and dataset with the schemas in src/schemas and cross-checks
// them (duplicate ids, unknown source ids), failing with file:line. The registry collections hand
// the same checked rows to pages; their schemas only describe the shape for TypeScript.
const checked = <T>(pick: (c: ReturnType<typeof loadContent>) => Iterable<T>) => async () =>
  [...pick(loadContent(dir))].map((row) => ({ ...row }) as T & { id: string });

const located = { line: z.number() };
const sourceIdList = { source_ids: z.array(z.string()) };

export const collections = {
  chapters: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${dir}/chapters` }), schema: chapterSchema }),
  pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${dir}/pages` }), schema: pageSchema }),
  sources: defineCollection({ loader: checked((c) => c.sources.values()), schema: sourceSchema.extend(located) }),
  quotes: defineCollection({ loader: checked((c) => c.quotes.values()), schema: quoteSchema.extend({ ...located, ...sourceIdList }) }),
  glossary: defineCollection({ loader: checked((c) => c.glossary.values()), schema: glossarySchema }),
  data: defineCollection({
    loader: checked((c) => (Object.keys(datasets) as DatasetName[]).map((id) => ({ id, file: datasets[id].file, rows: c.data[id] }))),
    schema: z.object({ file: z.string(), rows: z.array(z.record(z.string(), z.unknown())) }),
  }),
};
