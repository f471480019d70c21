// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkStory } from './src/mdx/remarkStory.ts';
import { siteFiles } from './src/integrations/siteFiles.ts';
import { offline } from './src/integrations/offline.ts';
import { cspDirectives, jsFlagHash } from './src/lib/site/csp.ts';

// SITE: the public origin, for canonical URLs and the sitemap. BASE_PATH: a sub-path such as
// `/sealed-frontier/` for a school server. SF_OUT_DIR and SF_CACHE_DIR: where to build and cache
// (the bad-content fixture tests build aside, so they never touch dist/ or the main cache).
export default defineConfig({
  site: process.env.SITE ?? 'https://sealed-frontier.example.org',
  base: process.env.BASE_PATH ?? '/',
  outDir: process.env.SF_OUT_DIR ?? './dist',
  cacheDir: process.env.SF_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Each page's own CSS inline in its <head>: no render-blocking request before the first paint
  // (docs/performance.md). Astro hashes each inlined stylesheet into the page's policy.
  build: { format: 'directory', inlineStylesheets: 'always' },
  security: {
    csp: {
      directives: cspDirectives({ mapbox: Boolean(process.env.PUBLIC_MAPBOX_TOKEN) }),
      // Astro hashes the scripts it bundles; the one inline script is ours to declare.
      scriptDirective: { hashes: [await jsFlagHash()] },
    },
  },
  // Shiki colours code with inline styles, which the policy above refuses: a code block is plain.
  markdown: { syntaxHighlight: false },
  // The MDX checks are a remark plugin, so MDX compiles through unified (Astro 7's default processor
  // runs no remark plugins).
  integrations: [mdx({ processor: unified({ remarkPlugins: [remarkStory] }) }), siteFiles(), offline()],
  devToolbar: { enabled: false },
});
