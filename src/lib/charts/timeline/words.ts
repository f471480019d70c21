// The timeline in words: the text alternative of a state and the data table.
import { formatEventDate, parseEventDate } from './dates.ts';
import { mainClause } from './labelText.ts';
import type { TimelineRow, TimelineState } from './state.ts';

const sortByDate = (rows: TimelineRow[]) =>
  [...rows].sort((a, b) => parseEventDate(a.date).start.getTime() - parseEventDate(b.date).start.getTime() || a.id.localeCompare(b.id));

const sentence = (r: TimelineRow) => `${formatEventDate(r.date)}, ${r.event}`;
const brief = (r: TimelineRow) => `${formatEventDate(r.date)}, ${mainClause(r.event)}`;

/**
 * describeTimeline(rows, state) is the text alternative of one state: the span, the highlighted events
 * with their dates (at the precision the data gives) and full text, then the other events drawn, each
 * with its date and main clause.
 */
export function describeTimeline(rows: TimelineRow[], state: TimelineState): string {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const drawn = sortByDate(state.events.map((id) => byId.get(id)).filter((r): r is TimelineRow => r !== undefined));
  const highlight = new Set(state.highlight ?? []);
  const hi = drawn.filter((r) => highlight.has(r.id));
  const rest = drawn.filter((r) => !highlight.has(r.id));
  const parts = [`Timeline from ${state.from} to ${state.to} marking ${drawn.length} event${drawn.length === 1 ? '' : 's'}.`];
  if (hi.length) parts.push(`Highlighted: ${hi.map(sentence).join('; ')}.`);
  if (rest.length) parts.push(`${hi.length ? 'Also marked' : 'Marked'}: ${rest.map(brief).join('; ')}.`);
  return parts.join(' ');
}

/**
 * timelineTable(rows, states?) is the data table: every event the given states draw (all rows if no
 * states are given), in date order, with the date as precise as the data has it and the sources.
 */
export function timelineTable(rows: TimelineRow[], states?: Pick<TimelineState, 'events'>[]) {
  const drawn = states ? new Set(states.flatMap((s) => s.events)) : undefined;
  return {
    columns: [
      { key: 'date', label: 'Date' },
      { key: 'event', label: 'Event' },
      { key: 'source_ids', label: 'Sources' },
    ],
    rows: sortByDate(drawn ? rows.filter((r) => drawn.has(r.id)) : rows).map((r) => ({
      date: formatEventDate(r.date),
      event: r.event,
      source_ids: r.source_ids.join('; '),
    })),
  };
}
