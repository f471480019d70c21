import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { remarkStory } from '../../src/mdx/remarkStory.ts';
import type { Derived } from '../../src/schemas/derived.ts';

async function run(path: string, value: string): Promise<{ tree: Root; derived: Derived }> {
  const file = new VFile({ path, value });
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkStory);
  const tree = processor.parse(file) as Root;
  await processor.run(tree, file);
  return { tree, derived: (file.data as { astro: { frontmatter: { derived: Derived } } }).astro.frontmatter.derived };
}
const derive = async (path: string, value: string) => (await run(path, value)).derived;

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

describe('remarkStory: one sequence alone', () => {
  const step = (id: string) => `<Step id="${id}" state={{}}>\n\nStep ${id}.\n\n</Step>`;
  const scrolly = (id: string) => `<Scrolly graphic="trade">\n\n${step(id)}\n\n</Scrolly>`;

  /** The top-level blocks as `Name[children]`, a line break as `\n`, and which carry only={props.sfOnly}. */
  const outline = (tree: Root) => {
    const [fragment, ...rest] = tree.children;
    expect(rest).toEqual([]);
    const blocks = (fragment as MdxJsxFlowElement).children as (MdxJsxFlowElement | { type: string; value?: string })[];
    return blocks.map((b) => {
      const jsx = b as MdxJsxFlowElement;
      const only = jsx.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'only');
      const wired = typeof only?.value === 'object' && only.value?.value === 'props.sfOnly' && only.value.data?.estree !== undefined;
      const inner = jsx.name === 'Prose' ? `[${jsx.children.map((c) => (c.type === ('text' as string) ? '\\n' : c.type)).join(' ')}]` : '';
      return `${jsx.name}${inner}${wired ? ' only' : ''}`;
    });
  };

  it('wires each <Scrolly> and the prose between them to props.sfOnly, with the line breaks between blocks inside the prose', async () => {
    const { tree } = await run('content/chapters/a-chapter.mdx', ['Text.', '## Heading', scrolly('a'), 'More.', scrolly('b'), scrolly('c'), 'End.'].join('\n\n'));
    expect(outline(tree)).toEqual([
      'Prose[paragraph \\n heading \\n] only',
      'Scrolly only',
      'Prose[\\n paragraph \\n] only',
      'Scrolly only',
      'Prose[\\n] only',
      'Scrolly only',
      'Prose[\\n paragraph] only',
    ]);
  });

  it('leaves a page without sequences as it is', async () => {
    const { tree } = await run('content/pages/about.mdx', 'Text.\n\nMore.');
    expect(tree.children.map((c) => c.type)).toEqual(['paragraph', 'paragraph']);
  });

  it('rejects a <Scrolly> inside another element, which could not be embedded alone', async () => {
    await expect(run('content/chapters/a-chapter.mdx', `Text.\n\n<Aside>\n\n${scrolly('a')}\n\n</Aside>`)).rejects.toThrow(
      /^content\/chapters\/a-chapter\.mdx:5:1  <Scrolly> inside another element  \(expected <Scrolly> at the top level of the file/,
    );
  });
});

describe('remarkStory: what a step says', () => {
  const steps = async (...bodies: string[]) =>
    (await derive('content/chapters/a-chapter.mdx', `<Scrolly graphic="trade">\n\n${bodies.map((b, i) => `<Step id="s${i}" state={{}}${i === 0 ? ' notes="  Ask the class\n  why. "' : ''}>\n\n${b}\n\n</Step>`).join('\n\n')}\n\n</Scrolly>`)).steps;

  it('reads its lead: its words up to its first citation, with tags gone, their text kept and blocks a space apart', async () => {
    const [a, b, c, d] = await steps(
      'Trade with the **donju** & <Term id="jangmadang">the markets</Term> fell. <Cite id="reuters-2023-border" /> It rose again.',
      'First block.\n\nSecond _block_ <Cite ids={["reuters-2023-border"]} />.',
      'Nothing cited here.',
      '<Cite id="reuters-2023-border" /> Cited first.',
    );
    expect([a!.lead, b!.lead, c!.lead, d!.lead]).toEqual(['Trade with the donju & the markets fell.', 'First block. Second block', 'Nothing cited here.', '']);
  });

  it('reads its teaching notes with whitespace collapsed, and none where it has none', async () => {
    const [a, b] = await steps('One.', 'Two.');
    expect([a!.notes, b!.notes]).toEqual(['Ask the class why.', undefined]);
    expect('notes' in b!).toBe(false);
  });
});
