import { z } from 'astro/zod';
import { decimal, integer, optionalDecimal, slugId, sourceIds } from './fields.ts';

/** content/data/facts.csv: the fact sheet, one claim a row. */
export const factSchema = z.object({
  id: z.string().regex(/^f-[a-z]+-\d+$/, { message: 'is not a fact id (expected e.g. "f-bs-04")' }),
  chapter: z.string(),
  claim: z.string().min(1),
  value: z.string(),
  unit: z.string(),
  date: z.string(),
  source_ids: sourceIds,
  confidence: z.enum(['confirmed', 'reported', 'disputed'], { message: 'expected confirmed, reported or disputed' }),
  notes: z.string(),
});

/** content/data/defectors-by-year.csv */
export const defectorsSchema = z.object({
  year: integer('a year such as 2019'),
  arrivals: integer('the number of people who arrived'),
  source_ids: sourceIds,
  notes: z.string(),
});

/** content/data/china-trade-by-year.csv, US$ millions; an empty cell means "not found", never zero. */
export const tradeSchema = z.object({
  year: integer('a year such as 2019'),
  total_usd_millions: decimal('US$ millions'),
  china_exports_usd_millions: optionalDecimal('US$ millions'),
  china_imports_usd_millions: optionalDecimal('US$ millions'),
  source_ids: sourceIds,
  notes: z.string(),
});

/** content/data/border-length.csv */
export const borderLengthSchema = z.object({
  segment: z.string().min(1),
  km: decimal('kilometres'),
  source_ids: sourceIds,
  notes: z.string(),
});

/** content/data/hoeryong.csv */
export const hoeryongSchema = z.object({
  metric: z.string().min(1),
  value: decimal('a count or a length'),
  qualifier: z.string(),
  unit: z.string(),
  as_of: z.string(),
  source_ids: sourceIds,
  notes: z.string(),
});

/** content/data/timeline.csv: `id` is what a timeline step's `events` and `highlight` name. */
export const timelineSchema = z.object({
  id: slugId,
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)' }),
  event: z.string().min(1),
  chapter: z.string(),
  source_ids: sourceIds,
  notes: z.string(),
});

/** content/data/places.csv: an empty lat/lon means no verified coordinate, so the place cannot be drawn. */
export const placeSchema = z.object({
  id: slugId,
  name: z.string().min(1),
  alt_names: z.string().transform((s) => s.split(';').map((n) => n.trim()).filter(Boolean)),
  country: z.string(),
  lat: optionalDecimal('a latitude in decimal degrees'),
  lon: optionalDecimal('a longitude in decimal degrees'),
  kind: z.string(),
  chapter: z.string(),
  source_ids: sourceIds,
  notes: z.string(),
}).refine((p) => (p.lat === undefined) === (p.lon === undefined), {
  message: 'has only one of lat and lon (expected both, or neither)',
  path: ['lat'],
}).refine((p) => p.lat === undefined || (p.lat >= -90 && p.lat <= 90), {
  message: 'is out of range (expected -90 to 90)',
  path: ['lat'],
}).refine((p) => p.lon === undefined || (p.lon >= -180 && p.lon <= 180), {
  message: 'is out of range (expected -180 to 180)',
  path: ['lon'],
});

/** Every dataset: its file in content/data/ and the schema of a row. */
export const datasets = {
  facts: { file: 'facts.csv', schema: factSchema },
  defectors: { file: 'defectors-by-year.csv', schema: defectorsSchema },
  trade: { file: 'china-trade-by-year.csv', schema: tradeSchema },
  borderLength: { file: 'border-length.csv', schema: borderLengthSchema },
  hoeryong: { file: 'hoeryong.csv', schema: hoeryongSchema },
  timeline: { file: 'timeline.csv', schema: timelineSchema },
  places: { file: 'places.csv', schema: placeSchema },
} as const;

export type DatasetName = keyof typeof datasets;
export type Row<N extends DatasetName> = z.output<(typeof datasets)[N]['schema']> & { line: number };
