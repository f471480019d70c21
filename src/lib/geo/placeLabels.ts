// Where each place's label goes: a greedy collision pass over eight positions around its mark, in
// frame units. Deterministic, so the static figure and the sticky map put a label in the same place.

import { labelTextWidth } from '../text/width.ts';

export type LabelPosition = 'e' | 'w' | 'n' | 's' | 'ne' | 'nw' | 'se' | 'sw';
export const LABEL_POSITIONS: readonly LabelPosition[] = ['e', 'w', 'ne', 'nw', 'se', 'sw', 'n', 's'];

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelInput {
  id: string;
  /** The mark's position in the frame. */
  x: number;
  y: number;
  text: string;
  /** The text broken into lines (see wrapInTwo in lib/text/wrap.ts); one line of `text` by default. */
  lines?: string[];
  /** Radius of the mark the label stands off from. */
  markRadius?: number;
  /** False for a name with no symbol (a river at its mouth): other labels may cover its point. */
  hasMark?: boolean;
  /** Positions to try first, e.g. `['nw', 'w']` for a place on the west bank. */
  prefer?: readonly LabelPosition[];
  fontSize?: number;
}

export interface PlacedLabel {
  id: string;
  /** Text anchor point: `x` with `anchor`, `y` the baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  position: LabelPosition;
  lines: string[];
  box: Box;
  /** For a label set further out: a line from the mark's edge to the text, `[x1, y1, x2, y2]`. */
  leader?: [number, number, number, number];
  /** True when no position was free: the label sits where it overlaps least. */
  overlaps: boolean;
}

export interface LabelOptions {
  width: number;
  height: number;
  /** Boxes labels must avoid besides the marks (scale bar, attribution, north arrow). */
  obstacles?: Box[];
  /** Keep labels this far inside the frame. */
  margin?: number;
  fontSize?: number;
}

const GAP = 3;


export function markBox(x: number, y: number, r: number): Box {
  return { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Distance from a point to a box (0 inside). */
export function boxDistance(b: Box, x: number, y: number): number {
  return Math.hypot(Math.max(b.x0 - x, 0, x - b.x1), Math.max(b.y0 - y, 0, y - b.y1));
}

/** Extra distance of each ring of candidate positions (labels beyond the first ring get a leader). */
const RINGS = [0, 14, 28];
/** Cost of each ring beyond the first: a label next to its mark is worth a little overlap. */
const RING_COST = 25;
/** Cost of a label that sits nearer another mark than its own, so it reads as that mark's name. */
const AMBIGUITY = 60;

function outsideArea(b: Box, frame: Box): number {
  const area = (b.x1 - b.x0) * (b.y1 - b.y0);
  return area - overlapArea(b, frame);
}


/** Line spacing of wrapped labels, in em. */
export const LINE_HEIGHT = 1.1;

/** The text anchor and box of a label at one position around its mark (`y` is the first baseline). */
export function labelAt(input: LabelInput, position: LabelPosition, fontSize: number, extra = 0): Omit<PlacedLabel, 'id' | 'overlaps'> {
  const size = input.fontSize ?? fontSize;
  const lines = input.lines ?? [input.text];
  const w = Math.max(...lines.map((l) => labelTextWidth(l, size)));
  const ascent = size * 0.75;
  const descent = size * 0.25;
  const block = ascent + descent + (lines.length - 1) * size * LINE_HEIGHT;
  const r = input.markRadius ?? 0;
  const off = r + GAP + extra;
  const diag = r * Math.SQRT1_2 + GAP * 0.8 + extra * Math.SQRT1_2;
  const { x, y } = input;
  const [dx, anchor, top] = (
    {
      e: [off, 'start', y - block / 2],
      w: [-off, 'end', y - block / 2],
      n: [0, 'middle', y - off - block],
      s: [0, 'middle', y + off],
      ne: [diag, 'start', y - diag - block],
      nw: [-diag, 'end', y - diag - block],
      se: [diag, 'start', y + diag],
      sw: [-diag, 'end', y + diag],
    } as const
  )[position];
  const tx = x + dx;
  const x0 = anchor === 'start' ? tx : anchor === 'end' ? tx - w : tx - w / 2;
  const box = { x0, y0: top, x1: x0 + w, y1: top + block };
  const placed = { x: tx, y: top + ascent, anchor, position, lines, box };
  if (!extra) return placed;
  // A label set further out is tied to its mark by a leader from the mark's edge to the text's edge.
  const ex = Math.max(box.x0 - 1, Math.min(x, box.x1 + 1));
  const ey = Math.max(box.y0 - 1, Math.min(y, box.y1 + 1));
  const len = Math.hypot(ex - x, ey - y) || 1;
  const sx = x + ((ex - x) / len) * (r + 1);
  const sy = y + ((ey - y) / len) * (r + 1);
  return { ...placed, leader: [sx, sy, ex, ey] };
}

/**
 * placeLabels(inputs, options) gives each label the first of its positions (its `prefer` list, then
 * e, w, ne, nw, se, sw, n, s) that overlaps no mark, no obstacle, no label placed before it, stays
 * inside the frame and is not nearer another mark than its own; labels are placed in input order, so
 * put the most important first. A label with no free position takes the one that costs least and is
 * flagged `overlaps`.
 */
export function placeLabels(inputs: readonly LabelInput[], options: LabelOptions): PlacedLabel[] {
  const fontSize = options.fontSize ?? 12;
  const m = options.margin ?? 2;
  const frame: Box = { x0: m, y0: m, x1: options.width - m, y1: options.height - m };
  const marks = inputs.filter((l) => l.hasMark !== false).map((l) => ({ id: l.id, box: markBox(l.x, l.y, (l.markRadius ?? 0) + 1) }));
  const placed: Box[] = [];
  return inputs.map((input) => {
    const order = [...new Set([...(input.prefer ?? []), ...LABEL_POSITIONS])];
    let best: { cost: number; clash: number; at: ReturnType<typeof labelAt> } | undefined;
    const rings = input.hasMark === false ? [0] : RINGS;
    search: for (const [ring, extra] of rings.entries()) {
      for (const position of order) {
        const at = labelAt(input, position, fontSize, extra);
        let clash = outsideArea(at.box, frame) * 4;
        for (const b of placed) clash += overlapArea(at.box, b) * 2;
        for (const o of options.obstacles ?? []) clash += overlapArea(at.box, o);
        const own = boxDistance(at.box, input.x, input.y);
        for (const mk of marks) {
          if (mk.id === input.id) continue;
          clash += overlapArea(at.box, mk.box) * 2;
          const [mx, my] = [(mk.box.x0 + mk.box.x1) / 2, (mk.box.y0 + mk.box.y1) / 2];
          // Marks on top of each other (two towns facing each other at a small scale) cannot be told
          // apart anyway, and a leader says which mark a label belongs to.
          if (Math.hypot(mx - input.x, my - input.y) < 4 || at.leader) continue;
          const other = boxDistance(at.box, mx, my);
          if (other < own + 1) clash += AMBIGUITY + (own + 1 - other) * 10;
        }
        const cost = clash + ring * RING_COST;
        if (!best || cost < best.cost - 1e-9) best = { cost, clash, at };
        if (clash === 0) break search;
      }
    }
    placed.push(best!.at.box);
    return { id: input.id, ...best!.at, overlaps: best!.clash > 0 };
  });
}
