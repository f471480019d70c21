// Event dates keep the precision the data gives them (a year, a month or a day).
import type { TimelineState } from './state.ts';

export type Precision = 'year' | 'month' | 'day';

export interface EventDate {
  year: number;
  /** 1-12, when the data gives a month. */
  month?: number;
  /** 1-31, when the data gives a day. */
  day?: number;
  precision: Precision;
  /** Where the dot goes: 1 January for a year, the 1st for a month, the day itself. */
  start: Date;
  /** The end (exclusive) of the period the date names: the span the event may fall in. */
  end: Date;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** parseEventDate('2018-03') reads a YYYY, YYYY-MM or YYYY-MM-DD date and keeps its precision. */
export function parseEventDate(date: string): EventDate {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) throw new Error(`"${date}" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
  const year = Number(m[1]);
  if (m[2] === undefined) {
    return { year, precision: 'year', start: new Date(Date.UTC(year, 0, 1)), end: new Date(Date.UTC(year + 1, 0, 1)) };
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12) throw new Error(`"${date}" has no month ${month}`);
  if (m[3] === undefined) {
    return { year, month, precision: 'month', start: new Date(Date.UTC(year, month - 1, 1)), end: new Date(Date.UTC(year, month, 1)) };
  }
  const day = Number(m[3]);
  const start = new Date(Date.UTC(year, month - 1, day));
  if (day < 1 || start.getUTCMonth() !== month - 1) throw new Error(`"${date}" has no day ${day}`);
  return { year, month, day, precision: 'day', start, end: new Date(Date.UTC(year, month - 1, day + 1)) };
}

/** formatEventDate('2024-06-19') gives the date at the precision the data has: "2019", "Mar 2018", "19 Jun 2024". */
export function formatEventDate(date: string): string {
  const d = parseEventDate(date);
  if (d.precision === 'year') return String(d.year);
  const month = MONTHS[d.month! - 1]!;
  return d.precision === 'month' ? `${month} ${d.year}` : `${d.day} ${month} ${d.year}`;
}

/** The time the axis covers: 1 January of `from` to the end of `to` (1 January of the next year). */
export function timelineDomain(state: Pick<TimelineState, 'from' | 'to'>): [Date, Date] {
  return [new Date(Date.UTC(state.from, 0, 1)), new Date(Date.UTC(state.to + 1, 0, 1))];
}
