import { describe, expect, it } from 'vitest';
import { placeTimelineLabels, type LabelItem, type LabelRow, type PlacedLabel } from '../../../src/lib/charts/timeline/placeLabels.ts';

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
