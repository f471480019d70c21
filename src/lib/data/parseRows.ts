import type { z } from 'astro/zod';
import { parseCsv } from './parseCsv.ts';

/** A parsed row keeps the line it came from, so later checks (step states, citations) can point at it. */
export type Located<T> = T & { line: number };

/**
 * parseRows(text, file, schema) parses CSV and validates each row against a zod schema. The first bad
 * row throws `file:line  column "x": what is wrong  (what was expected)`. With `report`, every bad row
 * is reported instead and left out (`npm run check` lists all problems in one run).
 */
export function parseRows<S extends z.ZodType>(text: string, file: string, schema: S, report?: (message: string) => void): Located<z.output<S>>[] {
  return parseCsv(text, file).rows.flatMap(({ line, values }) => {
    const result = schema.safeParse(values);
    if (!result.success) {
      const issue = result.error.issues[0];
      const column = issue?.path.join('.') || '(row)';
      const message = `${file}:${line}  column "${column}": ${issue?.message ?? 'invalid row'}`;
      if (!report) throw new Error(message);
      report(message);
      return [];
    }
    return [{ ...(result.data as object), line } as Located<z.output<S>>];
  });
}
