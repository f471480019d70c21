// Where each place's label goes: a greedy collision pass over eight positions around its mark, in
// frame units. Deterministic, so the static figure and the sticky map put a label in the same place.

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
  /** The text broken into lines (see wrapLabel); one line of `text` by default. */
  lines?: string[];
  /** Radius of the mark the label stands off from (0 for a label with no mark). */
  markRadius?: number;
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

/** textWidth(text, fontSize) estimates the rendered width of a label in a sans-serif UI font. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const c of text) {
    if (/[ilj.,'’:;|!()\-\s]/.test(c)) em += 0.3;
    else if (/[ftrI]/.test(c)) em += 0.4;
    else if (/[mwMW]/.test(c)) em += 0.85;
    else if (/[A-Z]/.test(c)) em += 0.68;
    else if (/[\u3000-\u9fff\uac00-\ud7af]/.test(c)) em += 1;
    else em += 0.56;
  }
  return em * fontSize;
}

export function markBox(x: number, y: number, r: number): Box {
  return { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

function outsideArea(b: Box, frame: Box): number {
  const area = (b.x1 - b.x0) * (b.y1 - b.y0);
  return area - overlapArea(b, frame);
}

/**
 * wrapLabel(text, max) breaks a long name into two lines: before a parenthesis if it has one
 * ("Fangchuan" / "(tri-border viewpoint)"), else at the space nearest the middle.
 */
export function wrapLabel(text: string, max = 18): string[] {
  if (text.length <= max) return [text];
  const paren = text.indexOf(' (');
  if (paren > 0) return [text.slice(0, paren), text.slice(paren + 1)];
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index);
  if (!spaces.length) return [text];
  const mid = text.length / 2;
  const at = spaces.reduce((a, b) => (Math.abs(b - mid) < Math.abs(a - mid) ? b : a));
  return [text.slice(0, at), text.slice(at + 1)];
}

/** Line spacing of wrapped labels, in em. */
export const LINE_HEIGHT = 1.1;

/** The text anchor and box of a label at one position around its mark (`y` is the first baseline). */
export function labelAt(input: LabelInput, position: LabelPosition, fontSize: number): Omit<PlacedLabel, 'id' | 'overlaps'> {
  const size = input.fontSize ?? fontSize;
  const lines = input.lines ?? [input.text];
  const w = Math.max(...lines.map((l) => textWidth(l, size)));
  const ascent = size * 0.75;
  const descent = size * 0.25;
  const block = ascent + descent + (lines.length - 1) * size * LINE_HEIGHT;
  const r = input.markRadius ?? 0;
  const off = r + GAP;
  const diag = r * Math.SQRT1_2 + GAP * 0.8;
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
  return { x: tx, y: top + ascent, anchor, position, lines, box: { x0, y0: top, x1: x0 + w, y1: top + block } };
}

/**
 * placeLabels(inputs, options) gives each label the first of its positions (its `prefer` list, then
 * e, w, ne, nw, se, sw, n, s) that overlaps no mark, no obstacle, no label placed before it and stays
 * inside the frame; labels are placed in input order, so put the most important first. A label with
 * no free position takes the one that overlaps least and is flagged `overlaps`.
 */
export function placeLabels(inputs: readonly LabelInput[], options: LabelOptions): PlacedLabel[] {
  const fontSize = options.fontSize ?? 12;
  const m = options.margin ?? 2;
  const frame: Box = { x0: m, y0: m, x1: options.width - m, y1: options.height - m };
  const marks = inputs.map((l) => ({ id: l.id, box: markBox(l.x, l.y, (l.markRadius ?? 0) + 1) })).filter((b) => b.box.x1 > b.box.x0);
  const placed: Box[] = [];
  return inputs.map((input) => {
    const order = [...new Set([...(input.prefer ?? []), ...LABEL_POSITIONS])];
    let best: { cost: number; at: ReturnType<typeof labelAt> } | undefined;
    for (const position of order) {
      const at = labelAt(input, position, fontSize);
      let cost = outsideArea(at.box, frame) * 4;
      for (const b of placed) cost += overlapArea(at.box, b) * 2;
      for (const o of options.obstacles ?? []) cost += overlapArea(at.box, o);
      for (const mk of marks) if (mk.id !== input.id) cost += overlapArea(at.box, mk.box) * 2;
      if (!best || cost < best.cost - 1e-9) best = { cost, at };
      if (cost === 0) break;
    }
    placed.push(best!.at.box);
    return { id: input.id, ...best!.at, overlaps: best!.cost > 0 };
  });
}
