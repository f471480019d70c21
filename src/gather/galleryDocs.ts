// What the editors' gallery shows beside each example, read from the code itself: the props of each
// component (from its source) and the fields of each graphic's step state (from its zod schema and
// the doc comments beside the fields). No astro:content here, so unit tests can use it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { loadContent } from '../loader/loadContent.ts';
import { astroProps } from '../lib/docs/astroProps.ts';
import { schemaComments } from '../lib/docs/schemaComments.ts';
import { stateProps, type JsonSchema } from '../lib/docs/stateProps.ts';
import type { PropDoc } from '../lib/docs/propDoc.ts';
import { graphics, type GraphicName } from '../schemas/graphics/index.ts';
import { datasets } from '../schemas/datasets.ts';
import type { galleryComponents } from '../schemas/gallery.ts';

export type ComponentName = (typeof galleryComponents)[number] | 'Step';

/** Where each component an editor may use is written (the props tables are read from these files). */
export const componentFiles: Record<ComponentName, string> = {
  Scrolly: 'src/components/scrolly/Scrolly.astro',
  Step: 'src/components/scrolly/Step.astro',
  Cite: 'src/components/Cite.astro',
  Term: 'src/components/Term.astro',
  Quote: 'src/components/Quote.astro',
  PullQuote: 'src/components/PullQuote.astro',
  Aside: 'src/components/Aside.astro',
};

/** Where a graphic's step state is defined, and the data it draws (from the graphics registry). */
export function graphicFiles(graphic: GraphicName): { schema: string; data: string } {
  const { schemaFile, dataset } = graphics[graphic];
  return { schema: schemaFile, data: datasets[dataset].file };
}

const project = (path: string) => readFileSync(join(process.cwd(), path), 'utf8');

/** The text of an .mdx file after its frontmatter: what an editor would paste into a chapter. */
export function exampleText(fileText: string): string {
  return fileText.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '').trim();
}

/** The props an editor writes, for the gallery's tables. */
export function componentProps(name: ComponentName): PropDoc[] {
  return astroProps(project(componentFiles[name])).filter((p) => !p.internal);
}

/** The fields of a graphic's step `state`, with types, defaults and doc comments. */
export function graphicStateProps(graphic: GraphicName): PropDoc[] {
  const schema = z.toJSONSchema(graphics[graphic].state(loadContent()), { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return stateProps(schema, schemaComments(project(graphics[graphic].schemaFile)));
}
