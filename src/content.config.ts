import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { contentDir, loadContent } from './loader/loadContent.ts';
import { chapterSchema, pageSchema } from './schemas/chapter.ts';
import { gallerySchema } from './schemas/gallery.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { quoteSchema } from './schemas/quote.ts';
import { sourceSchema } from './schemas/source.ts';

const dir = contentDir();

// loadContent() parses every registry and dataset with the schemas in src/schemas and cross-checks
// them (duplicate ids, unknown source ids), failing with file:line. The registry collections hand
// the same checked rows to pages; their schemas only describe the shape for TypeScript. In
// `npm run dev` they reload when a file of content/data/ or glossary.yaml changes, so a new source
// can be cited without restarting the server (a broken file is reported and the last good rows kept).
const checked = <T extends object>(pick: (c: ReturnType<typeof loadContent>) => Iterable<T>): Loader => ({
  name: 'sealed-frontier-registry',
  load: async ({ store, parseData, generateDigest, watcher, logger }) => {
    const sync = async () => {
      const rows = [...pick(loadContent(dir))] as (T & { id: string })[];
      store.clear();
      for (const row of rows) {
        const data = await parseData({ id: row.id, data: { ...row } });
        store.set({ id: row.id, data, digest: generateDigest(data) });
      }
    };
    await sync();
    const registries = [join(dir, 'data'), join(dir, 'glossary.yaml')];
    watcher?.add(registries);
    watcher?.on('change', (path) => {
      if (!registries.some((r) => path.startsWith(r))) return;
      sync().catch((e: unknown) => logger.error((e as Error).message));
    });
  },
});

const located = { line: z.number() };
const sourceIdList = { source_ids: z.array(z.string()) };

export const collections = {
  chapters: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${dir}/chapters` }), schema: chapterSchema }),
  pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${dir}/pages` }), schema: pageSchema }),
  sources: defineCollection({ loader: checked((c) => c.sources.values()), schema: sourceSchema.extend(located) }),
  quotes: defineCollection({ loader: checked((c) => c.quotes.values()), schema: quoteSchema.extend({ ...located, ...sourceIdList }) }),
  glossary: defineCollection({ loader: checked((c) => c.glossary.values()), schema: glossarySchema }),
  // The editors' component gallery (/gallery/): one example a file, shown live beside its own text.
  gallery: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${dir}/gallery` }), schema: gallerySchema }),
};
