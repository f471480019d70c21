// What the tests expect, read from content/ (the same files the site is built from), so a test
// checks that the site shows what the content says rather than a copy of it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';

const root = resolve(import.meta.dirname, '../..');

export interface ChapterInfo {
  slug: string;
  title: string;
  order: number;
  /** Step ids of each scrolly sequence, in order, with the graphic they drive. */
  sequences: { graphic: string; steps: string[] }[];
}

export function chapterInfo(): ChapterInfo[] {
  const dir = join(root, 'content/chapters');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const front = yaml.load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { slug: string; title: string; order: number };
      const sequences = [...text.matchAll(/<Scrolly[^>]*graphic="([^"]+)"[^>]*>([\s\S]*?)<\/Scrolly>/g)].map((m) => ({
        graphic: m[1]!,
        steps: [...m[2]!.matchAll(/<Step\s+id="([^"]+)"/g)].map((s) => s[1]!),
      }));
      return { slug: front.slug, title: front.title, order: front.order, sequences };
    })
    .sort((a, b) => a.order - b.order);
}

export function chapter(slug: string): ChapterInfo {
  const found = chapterInfo().find((c) => c.slug === slug);
  if (!found) throw new Error(`no chapter ${slug}`);
  return found;
}
