import { z } from 'astro/zod';

/** `reuters-2023-border;bdnews24-2023-reuters` -> ['reuters-2023-border', 'bdnews24-2023-reuters']; at least one. */
export const sourceIds = z
  .string({ error: 'missing (expected one or more source ids separated by ";")' })
  .transform((s) => s.split(';').map((id) => id.trim()).filter(Boolean))
  .refine((ids) => ids.length > 0, { message: 'is empty (expected one or more source ids separated by ";")' });

/** A whole number in a CSV cell, e.g. `2019`. */
export const integer = (what: string) =>
  z
    .string()
    .regex(/^-?\d+$/, { message: `is not a whole number (expected ${what})` })
    .transform(Number);

/** A decimal number in a CSV cell, e.g. `539.1`. */
export const decimal = (what: string) =>
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/, { message: `is not a number (expected ${what})` })
    .transform(Number);

/** An optional decimal: an empty cell means "not found" and stays undefined (never 0). */
export const optionalDecimal = (what: string) =>
  z
    .string()
    .regex(/^(-?\d+(\.\d+)?)?$/, { message: `is not a number (expected ${what}, or empty)` })
    .transform((s) => (s === '' ? undefined : Number(s)));

/** A kebab-case id, e.g. `border-sealing`. */
export const slugId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'is not a kebab-case id (expected e.g. "kim-xi-2018")' });
