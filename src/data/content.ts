// The one reader of content/: the content collections, the MDX checks and the charts all get their
// data from here, so a row is parsed and validated once, the same way, with file:line errors.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import yaml from 'js-yaml';
import { parseRows } from '../lib/data/parseRows.ts';
import { datasets, type DatasetName, type Row } from '../schemas/datasets.ts';
import { glossarySchema, type GlossaryEntry } from '../schemas/glossary.ts';
import { quoteSchema, type Quote } from '../schemas/quote.ts';
import { sourceSchema, type Source } from '../schemas/source.ts';
import type { Located } from '../lib/data/parseRows.ts';

export interface Content {
  dir: string;
  sources: Map<string, Located<Source>>;
  quotes: Map<string, Located<Quote>>;
  glossary: Map<string, GlossaryEntry>;
  data: { [N in DatasetName]: Row<N>[] };
}

/** Where content lives: `content/`, or `SF_CONTENT_DIR` (the bad-content fixtures use it). */
export function contentDir(): string {
  return resolve(process.env.SF_CONTENT_DIR ?? 'content');
}

/** A path as an editor sees it in an error: relative to the project. */
export function shown(path: string): string {
  return relative(process.cwd(), path) || path;
}

function byId<T extends { id: string; line?: number }>(rows: T[], file: string): Map<string, T> {
  const map = new Map<string, T>();
  for (const row of rows) {
    if (map.has(row.id)) {
      throw new Error(`${file}:${row.line ?? 1}  duplicate id "${row.id}"  (expected each id once)`);
    }
    map.set(row.id, row);
  }
  return map;
}

function readGlossary(dir: string): GlossaryEntry[] {
  const file = join(dir, 'glossary.yaml');
  const text = readFileSync(file, 'utf8');
  const raw = yaml.load(text, { filename: shown(file) });
  if (!Array.isArray(raw)) throw new Error(`${shown(file)}:1  not a list  (expected a YAML list of terms)`);
  // js-yaml drops positions, so find each entry's line by its `- id:` to point editors at it.
  const lines = text.split('\n');
  return raw.map((entry: unknown, i) => {
    const result = glossarySchema.safeParse(entry);
    const id = (entry as { id?: unknown } | null)?.id;
    const at = lines.findIndex((l) => typeof id === 'string' && new RegExp(`^-\\s+id:\\s*${id}\\s*$`).test(l)) + 1;
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new Error(
        `${shown(file)}:${at || 1}  entry ${i + 1}${typeof id === 'string' ? ` (${id})` : ''}, field "${issue?.path.join('.') || '(entry)'}": ${issue?.message}`,
      );
    }
    return result.data;
  });
}

const cache = new Map<string, { stamp: string; content: Content }>();

// Keyed by the files' modification times, so `npm run dev` sees an edited dataset without a restart.
function stamp(dir: string): string {
  const dataDir = join(dir, 'data');
  const files = [join(dir, 'glossary.yaml'), ...readdirSync(dataDir).map((f) => join(dataDir, f))];
  return files.map((f) => statSync(f).mtimeMs).join(',');
}

/** loadContent() parses and cross-checks every registry and dataset once per content directory. */
export function loadContent(dir = contentDir()): Content {
  const now = stamp(dir);
  const cached = cache.get(dir);
  if (cached?.stamp === now) return cached.content;
  const dataDir = join(dir, 'data');
  const read = (name: string) => readFileSync(join(dataDir, name), 'utf8');
  const file = (name: string) => shown(join(dataDir, name));

  const sources = byId(parseRows(read('sources.csv'), file('sources.csv'), sourceSchema), file('sources.csv'));
  const quotes = byId(parseRows(read('quotes.csv'), file('quotes.csv'), quoteSchema), file('quotes.csv'));
  const glossary = byId(readGlossary(dir), shown(join(dir, 'glossary.yaml')));
  const data = Object.fromEntries(
    Object.entries(datasets).map(([name, { file: f, schema }]) => [name, parseRows(read(f), file(f), schema)]),
  ) as Content['data'];
  byId(data.timeline, file(datasets.timeline.file));
  byId(data.places, file(datasets.places.file));
  byId(data.facts, file(datasets.facts.file));

  const checkIds = (ids: string[], where: string) => {
    for (const id of ids) {
      if (!sources.has(id)) throw new Error(`${where} unknown source id "${id}"  (expected an id from ${file('sources.csv')})`);
    }
  };
  for (const [name, { file: f }] of Object.entries(datasets)) {
    for (const row of data[name as DatasetName]) checkIds(row.source_ids, `${file(f)}:${row.line}  column "source_ids":`);
  }
  for (const q of quotes.values()) checkIds(q.source_ids, `${file('quotes.csv')}:${q.line}  column "source_ids":`);
  for (const g of glossary.values()) checkIds(g.source_ids, `${shown(join(dir, 'glossary.yaml'))}  term "${g.id}", field "source_ids":`);

  const content = { dir, sources, quotes, glossary, data };
  cache.set(dir, { stamp: now, content });
  return content;
}
