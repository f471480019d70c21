// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkStory } from './src/mdx/remarkStory.ts';

// SITE: the public origin, for canonical URLs and the sitemap. BASE_PATH: a sub-path such as
// `/sealed-frontier/` for a school server. SF_OUT_DIR and SF_CACHE_DIR: where to build and cache
// (the bad-content fixture tests build aside, so they never touch dist/ or the main cache).
export default defineConfig({
  site: process.env.SITE ?? 'https://sealed-frontier.example.org',
  base: process.env.BASE_PATH ?? '/',
  outDir: process.env.SF_OUT_DIR ?? './dist',
  cacheDir: process.env.SF_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The MDX checks are a remark plugin, so MDX compiles through unified (Astro 7's default processor
  // runs no remark plugins).
  integrations: [mdx({ processor: unified({ remarkPlugins: [remarkStory] }) })],
  devToolbar: { enabled: false },
});
