import { z } from 'astro/zod';

/** A year that must be one of the dataset's rows, so a step never points at a bar that is not drawn. */
export const yearIn = (years: number[], file: string) => {
  const known = new Set(years);
  const range = `${Math.min(...years)}-${Math.max(...years)}`;
  return z.number({ message: `expected a year in ${file} (${range})` }).int().refine((y) => known.has(y), {
    error: (issue) => `year ${String(issue.input)} is not in ${file}  (expected one of ${[...known].join(', ')})`,
  });
};
