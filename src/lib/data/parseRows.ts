import type { z } from 'astro/zod';
import { parseCsv } from './parseCsv.ts';

/** A parsed row keeps the line it came from, so later checks (step states, citations) can point at it. */
export type Located<T> = T & { line: number };

/**
 * parseRows(text, file, schema) parses CSV and validates each row against a zod schema. The first bad
 * row throws `file:line  column "x": what is wrong  (what was expected)`.
 */
export function parseRows<S extends z.ZodType>(text: string, file: string, schema: S): Located<z.output<S>>[] {
  return parseCsv(text, file).rows.map(({ line, values }) => {
    const result = schema.safeParse(values);
    if (!result.success) {
      const issue = result.error.issues[0];
      const column = issue?.path.join('.') || '(row)';
      throw new Error(`${file}:${line}  column "${column}": ${issue?.message ?? 'invalid row'}`);
    }
    return { ...(result.data as object), line } as Located<z.output<S>>;
  });
}
