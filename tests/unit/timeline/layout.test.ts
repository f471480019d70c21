import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/loader/loadContent.ts';
import { parseEventDate } from '../../../src/lib/charts/timeline/dates.ts';
import { HEIGHT } from '../../../src/lib/charts/timeline/frame.ts';
import { timelineLayout } from '../../../src/lib/charts/timeline/layout.ts';
import { row, state } from './fixtures.ts';

type Laid = ReturnType<typeof timelineLayout>['events'][number];

/** No two of these events' label boxes overlap. */
function expectNoOverlap(events: Laid[]) {
  for (const a of events) {
    for (const b of events) {
      if (a === b) continue;
      const A = a.label.box;
      const B = b.label.box;
      expect(A.x < B.x + B.width && B.x < A.x + A.width && A.y < B.y + B.height && B.y < A.y + A.height, `${a.id} / ${b.id}`).toBe(false);
    }
  }
}

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
      expectNoOverlap(shown);
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
    expectNoOverlap(numbered);
  });
});
