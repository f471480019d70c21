// The one reader of content/: the content collections, the MDX checks and the charts all get their
// data from here, so a row is parsed and validated once, the same way, with file:line errors.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { parseRows } from '../lib/data/parseRows.ts';
import { datasets, type DatasetName } from '../schemas/datasets.ts';
import { glossarySchema, type GlossaryEntry } from '../schemas/glossary.ts';
import { quoteSchema } from '../schemas/quote.ts';
import { publisherSchema, sourceSchema, type Publisher } from '../schemas/source.ts';
import { correctionSchema } from '../schemas/correction.ts';
import type { Content } from '../schemas/content.ts';
import type { Located } from '../lib/data/parseRows.ts';
import { hostIsUnder, hostOf, linkOwner } from '../lib/sources/publisherDomain.ts';
import type { RegionTopology } from '../lib/geo/regionView.ts';

/** Where content lives: `content/`, or `SF_CONTENT_DIR` (the bad-content fixtures use it). */
export function contentDir(): string {
  return resolve(process.env.SF_CONTENT_DIR ?? 'content');
}

/** A path as an editor sees it in an error: relative to the project. */
export function shown(path: string): string {
  return relative(process.cwd(), path) || path;
}

/** Called with each problem instead of throwing at the first (`npm run check` lists them all). */
export type Report = (message: string) => void;

const raise: Report = (message) => {
  throw new Error(message);
};

function byId<T extends { id: string; line?: number }>(rows: T[], file: string, report: Report = raise): Map<string, T> {
  const map = new Map<string, T>();
  for (const row of rows) {
    if (map.has(row.id)) {
      report(`${file}:${row.line ?? 1}  duplicate id "${row.id}"  (expected each id once)`);
      continue;
    }
    map.set(row.id, row);
  }
  return map;
}

function readGlossary(dir: string, report: Report = raise): GlossaryEntry[] {
  const file = join(dir, 'glossary.yaml');
  const text = readFileSync(file, 'utf8');
  let raw: unknown;
  try {
    raw = yaml.load(text, { filename: shown(file) });
  } catch (e) {
    const mark = (e as { mark?: { line: number; column: number } }).mark;
    const reason = (e as { reason?: string }).reason ?? (e as Error).message;
    report(`${shown(file)}:${(mark?.line ?? 0) + 1}:${(mark?.column ?? 0) + 1}  YAML: ${reason}  (expected a YAML list of terms)`);
    return [];
  }
  if (!Array.isArray(raw)) {
    report(`${shown(file)}:1  not a list  (expected a YAML list of terms)`);
    return [];
  }
  // js-yaml drops positions, so find each entry's line by its `- id:` to point editors at it.
  const lines = text.split('\n');
  return raw.flatMap((entry: unknown, i) => {
    const result = glossarySchema.safeParse(entry);
    const id = (entry as { id?: unknown } | null)?.id;
    const at = lines.findIndex((l) => typeof id === 'string' && new RegExp(`^-\\s+id:\\s*${id}\\s*$`).test(l)) + 1;
    if (!result.success) {
      const issue = result.error.issues[0];
      report(`${shown(file)}:${at || 1}  ${typeof id === 'string' ? `term "${id}"` : `entry ${i + 1}`}, field "${issue?.path.join('.') || '(entry)'}": ${issue?.message}`);
      return [];
    }
    return [{ ...result.data, line: at || 1 }];
  });
}

const cache = new Map<string, { stamp: string; content: Content }>();

// Keyed by the files' modification times, so `npm run dev` sees an edited dataset without a restart.
function stamp(dir: string): string {
  const dataDir = join(dir, 'data');
  const files = [join(dir, 'glossary.yaml'), join(dataDir, 'map/region.json'), ...readdirSync(dataDir).map((f) => join(dataDir, f))];
  return files.map((f) => statSync(f).mtimeMs).join(',');
}

/**
 * loadContent() parses and cross-checks every registry and dataset once per content directory, and
 * throws at the first problem. With `report`, it reports every problem instead, leaves out the bad
 * rows (or files) and returns what is left, uncached, so checks that depend on it can still run.
 */
export function loadContent(dir = contentDir(), report?: Report): Content {
  const now = stamp(dir);
  const cached = cache.get(dir);
  if (!report && cached?.stamp === now) return cached.content;
  const say = report ?? raise;
  const dataDir = join(dir, 'data');
  const file = (name: string) => shown(join(dataDir, name));
  const rows = <S extends z.ZodType>(name: string, schema: S) => {
    try {
      return parseRows(readFileSync(join(dataDir, name), 'utf8'), file(name), schema, report);
    } catch (e) {
      // A file that cannot be read as CSV at all: report it and go on without its rows.
      if (!report) throw e;
      report((e as Error).message.startsWith(file(name)) ? (e as Error).message : `${file(name)}:1  ${(e as Error).message}`);
      return [];
    }
  };

  const sources = byId(rows('sources.csv', sourceSchema), file('sources.csv'), say);
  const publishers = new Map<string, Located<Publisher>>();
  for (const p of rows('publishers.csv', publisherSchema)) {
    if (publishers.has(p.publisher)) say(`${file('publishers.csv')}:${p.line}  duplicate publisher "${p.publisher}"  (expected each publisher once)`);
    else publishers.set(p.publisher, p);
  }
  // A link goes to the publisher's own page (or the republishing newspaper's), never to a copy.
  for (const s of sources.values()) {
    if (!s.url) continue;
    const owner = linkOwner(s);
    const publisher = publishers.get(owner);
    const at = `${file('sources.csv')}:${s.line}  source "${s.id}":`;
    if (!publisher) {
      say(`${at} publisher "${owner}" is not in ${file('publishers.csv')}  (expected a row naming its domains, or an empty url, with notes saying only a copy was read)`);
    } else if (!hostIsUnder(hostOf(s.url), publisher.domains)) {
      say(`${at} url host "${hostOf(s.url)}" is not a domain of publisher "${owner}"  (expected ${publisher.domains.join(' or ')}; if only a copy can be found, leave url empty and say in notes that a copy was read, without its address)`);
    }
  }
  const corrections = byId(rows('corrections.csv', correctionSchema), file('corrections.csv'), say);
  const quotes = byId(rows('quotes.csv', quoteSchema), file('quotes.csv'), say);
  const glossaryFile = shown(join(dir, 'glossary.yaml'));
  const glossary = byId(readGlossary(dir, say), glossaryFile, say);
  const data = Object.fromEntries(
    Object.entries(datasets).map(([name, { file: f, schema }]) => [name, rows(f, schema)]),
  ) as Content['data'];
  for (const name of ['timeline', 'places', 'facts'] as const) byId<{ id: string; line: number }>(data[name], file(datasets[name].file), say);

  const checkIds = (ids: string[], where: string) => {
    for (const id of ids) {
      if (!sources.has(id)) say(`${where} unknown source id "${id}"  (expected an id from ${file('sources.csv')})`);
    }
  };
  for (const [name, { file: f }] of Object.entries(datasets)) {
    for (const row of data[name as DatasetName]) checkIds(row.source_ids, `${file(f)}:${row.line}  column "source_ids":`);
  }
  for (const q of quotes.values()) checkIds(q.source_ids, `${file('quotes.csv')}:${q.line}  column "source_ids":`);
  for (const c of corrections.values()) checkIds(c.source_ids, `${file('corrections.csv')}:${c.line}  column "source_ids":`);
  for (const g of glossary.values()) {
    const line = (g as { line?: number }).line;
    checkIds(g.source_ids, `${glossaryFile}${line ? `:${line}` : ''}  term "${g.id}", field "source_ids":`);
  }

  const byDate = [...corrections.values()].sort((a, b) => a.date.localeCompare(b.date) || a.line - b.line);
  const map = JSON.parse(readFileSync(join(dataDir, 'map/region.json'), 'utf8')) as RegionTopology;
  const content = { dir, sources, publishers, corrections: byDate, quotes, glossary, data, map };
  if (!report) cache.set(dir, { stamp: now, content });
  return content;
}
