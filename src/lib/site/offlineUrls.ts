// What "offline" means for a chapter, worked out from the built files: the pages a teacher needs in a
// lesson without a network, and every file those pages load, followed through JavaScript imports.
// Pure: the build hands in the files' text, the browser hands in the cache's addresses.
import { chapterPath, handoutPath, momentsPath, teachPath } from '../url/routes.ts';

/** Pages are cached from the network first (corrections reach readers at once), from the cache offline. */
export const PAGES_CACHE = 'sf-pages';
/** Build files with a content hash in their name never change: from the cache first. */
export const ASSETS_CACHE = 'sf-assets';

/** The pages of a chapter's offline set, as site paths under `base`: the chapter, then its teaching pages. */
export function chapterPages(base: string, slug: string): string[] {
  const root = base.replace(/\/+$/, '');
  return [chapterPath(slug), teachPath(slug), handoutPath(slug), momentsPath(slug)].map((p) => root + p);
}

/**
 * assetRefs(html) lists the files a page loads by itself (scripts, stylesheets, module preloads,
 * icons, the manifest, images), as written in the page. Links a reader follows (downloads such as
 * the CSVs) and the share images (named only in <meta> tags) are not loaded, so they are not listed.
 */
export function assetRefs(html: string): string[] {
  const refs = new Set<string>();
  for (const [tag] of html.matchAll(/<(?:script|link|img)\b[^>]*>/gi)) {
    const name = /^<(\w+)/.exec(tag)![1]!.toLowerCase();
    const attr = (a: string) => new RegExp(`\\s${a}="([^"]*)"`, 'i').exec(tag)?.[1];
    if (name === 'link') {
      const rel = attr('rel')?.toLowerCase().split(/\s+/) ?? [];
      const loads = rel.some((r) => ['stylesheet', 'modulepreload', 'preload', 'icon', 'manifest', 'apple-touch-icon'].includes(r));
      const href = attr('href');
      if (loads && href) refs.add(href);
    } else {
      const src = attr('src');
      if (src) refs.add(src);
    }
  }
  return [...refs];
}

/** jsImports(code) lists the relative modules a built chunk imports, statically or with import(). */
export function jsImports(code: string): string[] {
  const found = new Set<string>();
  // The bundler writes dynamic imports with template literals: import(`./qrSvg.abc.js`).
  for (const m of code.matchAll(/(?:\bimport\s*\(?|\bfrom)\s*["'`](\.{1,2}\/[^"'`$]+)["'`]/g)) found.add(m[1]!);
  return [...found];
}

/** A file of the build, read by its site path; undefined when the build has no such file. */
export type ReadBuilt = (path: string) => { text: string; bytes: number } | undefined;

/**
 * offlineSet({ pages, read, maxAssetBytes }) is every site path a set of pages needs: the pages, the
 * files they load and, through JavaScript imports, the chunks those load later. Only our own files
 * (paths starting with `/`), never another host's. A file over maxAssetBytes is left out (mapbox-gl,
 * which is no use offline since its map tiles come from the network); the page still works without it.
 */
export function offlineSet({ pages, read, maxAssetBytes = Infinity }: { pages: string[]; read: ReadBuilt; maxAssetBytes?: number }): string[] {
  const out = new Set<string>();
  const queue: string[] = [];
  const add = (path: string) => {
    const clean = path.split(/[?#]/)[0]!;
    if (!clean.startsWith('/') || clean.startsWith('//') || out.has(clean)) return;
    const file = read(clean);
    if (!file || file.bytes > maxAssetBytes) return;
    out.add(clean);
    queue.push(clean);
  };
  for (const page of pages) if (read(page)) { out.add(page); queue.push(page); }
  while (queue.length > 0) {
    const path = queue.shift()!;
    const file = read(path)!;
    if (path.endsWith('/') || path.endsWith('.html')) for (const ref of assetRefs(file.text)) add(new URL(ref, `http://x${path}`).pathname);
    else if (path.endsWith('.js')) for (const ref of jsImports(file.text)) add(new URL(ref, `http://x${path}`).pathname);
  }
  return [...out];
}

/** The chapters whose own page a cache holds, from the cache's addresses (in the order given). */
export function savedChapters(cachedUrls: string[], base: string): string[] {
  const prefix = `${base.replace(/\/+$/, '')}/chapters/`;
  const slugs = cachedUrls.map((u) => new URL(u, 'http://x').pathname).filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length).replace(/\/$/, ''));
  return [...new Set(slugs.filter((s) => /^[a-z0-9-]+$/.test(s)))];
}

/** Whether a page is one of the chapters' pages (its slug), from its path under `base`. */
export function chapterOf(pathname: string, base: string): string | undefined {
  const prefix = `${base.replace(/\/+$/, '')}/`;
  if (!pathname.startsWith(prefix)) return undefined;
  return /^(?:chapters|teach)\/([a-z0-9-]+)\//.exec(pathname.slice(prefix.length))?.[1];
}
