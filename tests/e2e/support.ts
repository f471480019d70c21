// What the tests expect, read from content/ (the same files the site is built from), so a test
// checks that the site shows what the content says rather than a copy of it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import yaml from 'js-yaml';
import { analyse } from '../content/analyse.ts';

const root = resolve(import.meta.dirname, '../..');

export interface ChapterInfo {
  slug: string;
  title: string;
  order: number;
  /** Step ids of each scrolly sequence, in order, with the graphic they drive. */
  sequences: {
    graphic: string;
    steps: string[];
    /** Each step's state as the build validated it, defaults filled in. */
    states: Record<string, unknown>[];
    /** Each step's words up to its first citation. */
    leads: string[];
    notes: (string | undefined)[];
  }[];
  dek: string;
}

let chapters: ChapterInfo[] | undefined;

/** The chapters in order, with their sequences as the build derives them (src/mdx/remarkStory.ts). */
export function chapterInfo(): ChapterInfo[] {
  const dir = join(root, 'content/chapters');
  return (chapters ??= readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const front = chapterFront(f.replace(/\.mdx$/, ''));
      const sequences = analyse(join(dir, f)).derived.sequences.map(({ graphic, steps }) => ({
        graphic,
        steps: steps.map((s) => s.id),
        states: steps.map((s) => s.state as Record<string, unknown>),
        leads: steps.map((s) => s.lead),
        notes: steps.map((s) => s.notes),
      }));
      return { slug: front.slug, title: front.title, dek: front.dek, order: front.order, sequences };
    })
    .sort((a, b) => a.order - b.order));
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

export interface ChapterFront { slug: string; order: number; title: string; dek: string; updated: string | Date; summary: string; learningGoals: string[]; discussionQuestions: string[]; keyTerms: string[] }

/** A chapter's frontmatter, read from content/ as the site reads it. */
export function chapterFront(slug: string): ChapterFront {
  return yaml.load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(root, `content/chapters/${slug}.mdx`), 'utf8'))![1]!) as ChapterFront;
}

/** The glossary's entries (content/glossary.yaml). */
export function glossary(): { id: string; term: string; definition: string }[] {
  return yaml.load(readFileSync(join(root, 'content/glossary.yaml'), 'utf8')) as { id: string; term: string; definition: string }[];
}

/** Counts the error events the window receives (an error monitor would report each one). */
export async function watchErrors(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { sfErrors: string[] }).sfErrors = [];
    addEventListener('error', (e) => (window as unknown as { sfErrors: string[] }).sfErrors.push(e.message));
  });
  return () => page.evaluate(() => (window as unknown as { sfErrors: string[] }).sfErrors);
}
