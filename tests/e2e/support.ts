// What the tests expect, read from content/ (the same files the site is built from), so a test
// checks that the site shows what the content says rather than a copy of it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { parse } from 'acorn';
import type { Program } from 'estree';
import { estreeToValue, type Plain } from '../../src/lib/mdx/estreeToValue.ts';

const root = resolve(import.meta.dirname, '../..');

export interface ChapterInfo {
  slug: string;
  title: string;
  order: number;
  /** Step ids of each scrolly sequence, in order, with the graphic they drive. */
  sequences: { graphic: string; steps: string[]; states: Record<string, Plain>[]; leads: string[]; notes: (string | undefined)[] }[];
  dek: string;
}

/** A step's words up to its first citation, as a reader sees them: components' tags gone, their text kept. */
const leadOf = (body: string) =>
  body
    .split('<Cite')[0]!
    .replace(/<[^>]+>/g, '')
    .replace(/[*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

export function chapterInfo(): ChapterInfo[] {
  const dir = join(root, 'content/chapters');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const front = yaml.load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { slug: string; title: string; dek: string; order: number };
      const sequences = [...text.matchAll(/<Scrolly[^>]*graphic="([^"]+)"[^>]*>([\s\S]*?)<\/Scrolly>/g)].map((m) => {
        const steps = [...m[2]!.matchAll(/<Step\s+id="([^"]+)"\s+state=\{(\{[\s\S]*?\})\}(?:\s+notes="([^"]*)")?>([\s\S]*?)<\/Step>/g)];
        return {
          graphic: m[1]!,
          steps: steps.map((s) => s[1]!),
          states: steps.map((s) => estreeToValue(parse(`(${s[2]})`, { ecmaVersion: 2022 }) as unknown as Program) as Record<string, Plain>),
          leads: steps.map((s) => leadOf(s[4]!)),
          notes: steps.map((s) => s[3]),
        };
      });
      return { slug: front.slug, title: front.title, dek: front.dek, order: front.order, sequences };
    })
    .sort((a, b) => a.order - b.order);
}

export function chapter(slug: string): ChapterInfo {
  const found = chapterInfo().find((c) => c.slug === slug);
  if (!found) throw new Error(`no chapter ${slug}`);
  return found;
}

/** A dataset of content/data as rows of strings (for expected values such as a bar's label). */
export function dataset(file: string): Record<string, string>[] {
  const [head, ...rows] = readFileSync(join(root, 'content/data', file), 'utf8').trim().split('\n');
  const columns = head!.split(',');
  // These datasets have no quoted commas in the columns the tests read (year and value come first).
  return rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [columns[i], v])) as Record<string, string>);
}

/** Every HTML page of the main build, as site paths relative to the base (`chapters/x/`, `404.html`). */
export function builtPages(): string[] {
  const dist = join(root, 'dist');
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return e.name === '_astro' ? [] : walk(path);
      return e.name.endsWith('.html') ? [path.slice(dist.length + 1)] : [];
    });
  return walk(dist)
    .map((f) => (f === 'index.html' ? '' : f.endsWith('/index.html') ? f.slice(0, -'index.html'.length) : f))
    .sort();
}

export const distFile = (path: string) => readFileSync(join(root, 'dist', path), 'utf8');

export interface HomeInfo {
  map: { title: string };
  chapterCards: { chapter: string; places: string[]; moment: { step: string; label: string } }[];
}

/** The home page's frontmatter (content/pages/home.mdx): its map and chapter cards. */
export function homeInfo(): HomeInfo {
  const text = readFileSync(join(root, 'content/pages/home.mdx'), 'utf8');
  return yaml.load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as HomeInfo;
}

export interface ChapterFront { title: string; dek: string; updated: string | Date; summary: string; learningGoals: string[]; discussionQuestions: string[]; keyTerms: string[] }

/** A chapter's frontmatter, read from content/ as the site reads it. */
export function chapterFront(slug: string): ChapterFront {
  return yaml.load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(root, `content/chapters/${slug}.mdx`), 'utf8'))![1]!) as ChapterFront;
}

/** The glossary's entries (content/glossary.yaml). */
export function glossary(): { id: string; term: string; definition: string }[] {
  return yaml.load(readFileSync(join(root, 'content/glossary.yaml'), 'utf8')) as { id: string; term: string; definition: string }[];
}
