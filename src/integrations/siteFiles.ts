// Files written after the build from what was actually built: sitemap.xml (every page but those
// marked noindex, such as the 404 page and the editors' gallery) and _headers (response headers for
// hosts that read one: Netlify, Cloudflare Pages and others).
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sitemapXml } from '../lib/site/sitemap.ts';
import { headersFile } from '../lib/site/headers.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

export function siteFiles(): AstroIntegration {
  let origin = '';
  let base = '/';
  return {
    name: 'sealed-frontier-site-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        origin = config.site ?? '';
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        const pages = htmlFiles(out).map((file) => ({ file, html: readFileSync(file, 'utf8') }));
        const paths = pages
          .filter(({ file, html }) => file.endsWith(`${sep}index.html`) && !/<meta name="robots" content="noindex"/.test(html))
          .map(({ file }) => `${base.replace(/\/$/, '')}/${relative(out, file).split(sep).slice(0, -1).join('/')}/`.replace(/\/+/g, '/'));
        writeFileSync(join(out, 'sitemap.xml'), sitemapXml(origin, paths));
        // Each page inlines its own stylesheet, which Astro hashes into the page's <meta> policy.
        const styleHashes = pages.flatMap(({ html }) => [...(/style-src ([^;"]*)/.exec(html)?.[1] ?? '').matchAll(/'(sha(?:256|384|512)-[^']+)'/g)].map((m) => m[1]!));
        writeFileSync(join(out, '_headers'), await headersFile({ mapbox: Boolean(process.env.PUBLIC_MAPBOX_TOKEN), base, styleHashes }));
      },
    },
  };
}
