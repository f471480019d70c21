// The editors' gallery: each example in content/gallery/ with what the page shows beside it: the
// file's own text (read from disk at build time, so it cannot drift from what is rendered), the
// props of its component read from the component's source, and for a Scrolly the fields of its
// graphic's step state read from the zod schema and its doc comments.
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Derived } from '../schemas/derived.ts';
import type { PropDoc } from '../lib/docs/propDoc.ts';
import { componentProps, exampleText, graphicStateProps, type ComponentName } from './galleryDocs.ts';

export { componentFiles, graphicFiles } from './galleryDocs.ts';

export interface GalleryExample {
  entry: CollectionEntry<'gallery'>;
  /** The file, as the project shows it, e.g. `content/gallery/cite.mdx`. */
  file: string;
  /** The example's MDX: the file's text after the frontmatter. */
  text: string;
  derived: Derived;
  Content: Awaited<ReturnType<typeof render>>['Content'];
  props: { component: ComponentName; rows: PropDoc[] }[];
  state?: PropDoc[];
}

export async function galleryExamples(): Promise<GalleryExample[]> {
  const entries = (await getCollection('gallery')).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  return Promise.all(
    entries.map(async (entry) => {
      const path = resolve(entry.filePath ?? join('content/gallery', `${entry.id}.mdx`));
      const { Content, remarkPluginFrontmatter } = await render(entry);
      const { component, graphic } = entry.data;
      const names: ComponentName[] = component === 'Scrolly' ? ['Scrolly', 'Step'] : [component];
      return {
        entry,
        file: relative(process.cwd(), path),
        text: exampleText(readFileSync(path, 'utf8')),
        derived: remarkPluginFrontmatter.derived as Derived,
        Content,
        props: names.map((n) => ({ component: n, rows: componentProps(n) })),
        ...(graphic ? { state: graphicStateProps(graphic) } : {}),
      };
    }),
  );
}
