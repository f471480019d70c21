// Label placement: every label gets a slot in one of fixed rows, so that nothing collides and every
// state of the chart has the same height.
import { DEFAULT_AXIS_Y, DEFAULT_ROWS } from './frame.ts';

export type Side = 'above' | 'below';

/** A fixed horizontal band labels may occupy; rows are numbered from the axis outwards. */
export interface LabelRow {
  side: Side;
  index: number;
  /** Top and bottom of the band in SVG units. */
  top: number;
  bottom: number;
}

export interface LabelItem {
  id: string;
  /** Where the dot is: the leader line runs vertically from the axis at this x. */
  x: number;
  width: number;
  height: number;
}

export interface PlacedLabel {
  id: string;
  /** The dot's x, where the leader line is drawn. */
  anchor: number;
  /** The label's box: left, top, width, height. */
  x: number;
  y: number;
  width: number;
  height: number;
  side: Side;
  row: number;
  /** `start`: text runs right from the leader; `end`: text ends at the leader. */
  align: 'start' | 'end';
  /** The leader line from the axis to the near edge of the box. */
  leader: { x: number; y1: number; y2: number };
}

export interface PlaceOptions {
  rows?: LabelRow[];
  /** y of the axis the leaders start from. */
  axisY?: number;
  /** Minimum horizontal space between two boxes in the same row. */
  gap?: number;
  /** How far the text starts before its leader (start) or ends after it (end). */
  inset?: number;
  /** Minimum horizontal space between a leader line and another label. */
  clearance?: number;
}

export interface Placement {
  placed: PlacedLabel[];
  /** Ids that found no free slot. */
  unplaced: string[];
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a, gap = 0) =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height && b.y < a.y + a.height;

/** Does a vertical leader pass through a box (with a little clearance either side)? */
const crosses = (l: PlacedLabel['leader'], b: { x: number; y: number; width: number; height: number }, clear: number) =>
  l.x > b.x - clear && l.x < b.x + b.width + clear && Math.min(l.y1, l.y2) < b.y + b.height && Math.max(l.y1, l.y2) > b.y;

/**
 * placeTimelineLabels(items, width, options) gives each label a slot in one of the fixed rows so that no two
 * boxes overlap, every box lies within 0..width and contains its own anchor (so its leader line is
 * vertical), and no leader line crosses another label. Among the arrangements that place every label it
 * returns the cheapest: rows nearest the axis first (above 0, below 0, above 1, ...), text starting at
 * its leader rather than ending at it. A cluster therefore stacks into a staircase whose leaders pass
 * beside the boxes below them. The search is exhaustive with pruning, within a fixed budget; if no
 * arrangement places every label, a greedy pass places what it can and the rest come back in `unplaced`.
 */
export function placeTimelineLabels(items: LabelItem[], width: number, options: PlaceOptions = {}): Placement {
  const rows = options.rows ?? DEFAULT_ROWS;
  const axisY = options.axisY ?? DEFAULT_AXIS_Y;
  const gap = options.gap ?? 6;
  const inset = options.inset ?? 1;
  const clear = options.clearance ?? 4;
  const prefs = [...rows].sort((a, b) => a.index - b.index || (a.side === 'above' ? -1 : 1));
  const order = [...items].sort((a, b) => b.x - a.x || a.id.localeCompare(b.id));

  const candidates = order.map((item) => {
    const list: { label: PlacedLabel; cost: number }[] = [];
    prefs.forEach((row, rank) => {
      if (item.height > row.bottom - row.top + 0.01 || item.width > width) return;
      for (const align of ['start', 'end'] as const) {
        const raw = align === 'start' ? item.x - inset : item.x + inset - item.width;
        const x = Math.max(0, Math.min(width - item.width, raw));
        if (item.x < x || item.x > x + item.width) continue;
        const y = row.side === 'above' ? row.bottom - item.height : row.top;
        const leader = { x: item.x, y1: axisY, y2: row.side === 'above' ? row.bottom : row.top };
        list.push({
          label: { id: item.id, anchor: item.x, x, y, width: item.width, height: item.height, side: row.side, row: row.index, align, leader },
          cost: rank + (align === 'end' ? 0.5 : 0) + (Math.abs(x - raw) / width) * 0.5,
        });
      }
    });
    return list.sort((a, b) => a.cost - b.cost);
  });
  const fits = (c: PlacedLabel, placed: PlacedLabel[]) =>
    placed.every((p) => !overlaps(c, p, gap) && !crosses(c.leader, p, clear) && !crosses(p.leader, c, clear));

  // Exhaustive search with branch and bound.
  const minCost = candidates.map((c) => c[0]?.cost ?? Infinity);
  const restMin = minCost.map((_, i) => minCost.slice(i).reduce((s, v) => s + v, 0));
  let best: PlacedLabel[] | undefined;
  let bestCost = Infinity;
  let budget = 100_000;
  const stack: PlacedLabel[] = [];
  const search = (i: number, cost: number): void => {
    if (budget-- <= 0) return;
    if (i === order.length) {
      if (cost < bestCost) {
        bestCost = cost;
        best = [...stack];
      }
      return;
    }
    if (cost + restMin[i]! >= bestCost) return;
    for (const c of candidates[i]!) {
      if (cost + c.cost + (restMin[i + 1] ?? 0) >= bestCost) break;
      if (!fits(c.label, stack)) continue;
      stack.push(c.label);
      search(i + 1, cost + c.cost);
      stack.pop();
    }
  };
  if (restMin[0] !== Infinity) search(0, 0);

  let placed: PlacedLabel[];
  const unplaced: string[] = [];
  if (best) placed = best;
  else {
    placed = [];
    order.forEach((item, i) => {
      const c = candidates[i]!.find((k) => fits(k.label, placed));
      if (c) placed.push(c.label);
      else unplaced.push(item.id);
    });
  }
  placed.sort((a, b) => a.anchor - b.anchor || a.id.localeCompare(b.id));
  return { placed, unplaced };
}
