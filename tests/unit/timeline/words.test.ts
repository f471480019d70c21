import { describe, expect, it } from 'vitest';
import { describeTimeline, timelineTable } from '../../../src/lib/charts/timeline/words.ts';
import { row, state } from './fixtures.ts';

describe('describeTimeline and timelineTable', () => {
  const rows = [
    row('b', '2018-03-25', "Kim Jong Un's first summit with Xi Jinping, Beijing (25-28 March)", ['wiki-kim-xi']),
    row('a', '2017-10', 'Fibre-optic link over the Friendship Bridge', ['owiki']),
    row('c', '2019', 'Something happened; with details', ['x', 'y']),
    row('d', '2020-01-22', 'Not drawn'),
  ];

  it('describeTimeline(rows, state) names the highlighted events with their dates at the precision given', () => {
    const text = describeTimeline(rows, state({ from: 2017, to: 2019, events: ['a', 'b', 'c'], highlight: ['b'] }));
    expect(text).toContain('Timeline from 2017 to 2019 marking 3 events.');
    expect(text).toContain("Highlighted: 25 Mar 2018, Kim Jong Un's first summit with Xi Jinping, Beijing (25-28 March).");
    expect(text).toContain('Also marked: Oct 2017, Fibre-optic link over the Friendship Bridge; 2019, Something happened.');
    expect(text).not.toContain('Not drawn');
  });

  it('timelineTable(rows) lists the events in date order with the date as precise as the data and the sources', () => {
    const t = timelineTable(rows);
    expect(t.columns.map((c) => c.key)).toEqual(['date', 'event', 'source_ids']);
    expect(t.rows.map((r) => r.date)).toEqual(['Oct 2017', '25 Mar 2018', '2019', '22 Jan 2020']);
    expect(t.rows[2]!.source_ids).toBe('x; y');
  });

  it('timelineTable(rows, states) keeps only the events the states draw', () => {
    const t = timelineTable(rows, [{ events: ['b'] }, { events: ['c', 'b'] }]);
    expect(t.rows.map((r) => r.event)).toEqual([rows[0]!.event, rows[2]!.event]);
  });
});
