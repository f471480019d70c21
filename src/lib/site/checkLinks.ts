import { decodeEntities } from './decodeEntities.ts';

/** One broken link, anchor or id in a built page. */
export interface LinkProblem {
  /** The file the problem is in, as given in the map (e.g. `chapters/border-sealing/index.html`). */
  file: string;
  line: number;
  column: number;
  /** What was linked, as written in the page (e.g. `/sources/#reuters-2032`); the id, for a duplicate id. */
  target: string;
  /** What is wrong, e.g. `no element with id "reuters-2032" on /sources/`. */
  message: string;
  /** What was expected instead. */
  expected: string;
}

export interface CheckLinksOptions {
  /** The site's base path, as in Astro's `base` (e.g. `/sealed-frontier/`); `/` by default. */
  base?: string;
  /** The public origin (e.g. `https://sealed-frontier.example.org`): absolute links to it are checked too. */
  origin?: string;
}

const LINK_ATTRIBUTES = new Set(['href', 'src', 'poster', 'xlink:href', 'action', 'srcset']);

/** Blank out what holds no markup of ours (scripts, styles, comments), keeping every offset. */
function markupOnly(html: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return html
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/(<script\b[^>]*>)([\s\S]*?)(<\/script>)/gi, (_, a: string, b: string, c: string) => a + blank(b) + c)
    .replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi, (_, a: string, b: string, c: string) => a + blank(b) + c);
}

interface Attribute {
  name: string;
  value: string;
  offset: number;
}

/** Every attribute of every tag, with the offset of its value (or name, for a bare attribute). */
function attributes(html: string): Attribute[] {
  const out: Attribute[] = [];
  const tag = /<([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/g;
  for (let t = tag.exec(html); t; t = tag.exec(html)) {
    const attrs = t[2] ?? '';
    const base = t.index + 1 + t[1]!.length;
    const attr = /\s+([^\s=>/]+)(?:\s*=\s*("([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
    for (let a = attr.exec(attrs); a; a = attr.exec(attrs)) {
      const raw = a[3] ?? a[4] ?? a[5] ?? '';
      const valueAt = a[2] ? a.index + a[0].length - a[2].length + (a[3] !== undefined || a[4] !== undefined ? 1 : 0) : a.index + a[0].indexOf(a[1]!);
      out.push({ name: a[1]!.toLowerCase(), value: decodeEntities(raw), offset: base + valueAt });
    }
  }
  return out;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function position(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

/** The site path a file is served at: `chapters/a/index.html` -> `/chapters/a/`, `data/x.csv` -> `/data/x.csv`. */
function servedAt(file: string): string {
  return `/${file}`.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * checkLinks(files, options) checks a built site, given as a map of file path (relative to the output
 * folder, e.g. `chapters/border-sealing/index.html`) to its text (any text for files that are not
 * HTML): every `href`, `src`, `srcset`, `poster` and `action` that points into the site must name a
 * file in the map (a page by its folder, `/sources/`), every `#id` must be an element of the target
 * page, and no page may give two elements the same id (an anchor must lead to one place). Links to
 * other origins, `mailto:`, `data:` and the like are not followed.
 *
 * checkLinks(new Map([['index.html', '<a href="/about/#team">About</a>']])) reports
 * `{ file: 'index.html', line: 1, column: 10, target: '/about/#team', message: 'no page or file at /about/', ... }`.
 */
export function checkLinks(files: ReadonlyMap<string, string>, options: CheckLinksOptions = {}): LinkProblem[] {
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const origin = options.origin?.replace(/\/+$/, '');
  const paths = new Map<string, string>();
  for (const file of files.keys()) paths.set(servedAt(file.replace(/^\/+/, '')), file);

  const pages = new Map<string, { markup: string; ids: Map<string, number>; duplicates: { id: string; offset: number; first: number }[] }>();
  for (const [file, text] of files) {
    if (!/\.html?$/.test(file)) continue;
    const markup = markupOnly(text);
    const ids = new Map<string, number>();
    const duplicates: { id: string; offset: number; first: number }[] = [];
    for (const a of attributes(markup)) {
      if (a.name !== 'id') continue;
      const first = ids.get(a.value);
      if (first !== undefined) duplicates.push({ id: a.value, offset: a.offset, first });
      else ids.set(a.value, a.offset);
    }
    pages.set(file, { markup, ids, duplicates });
  }

  const problems: LinkProblem[] = [];
  for (const [file, page] of pages) {
    const starts = lineStarts(page.markup);
    const at = (offset: number) => position(starts, offset);
    for (const d of page.duplicates) {
      const first = at(d.first);
      problems.push({ file, ...at(d.offset), target: d.id, message: `duplicate id "${d.id}", first at ${first.line}:${first.column}`, expected: 'each id once in a page, so that #id leads to one place' });
    }
    const here = servedAt(file.replace(/^\/+/, ''));
    for (const a of attributes(page.markup)) {
      if (!LINK_ATTRIBUTES.has(a.name)) continue;
      const urls = a.name === 'srcset' ? a.value.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '') : [a.value];
      for (const raw of urls) {
        let value = raw.trim();
        if (value === '') continue;
        if (origin && (value === origin || value.startsWith(`${origin}/`))) value = value.slice(origin.length) || '/';
        else if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) continue;
        const url = new URL(value, `http://site${base.replace(/\/$/, '')}${here}`);
        let path = decodeURIComponent(url.pathname);
        const id = decodeURIComponent(url.hash.slice(1));
        const report = (message: string, expected: string) => problems.push({ file, ...at(a.offset), target: raw, message, expected });
        if (!path.startsWith(base)) {
          report(`${path} is outside the site's base path ${base}`, `a link that starts with ${base}`);
          continue;
        }
        path = `/${path.slice(base.length)}`;
        const target = paths.get(path) ?? (path.endsWith('/') ? undefined : paths.get(`${path}/`));
        if (target === undefined) {
          report(`no page or file at ${path}`, 'a page of the site or a file in public/');
          continue;
        }
        if (!id) continue;
        const targetPage = pages.get(target);
        if (!targetPage) {
          report(`#${id} points into ${path}, which is not a page`, 'a link to a page when it has a #id');
        } else if (!targetPage.ids.has(id)) {
          report(`no element with id "${id}" on ${target === file ? 'this page' : path}`, 'the id of an element on that page');
        }
      }
    }
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
