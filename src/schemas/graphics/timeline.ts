import { z } from 'astro/zod';
import type { Content } from '../content.ts';

/** A step of the `timeline` (content/data/timeline.csv). */
export const timelineState = (content: Content) => {
  const known = new Set(content.data.timeline.map((e) => e.id));
  const event = z.string().refine((id) => known.has(id), {
    error: (issue) => `event "${String(issue.input)}" is not in content/data/timeline.csv  (expected an id from its "id" column)`,
  });
  return z
    .strictObject({
      /** First year on the axis, e.g. `2018`. */
      from: z.number().int().min(1900).max(2100),
      /** Last year on the axis, e.g. `2025`. */
      to: z.number().int().min(1900).max(2100),
      /** Event ids drawn, e.g. `["2018-kim-xi-1", "2019-kim-putin-1"]`. */
      events: z.array(event).min(1, { message: 'is empty (expected at least one event id)' }),
      /** Event ids emphasised and labelled; each must also be in `events`. */
      highlight: z.array(event).default([]),
    })
    .refine((s) => s.from < s.to, { message: '"from" must be before "to"', path: ['to'] })
    .superRefine((s, ctx) => {
      const drawn = new Set(s.events);
      s.highlight.forEach((id, i) => {
        if (!drawn.has(id)) ctx.addIssue({ code: 'custom', path: ['highlight', i], message: `"${id}" is not in "events"  (expected a subset of events)` });
      });
      const years = new Map(content.data.timeline.map((e) => [e.id, Number(e.date.slice(0, 4))]));
      s.events.forEach((id, i) => {
        const y = years.get(id);
        if (y !== undefined && (y < s.from || y > s.to)) {
          ctx.addIssue({ code: 'custom', path: ['events', i], message: `"${id}" (${y}) is outside from-to  (expected ${s.from}-${s.to})` });
        }
      });
    });
};
