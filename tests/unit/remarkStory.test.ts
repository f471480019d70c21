import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import { remarkStory } from '../../src/mdx/remarkStory.ts';
import type { Derived } from '../../src/schemas/derived.ts';

async function derive(path: string, value: string): Promise<Derived> {
  const file = new VFile({ path, value });
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkStory);
  await processor.run(processor.parse(file) as Root, file);
  return (file.data as { astro: { frontmatter: { derived: Derived } } }).astro.frontmatter.derived;
}

describe('remarkStory: sequences', () => {
  const step = (id: string) => `<Step id="${id}" state={{}}>\n\nStep ${id}.\n\n</Step>`;
  const body = ['Text.', `<Scrolly graphic="trade" title="Trade &amp; aid">\n\n${step('a')}\n\n${step('b')}\n\n</Scrolly>`, 'More.', `<Scrolly graphic="defectors">\n\n${step('c')}\n\n</Scrolly>`].join('\n\n');

  it('groups steps by sequence in reading order with the title written on each <Scrolly>', async () => {
    const { sequences } = await derive('content/chapters/a-chapter.mdx', body);
    expect(sequences.map((s) => [s.id, s.graphic, s.title, s.steps.map((x) => x.id)])).toEqual([
      ['a', 'trade', 'Trade & aid', ['a', 'b']],
      ['c', 'defectors', 'The defectors graphic', ['c']],
    ]);
  });

  it('names the page a sequence is on: a chapter by its file name, a gallery example as the gallery', async () => {
    expect((await derive('content/chapters/a-chapter.mdx', body)).sequences.map((s) => s.page)).toEqual(['a-chapter', 'a-chapter']);
    const gallery = await derive('content/gallery/scrolly-trade.mdx', body);
    expect(gallery.sequences.map((s) => [s.id, s.page])).toEqual([['scrolly-trade--a', 'gallery'], ['scrolly-trade--c', 'gallery']]);
  });
});
