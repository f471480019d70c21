// The frontmatter of one .mdx file against its collection's schema, outside a build, with every
// problem (not only the first) as one `file:line:column  field: what  (expected)` line.
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { shown } from '../loader/loadContent.ts';
import { fieldPosition } from '../lib/check/fieldPosition.ts';

const field = (path: readonly PropertyKey[]) =>
  path.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${String(p)}` : String(p)), '');

/** `(expected ...)` set off by two spaces, as every check prints it. */
const spaced = (message: string) => message.replace(/\s*\((expected [^)]*)\)$/, '  ($1)');

/**
 * checkFrontmatter(path, text, schema) parses the YAML frontmatter of an .mdx file and validates it,
 * returning one line a problem with the line and column of the field (or of the closing `---`, for
 * a missing field), and the parsed data when it is valid.
 */
export function checkFrontmatter<S extends z.ZodType>(path: string, text: string, schema: S): { problems: string[]; data?: z.output<S>; raw?: Record<string, unknown> } {
  const where = shown(path);
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) return { problems: [`${where}:1:1  no frontmatter  (expected the file to start with --- and the fields, then ---)`] };
  let raw: unknown;
  try {
    raw = yaml.load(match[1]!) ?? {};
  } catch (e) {
    const mark = (e as { mark?: { line: number; column: number } }).mark;
    const reason = (e as { reason?: string }).reason ?? (e as Error).message;
    return { problems: [`${where}:${(mark?.line ?? 0) + 2}:${(mark?.column ?? 0) + 1}  frontmatter: ${reason}  (expected YAML: field: value, one a line)`] };
  }
  const result = schema.safeParse(raw);
  const fields = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  if (result.success) return { problems: [], data: result.data, raw: fields };
  return {
    raw: fields,
    problems: result.error.issues.map((issue) => {
      const at = fieldPosition(text, issue.path);
      const name = field(issue.path) || '(frontmatter)';
      const message = issue.code === 'unrecognized_keys' ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}  (expected only the fields of the schema)` : issue.message;
      return `${where}:${at.line}:${at.column}  ${name}: ${spaced(message)}`;
    }),
  };
}
