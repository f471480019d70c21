import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/loader/loadContent.ts';
import {
  HEIGHT,
  describeTimeline,
  formatEventDate,
  mainClause,
  parseEventDate,
  placeTimelineLabels,
  shortLabel,
  textWidth,
  timelineDomain,
  timelineLayout,
  timelineTable,
  wrapText,
  type LabelItem,
  type LabelRow,
  type PlacedLabel,
  type TimelineRow,
  type TimelineState,
} from '../../src/lib/charts/timeline.ts';

const row = (id: string, date: string, event: string, source_ids = ['src-a']): TimelineRow => ({ id, date, event, chapter: 'x', source_ids, notes: '' });
const state = (s: Partial<TimelineState> & Pick<TimelineState, 'from' | 'to' | 'events'>): TimelineState => ({ highlight: [], ...s });

/** Deterministic pseudo-random numbers, so a failing case can be replayed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const overlap = (a: PlacedLabel, b: PlacedLabel) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const crosses = (l: PlacedLabel['leader'], b: PlacedLabel) =>
  l.x >= b.x && l.x <= b.x + b.width && Math.min(l.y1, l.y2) < b.y + b.height && Math.max(l.y1, l.y2) > b.y;

const AXIS = 130;
const rows3x2: LabelRow[] = [
  ...[0, 1, 2].map((i) => ({ side: 'above' as const, index: i, top: AXIS - 10 - i * 40 - 37.5, bottom: AXIS - 10 - i * 40 })),
  ...[0, 1].map((i) => ({ side: 'below' as const, index: i, top: AXIS + 24 + i * 40, bottom: AXIS + 24 + i * 40 + 37.5 })),
];

function checkPlacement(items: LabelItem[], width: number, placed: PlacedLabel[]) {
  for (const p of placed) {
    const item = items.find((i) => i.id === p.id)!;
    expect(p.x).toBeGreaterThanOrEqual(0);
    expect(p.x + p.width).toBeLessThanOrEqual(width + 1e-9);
    expect(p.anchor).toBe(item.x);
    expect(p.x).toBeLessThanOrEqual(p.anchor);
    expect(p.x + p.width).toBeGreaterThanOrEqual(p.anchor);
    expect(p.leader.x).toBe(p.anchor);
    for (const q of placed) {
      if (q === p) continue;
      expect(overlap(p, q), `${p.id} overlaps ${q.id}`).toBe(false);
      expect(crosses(p.leader, q), `leader of ${p.id} crosses ${q.id}`).toBe(false);
    }
  }
}

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

describe('label text', () => {
  it('textWidth(text) grows with the text, and bold text is wider', () => {
    expect(textWidth('Mar 2018')).toBeGreaterThan(textWidth('2018'));
    expect(textWidth('Mar 2018', 11, true)).toBeGreaterThan(textWidth('Mar 2018'));
    expect(textWidth('mmm')).toBeGreaterThan(textWidth('iii'));
  });

  it('wrapText(text, maxWidth) keeps text that fits whole, over at most two lines', () => {
    const w = wrapText('Third Kim-Xi summit, Beijing', 90);
    expect(w.truncated).toBe(false);
    expect(w.lines.join(' ')).toBe('Third Kim-Xi summit, Beijing');
    expect(w.lines.length).toBeLessThanOrEqual(2);
  });

  it('wrapText(text, maxWidth) truncates at a word boundary with an ellipsis, never ending on "the" or a comma', () => {
    const text = 'Putin and Kim sign the Treaty on Comprehensive Strategic Partnership in Pyongyang and agree to build a road bridge';
    for (const width of [60, 90, 120, 150, 170]) {
      const w = wrapText(text, width);
      expect(w.truncated).toBe(true);
      expect(w.lines.length).toBe(2);
      const last = w.lines[1]!;
      expect(last.endsWith('…')).toBe(true);
      expect(last).not.toMatch(/\b(the|on|and|in|to|a)…$/i);
      expect(last).not.toMatch(/[,;]…$/);
      for (const line of w.lines) expect(textWidth(line)).toBeLessThanOrEqual(width);
      // Whole words only: every word but the last comes from the text as is.
      const words = w.lines.join(' ').replace('…', '').split(' ');
      expect(text.startsWith(words.join(' '))).toBe(true);
    }
  });

  it('shortLabel(event, maxWidth) drops parentheses and what follows a semicolon, and prefers to end at a comma', () => {
    expect(mainClause('Second Kim-Xi summit, Dalian (7-8 May)')).toBe('Second Kim-Xi summit, Dalian');
    expect(mainClause('First Kim-Putin summit, Vladivostok; Kim travels by train')).toBe('First Kim-Putin summit, Vladivostok');
    expect(shortLabel('Kim-Putin summit at the Vostochny Cosmodrome, Amur region', 140)).toEqual(['Kim-Putin summit at the', 'Vostochny Cosmodrome']);
    // A one-word clause before the comma is not a label: "Kim".
    const parade = shortLabel("Kim, Xi and Putin appear together at Beijing's Victory Day parade; Kim and Putin meet", 140);
    expect(parade[0]!.startsWith('Kim, Xi and Putin')).toBe(true);
    expect(parade[1]!.endsWith('…')).toBe(true);
  });
});

describe('placeTimelineLabels', () => {
  it('placeTimelineLabels(items, width) never returns two overlapping boxes', () => {
    const random = rng(20251);
    for (let trial = 0; trial < 400; trial++) {
      const width = 400;
      const n = 1 + Math.floor(random() * 9);
      const clustered = random() < 0.5;
      const centre = random() * width;
      const items: LabelItem[] = Array.from({ length: n }, (_, i) => ({
        id: `e${i}`,
        x: clustered ? Math.max(0, Math.min(width, centre + (random() - 0.5) * 60)) : random() * width,
        width: 20 + random() * 150,
        height: 12.5 * (1 + Math.floor(random() * 3)),
      }));
      const { placed, unplaced } = placeTimelineLabels(items, width, { rows: rows3x2, axisY: AXIS });
      expect(placed.length + unplaced.length).toBe(n);
      checkPlacement(items, width, placed);
    }
  });

  it('placeTimelineLabels keeps every box inside the width, over its own dot, and clear of other leaders', () => {
    const items: LabelItem[] = [
      { id: 'left-edge', x: 2, width: 120, height: 37.5 },
      { id: 'right-edge', x: 398, width: 120, height: 37.5 },
      { id: 'middle', x: 160, width: 100, height: 25 },
    ];
    const { placed, unplaced } = placeTimelineLabels(items, 400, { rows: rows3x2, axisY: AXIS });
    expect(unplaced).toEqual([]);
    checkPlacement(items, 400, placed);
    expect(placed.every((p) => p.row === 0 && p.side === 'above')).toBe(true);
  });

  it('placeTimelineLabels stacks a tight cluster into a staircase rather than overlapping it', () => {
    // The five Kim-Xi meetings of 2018-2019 on a 2018-2025 axis: anchors within 60 units.
    const items: LabelItem[] = [23, 28, 34, 60, 81].map((x, i) => ({ id: `m${i}`, x, width: 130, height: 37.5 }));
    const { placed, unplaced } = placeTimelineLabels(items, 400, { rows: rows3x2, axisY: AXIS });
    expect(unplaced).toEqual([]);
    checkPlacement(items, 400, placed);
    expect(new Set(placed.map((p) => `${p.side}${p.row}`)).size).toBeGreaterThan(1);
  });

  it('placeTimelineLabels returns what it cannot place in `unplaced` instead of overlapping it', () => {
    const items: LabelItem[] = Array.from({ length: 8 }, (_, i) => ({ id: `same-${i}`, x: 200, width: 100, height: 30 }));
    const { placed, unplaced } = placeTimelineLabels(items, 400, { rows: rows3x2.slice(0, 1), axisY: AXIS });
    expect(placed.length).toBeGreaterThan(0);
    expect(unplaced.length).toBe(8 - placed.length);
    checkPlacement(items, 400, placed);
  });
});

describe('timelineLayout', () => {
  const rows = loadContent().data.timeline;
  const kimXi = state({
    from: 2018,
    to: 2025,
    events: ['2018-kim-xi-1', '2018-kim-xi-2', '2018-kim-xi-3', '2019-kim-xi-4', '2019-kim-putin-1', '2019-kim-xi-5', '2023-kim-putin-2', '2024-friendship-year', '2024-russia-nk-treaty', '2025-beijing-parade', '2025-kim-xi-6'],
    highlight: ['2018-kim-xi-1', '2018-kim-xi-2', '2018-kim-xi-3', '2019-kim-xi-4', '2019-kim-xi-5'],
  });
  const treaty = state({
    from: 2024,
    to: 2025,
    events: ['2024-russia-nk-treaty', '2024-troops-shipped', '2024-troops-12000', '2024-duma-ratifies', '2024-nk-ratifies', '2024-treaty-in-force'],
    highlight: ['2024-russia-nk-treaty', '2024-duma-ratifies', '2024-nk-ratifies', '2024-treaty-in-force'],
  });
  const origins = state({
    from: 1950,
    to: 2026,
    events: ['1952-first-train-tumen', '1959-friendship-bridge-opens', '2019-kim-putin-1', '2025-road-bridge-begins'],
    highlight: ['1952-first-train-tumen', '1959-friendship-bridge-opens'],
  });

  it('timelineLayout(rows, state) has the same frame for every state, so nothing shifts between steps', () => {
    const layouts = [kimXi, treaty, origins].map((s) => timelineLayout(rows, s));
    for (const l of layouts) {
      expect(l.height).toBe(HEIGHT);
      expect(l.width).toBe(400);
      for (const e of l.events) {
        if (!e.labelled && !e.number) continue;
        expect(e.label.box.y).toBeGreaterThanOrEqual(0);
        expect(e.label.box.y + e.label.box.height).toBeLessThanOrEqual(HEIGHT);
      }
    }
  });

  it('timelineLayout labels every highlighted event of a chapter step without overlaps (the 2018-2019 Kim-Xi cluster)', () => {
    for (const s of [kimXi, treaty, origins]) {
      const l = timelineLayout(rows, s);
      expect(l.mode).toBe('labels');
      const shown = l.events.filter((e) => e.labelled);
      expect(shown.map((e) => e.id).sort()).toEqual([...s.highlight].sort());
      for (const a of shown) {
        for (const b of shown) {
          if (a === b) continue;
          const A = a.label.box;
          const B = b.label.box;
          expect(A.x < B.x + B.width && B.x < A.x + A.width && A.y < B.y + B.height && B.y < A.y + A.height, `${a.id} / ${b.id}`).toBe(false);
        }
      }
    }
  });

  it('timelineLayout draws only the events of the state; the others are absent so the morph fades them', () => {
    const l = timelineLayout(rows, treaty);
    expect(l.events.map((e) => e.id)).toEqual(treaty.events.slice().sort((a, b) => parseEventDate(rows.find((r) => r.id === a)!.date).start.getTime() - parseEventDate(rows.find((r) => r.id === b)!.date).start.getTime()));
    const plain = l.events.find((e) => e.id === '2024-troops-shipped')!;
    expect(plain.highlight).toBe(false);
    expect(plain.labelled).toBe(false);
    expect(plain.leader.visible).toBe(false);
    expect(plain.label.x).toBe(plain.x);
  });

  it('timelineLayout labels every year when it fits and every 10 years across 1950-2026', () => {
    expect(timelineLayout(rows, kimXi).yearLabels.map((t) => t.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(timelineLayout(rows, origins).yearLabels.map((t) => t.year)).toEqual([1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020]);
    const ticks = timelineLayout(rows, treaty).ticks;
    expect(ticks.map((t) => t.year)).toEqual([2024, 2025, 2026]);
    expect(timelineLayout(rows, treaty).monthTicks.length).toBe(22);
  });

  it('timelineLayout places a year-only date at 1 January and spans the year it may fall in', () => {
    const l = timelineLayout(rows, origins);
    const e = l.events.find((x) => x.id === '1952-first-train-tumen')!;
    expect(e.precision).toBe('year');
    expect(e.dateLabel).toBe('1952');
    const t1952 = l.ticks.find((t) => t.year === 1952)!;
    expect(e.x).toBeCloseTo(t1952.x, 6);
    expect(e.spanEnd).toBeGreaterThan(e.x);
  });

  it('timelineLayout numbers the highlighted dots and lists them in a key when labels cannot fit', () => {
    const many = Array.from({ length: 12 }, (_, i) => row(`e${i}`, `2024-03-${String(i + 1).padStart(2, '0')}`, `Event number ${i + 1} with a longish description of what happened`));
    const twins = [row('t1', '2024-09-03', 'Parade in Beijing'), row('t2', '2024-09-04', 'Talks in Beijing')];
    const all = [...many, ...twins];
    const s = state({ from: 2020, to: 2025, events: all.map((r) => r.id), highlight: all.map((r) => r.id) });
    const l = timelineLayout(all, s);
    expect(l.mode).toBe('numbers');
    expect(l.height).toBe(HEIGHT);
    expect(l.key.map((k) => k.number)).toEqual(all.map((_, i) => String(i + 1)));
    expect(l.key[0]!.text.startsWith('1 Mar 2024: Event number')).toBe(true);
    expect(new Set(l.key.map((k) => k.x)).size).toBe(2);
    // Two dots a day apart share one number label.
    expect(l.events.find((e) => e.id === 't1')!.number).toBe('13, 14');
    expect(l.events.find((e) => e.id === 't2')!.number).toBe('');
    for (const k of l.key) {
      expect(k.y).toBeGreaterThan(l.axisY);
      expect(k.y + 12).toBeLessThanOrEqual(HEIGHT);
    }
  });
  it('timelineLayout falls back to numbers, not overlaps, when every Kim meeting of 2018-2025 is highlighted', () => {
    const l = timelineLayout(rows, { ...kimXi, highlight: kimXi.events });
    expect(l.mode).toBe('numbers');
    expect(l.key).toHaveLength(kimXi.events.length);
    const numbered = l.events.filter((e) => e.number !== '');
    for (const a of numbered) {
      for (const b of numbered) {
        if (a === b) continue;
        const A = a.label.box;
        const B = b.label.box;
        expect(A.x < B.x + B.width && B.x < A.x + A.width && A.y < B.y + B.height && B.y < A.y + A.height, `${a.id} / ${b.id}`).toBe(false);
      }
    }
  });
});

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
