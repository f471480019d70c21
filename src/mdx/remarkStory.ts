// The MDX contract with editors, checked while each .mdx file compiles so that every error can name
// the file, line and column the editor typed. It also derives what pages need from the text itself
// (the sources cited, in order; the steps; word counts), so nothing is typed twice.
import type { Root, RootContent, Parent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import type { Program } from 'estree';
import { parse } from 'acorn';
import type { VFile } from 'vfile';
import type { z } from 'astro/zod';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { loadContent, shown } from '../loader/loadContent.ts';
import type { Content } from '../schemas/content.ts';
import type { Derived, DerivedStep } from '../schemas/derived.ts';
import { estreeToValue, type Plain } from '../lib/mdx/estreeToValue.ts';
import { countWords } from '../lib/text/countWords.ts';
import { graphicNames, graphics, isGraphicName, type GraphicName } from '../schemas/graphics/index.ts';

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;
type Fail = (message: string, at?: object) => never;

export const components = ['Cite', 'Term', 'Quote', 'PullQuote', 'Scrolly', 'Step', 'Aside'] as const;

const isJsx = (node: RootContent | Root): node is Jsx =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

export class ContentError extends Error {
  override name = 'ContentError';
}

function place(file: string, node: { position?: { start: { line: number; column: number } } } | undefined) {
  const at = node?.position?.start;
  return at ? `${file}:${at.line}:${at.column}` : file;
}

function attribute(node: Jsx, name: string): MdxJsxAttribute | undefined {
  return node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
}

function setAttribute(node: Jsx, name: string, value: string) {
  node.attributes = node.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === name));
  node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

/** The value of `name="x"` or `name={...}` as plain data; undefined when the attribute is absent. */
function readAttribute(node: Jsx, name: string, fail: Fail): Plain | undefined {
  const attr = attribute(node, name);
  if (!attr) return undefined;
  if (attr.value === null || attr.value === undefined) return true;
  if (typeof attr.value === 'string') return attr.value;
  const program = attr.value.data?.estree as Program | undefined;
  if (!program) fail(`<${node.name}> ${name}: could not read the expression  (expected plain data)`, attr);
  try {
    return estreeToValue(program);
  } catch (e) {
    return fail(`<${node.name}> ${name}: ${(e as Error).message}`, attr);
  }
}

/**
 * `only={props.sfOnly}`: the prop a page gives `<Content sfOnly="<first step id>" />` to render one
 * sequence alone (an embed). Each attribute gets its own estree, as the MDX compiler rewrites it.
 */
function onlyAttribute(): MdxJsxAttribute {
  const estree = parse('props.sfOnly', { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as Program;
  return { type: 'mdxJsxAttribute', name: 'only', value: { type: 'mdxJsxAttributeValueExpression', value: 'props.sfOnly', data: { estree } } };
}

/** Nodes that render nothing, so no line break is written beside them (as mdast-util-to-hast does). */
const unrendered = new Set(['yaml', 'toml', 'definition', 'footnoteDefinition']);

/**
 * Lets a page with sequences render one of them alone: each top-level `<Scrolly>` gets `only`, and
 * each run of prose between them is wrapped in `<Prose only>`, which renders nothing when it is
 * set. The line breaks the HTML has between top-level blocks are written here, each inside a
 * Prose, and the blocks go in one fragment (where no break is added), so a chapter renders byte for
 * byte as before and a sequence alone has none around it. Citation numbers and first uses of terms
 * are already written on the elements, so a sequence alone shows the page's own.
 */
function renderableAlone(tree: Root) {
  const blocks: MdxJsxFlowElement['children'] = [];
  let prose: MdxJsxFlowElement | undefined;
  const openProse = () => {
    if (!prose) blocks.push((prose = { type: 'mdxJsxFlowElement', name: 'Prose', attributes: [onlyAttribute()], children: [] }));
    return prose;
  };
  // The break is text, which mdast allows only in phrasing; mdast-util-to-hast writes it as it is.
  const lineBreak = () => ({ type: 'text', value: '\n' }) as unknown as MdxJsxFlowElement['children'][number];
  let rendered = false;
  for (const node of tree.children) {
    if (node.type === 'mdxjsEsm') continue; // imports and exports stay at the top level, where MDX needs them
    if (isJsx(node) && node.name === 'Scrolly') {
      if (rendered) openProse().children.push(lineBreak());
      node.attributes.push(onlyAttribute());
      blocks.push(node as MdxJsxFlowElement);
      prose = undefined;
      rendered = true;
      continue;
    }
    const renders = !unrendered.has(node.type);
    if (renders && rendered) openProse().children.push(lineBreak());
    openProse().children.push(node as MdxJsxFlowElement['children'][number]);
    rendered ||= renders;
  }
  tree.children = [...tree.children.filter((node) => node.type === 'mdxjsEsm'), { type: 'mdxJsxFlowElement', name: null, attributes: [], children: blocks }];
}

/** Nodes whose children run on in one line of text; other parents hold blocks, read with a space between. */
const phrasing = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'mdxJsxTextElement', 'tableCell']);
const isCite = (node: RootContent) => isJsx(node) && node.name === 'Cite';
const holdsCite = (node: RootContent): boolean => isCite(node) || ('children' in node && (node.children as RootContent[]).some(holdsCite));

/** The text of `node` up to its first `<Cite>`: leadOf(<p>Trade fell <Cite id="x" /> in 2020.</p>) -> "Trade fell". */
function leadOf(node: Parent): string {
  const words: string[] = [];
  for (const child of node.children) {
    if (isCite(child)) break;
    if (!holdsCite(child)) {
      words.push(toString(child));
      continue;
    }
    words.push(leadOf(child as Parent));
    break;
  }
  return words.join(phrasing.has(node.type) ? '' : ' ').replace(/\s+/g, ' ').trim();
}

function formatIssue(path: PropertyKey[], message: string) {
  const field = path.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : `${out}.${String(p)}`), 'state');
  return `${field}: ${message}`;
}

/** A chapter's `keyTerms` must name glossary entries; the frontmatter is read from disk for its lines. */
function checkKeyTerms(full: string, content: Content, fail: Fail) {
  if (!existsSync(full)) return;
  const text = readFileSync(full, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) return;
  const front = yaml.load(match[1]!) as { keyTerms?: unknown } | null;
  if (!Array.isArray(front?.keyTerms)) return;
  const lines = text.split('\n');
  for (const id of front.keyTerms) {
    if (typeof id === 'string' && content.glossary.has(id)) continue;
    const at = lines.findIndex((l, i) => i > 0 && l.includes(String(id)) && lines.slice(0, i + 1).some((p) => p.startsWith('keyTerms')));
    fail(`keyTerms: unknown glossary id "${String(id)}"  (expected an id from content/glossary.yaml)`, {
      position: { start: { line: at + 1, column: Math.max(1, (lines[at] ?? '').indexOf(String(id)) + 1) } },
    });
  }
}

/**
 * The gallery shows many example files on one page, so their step ids (checked once per file) are
 * made page-unique: `<Step id="peak">` in content/gallery/defectors.mdx becomes `#defectors--peak`.
 */
export function stepIdPrefix(path: string, contentDir: string): string {
  return dirname(resolve(path)) === join(resolve(contentDir), 'gallery') ? `${basename(path).replace(/\.mdx?$/, '')}--` : '';
}

/** The page a file's sequences are on, which names their CSV: `gallery` for the gallery's examples, else the file's name (a chapter's slug). */
export function pageOf(path: string, contentDir: string): string {
  return stepIdPrefix(path, contentDir) ? 'gallery' : basename(path).replace(/\.mdx?$/, '');
}

export interface RemarkStoryOptions {
  /** Where the registries come from; `npm run check` passes a loader that reports every problem. */
  load?: () => Content;
}

export function remarkStory(options: RemarkStoryOptions = {}) {
  return (tree: Root, file: VFile) => {
    const content: Content = (options.load ?? loadContent)();
    const path = shown(file.path);
    const prefix = stepIdPrefix(file.path, content.dir);
    const page = pageOf(file.path, content.dir);
    const fail: Fail = (message, at) => {
      throw new ContentError(`${place(path, at as Jsx)}  ${message}`);
    };

    const derived: Derived = { sources: [], steps: [], sequences: [], terms: [], words: { prose: 0, steps: 0 }, citations: 0, references: [] };
    const stepIds = new Map<string, string>();
    const cite = (ids: string[]) => {
      derived.citations++;
      derived.references.push(...ids);
      return ids.map((id) => {
        let n = derived.sources.indexOf(id);
        if (n === -1) n = derived.sources.push(id) - 1;
        return n + 1;
      }).join(' ');
    };

    // One check a component: it validates the element's props, sets the props the component reads,
    // and records what pages derive from it.
    const checkCite = (node: Jsx) => {
      const id = readAttribute(node, 'id', fail);
      const ids = readAttribute(node, 'ids', fail);
      const list = id !== undefined ? [id] : ids;
      if (!Array.isArray(list) || list.length === 0 || !list.every((x) => typeof x === 'string')) {
        fail('<Cite> needs id="source-id" or ids={["a", "b"]}  (expected source ids from content/data/sources.csv)', node);
      }
      for (const sid of list as string[]) {
        if (!content.sources.has(sid)) fail(`<Cite> unknown source id "${sid}"  (expected an id from content/data/sources.csv)`, node);
      }
      setAttribute(node, 'numbers', cite(list as string[]));
    };

    const checkTerm = (node: Jsx) => {
      const id = readAttribute(node, 'id', fail);
      if (typeof id !== 'string' || !content.glossary.has(id)) {
        fail(`<Term> unknown glossary id "${String(id)}"  (expected an id from content/glossary.yaml)`, node);
      }
      if (!derived.terms.includes(id as string)) {
        derived.terms.push(id as string);
        setAttribute(node, 'first', 'true');
      }
    };

    const checkQuote = (node: Jsx) => {
      const id = readAttribute(node, 'id', fail);
      const quote = typeof id === 'string' ? content.quotes.get(id) : undefined;
      if (!quote) fail(`<${node.name}> unknown quote id "${String(id)}"  (expected an id from content/data/quotes.csv)`, node);
      if (quote!.wording !== 'original') {
        fail(`<${node.name}> quote "${String(id)}" has only back-translated wording  (expected a quote whose wording is "original"; paraphrase it and cite instead)`, node);
      }
      setAttribute(node, 'numbers', cite(quote!.source_ids));
    };

    /** A `<Step>` of a `<Scrolly>` drawing `graphic`: its id and state, checked against the graphic's schema. */
    const checkStep = (step: Jsx, index: number, graphic: GraphicName, schema: z.ZodType, scrolly: string | undefined): DerivedStep => {
      const id = readAttribute(step, 'id', fail);
      if (typeof id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
        fail(`<Step> id="${String(id ?? '')}" is not a kebab-case id  (expected e.g. id="collapse-2020"; it becomes the URL #id)`, step);
      }
      const seen = stepIds.get(id as string);
      if (seen) fail(`<Step> duplicate step id "${String(id)}", first used at ${seen}  (expected each step id once in a page)`, step);
      stepIds.set(id as string, place(path, step));
      const raw = readAttribute(step, 'state', fail);
      if (raw === undefined) fail(`<Step id="${String(id)}"> has no state  (expected state={{...}} for the "${graphic}" graphic)`, step);
      const result = schema.safeParse(raw);
      if (!result.success) {
        const issue = result.error.issues[0]!;
        fail(`<Step id="${String(id)}"> ${formatIssue(issue.path, issue.message)}`, attribute(step, 'state') ?? step);
      }
      const rawNotes = readAttribute(step, 'notes', fail);
      const notes = typeof rawNotes === 'string' ? rawNotes.replace(/\s+/g, ' ').trim() : undefined;
      if (rawNotes !== undefined) {
        if (!notes) {
          fail(`<Step id="${String(id)}"> notes: ${typeof rawNotes === 'string' ? 'empty' : `${JSON.stringify(rawNotes)} is not text`}  (expected notes="talking points for the teacher", shown only in the presenter view)`, attribute(step, 'notes'));
        }
        setAttribute(step, 'notes', notes);
      }
      const pageId = `${prefix}${id as string}`;
      if (prefix) setAttribute(step, 'id', pageId);
      setAttribute(step, 'graphic', graphic);
      setAttribute(step, 'index', String(index));
      setAttribute(step, 'resolved', JSON.stringify(result.data));
      const text = toString(step).replace(/\s+/g, ' ').trim();
      derived.words.steps += countWords(text);
      return { id: pageId, graphic, scrolly: scrolly ?? pageId, text, lead: leadOf(step), ...(notes ? { notes } : {}), state: result.data };
    };

    const checkScrolly = (node: Jsx) => {
      if (!tree.children.includes(node as RootContent)) {
        fail('<Scrolly> inside another element  (expected <Scrolly> at the top level of the file, not in an <Aside>, a list or a quotation, so that its sequence can be embedded alone)', node);
      }
      const graphic = readAttribute(node, 'graphic', fail);
      if (typeof graphic !== 'string' || !isGraphicName(graphic)) {
        return fail(`<Scrolly> graphic="${String(graphic)}" is not a graphic  (expected one of ${graphicNames.join(', ')})`, node);
      }
      const title = readAttribute(node, 'title', fail);
      const steps = node.children.filter((c): c is Jsx => isJsx(c) && c.name === 'Step');
      const stray = node.children.find((c) => !(isJsx(c) && c.name === 'Step') && toString(c).trim() !== '');
      if (stray) fail('<Scrolly> holds text outside a <Step>  (expected only <Step> elements inside <Scrolly>)', stray);
      if (steps.length === 0) fail('<Scrolly> has no <Step>  (expected at least one <Step id="..." state={{...}}>)', node);
      const schema = graphics[graphic].state(content);
      const derivedSteps: DerivedStep[] = [];
      steps.forEach((step, index) => derivedSteps.push(checkStep(step, index, graphic, schema, derivedSteps[0]?.id)));
      derived.steps.push(...derivedSteps);
      derived.sequences.push({
        id: derivedSteps[0]!.id,
        graphic,
        title: typeof title === 'string' ? title : `The ${graphic.replace(/-/g, ' ')} graphic`,
        page,
        steps: derivedSteps,
      });
      setAttribute(node, 'page', page);
      setAttribute(node, 'steps', JSON.stringify(derivedSteps.map(({ id, state }) => ({ id, state }))));
    };

    const checks: Record<(typeof components)[number], (node: Jsx, inScrolly: boolean) => void> = {
      Cite: checkCite,
      Term: checkTerm,
      Quote: checkQuote,
      PullQuote: checkQuote,
      Aside: () => {},
      Scrolly: checkScrolly,
      // A Step is checked by its Scrolly; here only one outside any Scrolly is caught.
      Step: (node, inScrolly) => {
        if (!inScrolly) fail('<Step> outside a <Scrolly>  (expected <Step> elements directly inside <Scrolly graphic="...">)', node);
      },
    };

    const checkElement = (node: Jsx, inScrolly: boolean) => {
      const name = node.name;
      if (!name || !/^[A-Z]/.test(name)) return;
      if (!(components as readonly string[]).includes(name)) {
        fail(`unknown component <${name}>  (expected one of ${components.join(', ')})`, node);
      }
      checks[name as (typeof components)[number]](node, inScrolly);
    };

    const visit = (node: Root | RootContent, inScrolly: boolean) => {
      if (isJsx(node)) checkElement(node, inScrolly);
      if ('children' in node) {
        const inside = inScrolly || (isJsx(node) && node.name === 'Scrolly');
        for (const child of (node as Parent).children) visit(child, inside);
      }
    };

    checkKeyTerms(file.path, content, fail);
    visit(tree, false);
    const prose = tree.children.filter((c) => !(isJsx(c) && c.name === 'Scrolly') && c.type !== 'yaml');
    derived.words.prose = prose.reduce((sum, c) => sum + countWords(toString(c)), 0);
    if (derived.sequences.length > 0) renderableAlone(tree);

    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.derived = derived;
  };
}
