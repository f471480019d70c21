import { describe, expect, it } from 'vitest';
import { formatEventDate, parseEventDate, timelineDomain } from '../../../src/lib/charts/timeline/dates.ts';

describe('dates', () => {
  it('parseEventDate(date) keeps the precision: a year sits at 1 January, a month at the 1st', () => {
    const y = parseEventDate('1952');
    expect(y.precision).toBe('year');
    expect(y.start.toISOString()).toBe('1952-01-01T00:00:00.000Z');
    expect(y.end.toISOString()).toBe('1953-01-01T00:00:00.000Z');
    const m = parseEventDate('2017-10');
    expect(m).toMatchObject({ year: 2017, month: 10, precision: 'month' });
    expect(m.start.toISOString()).toBe('2017-10-01T00:00:00.000Z');
    expect(m.end.toISOString()).toBe('2017-11-01T00:00:00.000Z');
    const d = parseEventDate('2024-06-19');
    expect(d).toMatchObject({ year: 2024, month: 6, day: 19, precision: 'day' });
    expect(d.end.getTime() - d.start.getTime()).toBe(86_400_000);
  });

  it('parseEventDate rejects dates that do not exist', () => {
    expect(() => parseEventDate('2023-13')).toThrow('no month 13');
    expect(() => parseEventDate('2023-02-30')).toThrow('no day 30');
    expect(() => parseEventDate('March 2023')).toThrow('not a date');
  });

  it.each([
    ['2019', '2019'],
    ['2018-03', 'Mar 2018'],
    ['2024-06-19', '19 Jun 2024'],
    ['2019-01-07', '7 Jan 2019'],
  ])('formatEventDate(%j) is %j, never inventing a day or month', (date, shown) => {
    expect(formatEventDate(date)).toBe(shown);
  });

  it('timelineDomain(state) runs from 1 January of `from` to the end of `to`', () => {
    const [a, b] = timelineDomain({ from: 2024, to: 2025 });
    expect(a.toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(b.toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
});
