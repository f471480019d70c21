// The timeline: pure logic only (no DOM). Dates keep the precision the data gives them, labels are
// measured with a character-width estimate and stacked in fixed rows so they never collide, and the
// whole layout is a function of (rows, state), so every step state has the same SVG height.
import { scaleUtc } from 'd3-scale';

/** The state this chart reads (src/schemas/graphics/timeline.ts validates it). */
export interface TimelineState {
  from: number;
  to: number;
  events: string[];
  highlight: string[];
}

export interface TimelineRow {
  id: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  event: string;
  chapter: string;
  source_ids: string[];
  notes: string;
}

// ---------------------------------------------------------------------------------------------
// Dates

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

// ---------------------------------------------------------------------------------------------
// Text measurement and short labels

export const FONT_SIZE = 11;

// Approximate advance widths in em (Helvetica/Arial-like sans), padded below by SAFETY so that wider
// system fonts (DejaVu Sans, Roboto) still fit the boxes the layout reserves.
const NARROW = new Set([...'ijl.,:;\'!|`’']);
const SEMI = new Set([...'ftrI()[]-/ "']);
const WIDE_LOWER = new Set([...'mw']);
const WIDE_UPPER = new Set([...'MW']);
const SAFETY = 1.15;

function charEm(c: string): number {
  if (c === ' ') return 0.28;
  if (NARROW.has(c)) return 0.24;
  if (SEMI.has(c)) return 0.34;
  if (WIDE_LOWER.has(c)) return 0.84;
  if (WIDE_UPPER.has(c)) return 0.9;
  if (c === '…') return 1;
  if (/[0-9$]/.test(c)) return 0.58;
  if (/[A-Z]/.test(c)) return 0.68;
  if (/[a-z]/.test(c)) return 0.54;
  return 0.6;
}

/** textWidth('Mar 2018', 11, true) estimates a string's width in SVG units at a font size. */
export function textWidth(text: string, fontSize = FONT_SIZE, bold = false): number {
  let em = 0;
  for (const c of text) em += charEm(c);
  return em * fontSize * SAFETY * (bold ? 1.08 : 1);
}

const STOPWORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'at', 'in', 'on', 'to', 'by', 'for', 'with', 'from', 'over', 'as', 'that', 'its', 'is', 'has']);

/** Words to end on before an ellipsis: no dangling "the", "at", comma or semicolon. */
function trimForEllipsis(words: string[]): string[] {
  const out = [...words];
  while (out.length > 1 && STOPWORDS.has(out[out.length - 1]!.toLowerCase().replace(/[,;:]$/, ''))) out.pop();
  if (out.length) out[out.length - 1] = out[out.length - 1]!.replace(/[,;:.-]+$/, '');
  return out;
}

/**
 * wrapText(text, maxWidth, maxLines) breaks text into at most maxLines lines at word boundaries; if it
 * does not fit, the last line ends on a whole word with an ellipsis (a word longer than a line is cut).
 */
export function wrapText(text: string, maxWidth: number, maxLines = 2): { lines: string[]; truncated: boolean } {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    let line = words[i]!;
    i++;
    while (i < words.length && textWidth(`${line} ${words[i]}`) <= maxWidth) {
      line = `${line} ${words[i]}`;
      i++;
    }
    lines.push(line);
  }
  const overlong = lines.some((l) => textWidth(l) > maxWidth);
  if (i >= words.length && !overlong) return { lines, truncated: false };
  // Too long: end the last line on whole words plus an ellipsis, dropping words until it fits.
  const last = lines.length - 1;
  let lastWords = lines[last]!.split(' ');
  for (;;) {
    const kept = trimForEllipsis(lastWords);
    const candidate = `${kept.join(' ')}…`;
    if (textWidth(candidate) <= maxWidth || kept.length <= 1) {
      let out = candidate;
      // A single word wider than the line: cut it by characters.
      while (textWidth(out) > maxWidth && out.length > 2) out = `${out.slice(0, -2)}…`;
      lines[last] = out;
      break;
    }
    lastWords = kept.slice(0, -1);
  }
  // Earlier lines are whole words by construction; a lone overlong word on them is cut too.
  for (let l = 0; l < last; l++) {
    while (textWidth(lines[l]!) > maxWidth && lines[l]!.length > 2) lines[l] = `${lines[l]!.slice(0, -2)}…`;
  }
  return { lines, truncated: true };
}

/** The main clause of an event's text: no parentheses, nothing after a semicolon. */
export function mainClause(event: string): string {
  return event
    .replace(/\s*\([^)]*\)/g, '')
    .split(/;\s/)[0]!
    .replace(/[\s,;:.]+$/, '')
    .trim();
}

/**
 * shortLabel(event, maxWidth) derives a label of at most two lines from an event's text: it drops
 * parentheses and anything after a semicolon, prefers ending at a comma when the whole clause does not
 * fit, and otherwise ends on a whole word with an ellipsis.
 */
export function shortLabel(event: string, maxWidth: number, maxLines = 2): string[] {
  const clause = mainClause(event);
  const whole = wrapText(clause, maxWidth, maxLines);
  if (!whole.truncated) return whole.lines;
  // Try ending at a comma (the longest prefix that fits and still has two words or more).
  const parts = clause.split(/,\s/);
  for (let n = parts.length - 1; n >= 1; n--) {
    const prefix = parts.slice(0, n).join(', ');
    if (prefix.split(/\s+/).length < 2) continue;
    const w = wrapText(prefix, maxWidth, maxLines);
    if (!w.truncated) return w.lines;
  }
  return whole.lines;
}

// ---------------------------------------------------------------------------------------------
// Label placement

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

// ---------------------------------------------------------------------------------------------
// Geometry of the chart: one fixed frame for every state.

export const WIDTH = 400;
const AXIS_LEFT = 12;
const AXIS_RIGHT = WIDTH - 12;
const LINE = 12.5; // line step of label text
const LABEL_LINES = 3; // date + two lines of text
const SLOT = LINE * LABEL_LINES; // height of a row of labels
const PITCH = SLOT + 4; // row height including the gap to the next row
export const ROWS_ABOVE = 3;
export const ROWS_BELOW = 2;
const CLEAR_ABOVE = 11; // axis to the bottom of the first row above (dot plus a visible leader)
const TICK_BAND = 24; // axis to the top of the first row below (year labels sit in between)
const TOP = 2;
export const AXIS_Y = TOP + ROWS_ABOVE * PITCH + CLEAR_ABOVE;
export const HEIGHT = AXIS_Y + TICK_BAND + ROWS_BELOW * PITCH + 2;
/** Max widths of a line of label text, tried widest first: a sparse state gets fuller labels. */
export const LABEL_WIDTHS = [170, 140, 120];

function makeRows(): LabelRow[] {
  const rows: LabelRow[] = [];
  for (let i = 0; i < ROWS_ABOVE; i++) {
    const bottom = AXIS_Y - CLEAR_ABOVE - i * PITCH;
    rows.push({ side: 'above', index: i, top: bottom - SLOT, bottom });
  }
  for (let i = 0; i < ROWS_BELOW; i++) {
    const top = AXIS_Y + TICK_BAND + i * PITCH;
    rows.push({ side: 'below', index: i, top, bottom: top + SLOT });
  }
  return rows;
}
const DEFAULT_ROWS = makeRows();
const DEFAULT_AXIS_Y = AXIS_Y;

// Numbered fallback: small number boxes stacked above the axis, a key list below it.
const NUM_PITCH = 14;
const NUM_ROWS: LabelRow[] = Array.from({ length: Math.floor((AXIS_Y - TOP - CLEAR_ABOVE + 3) / NUM_PITCH) }, (_, i) => {
  const bottom = AXIS_Y - CLEAR_ABOVE - i * NUM_PITCH;
  return { side: 'above' as const, index: i, top: bottom - (NUM_PITCH - 2), bottom };
});
const KEY_LINE = 12;
const KEY_TOP = AXIS_Y + TICK_BAND;

// ---------------------------------------------------------------------------------------------
// Layout of one state

export interface TickLayout {
  year: number;
  /** x of 1 January of the year. */
  x: number;
  /** Taller tick: a labelled year or an end of the axis. */
  major: boolean;
}
export interface YearLabelLayout {
  year: number;
  /** Centre of the year's band. */
  x: number;
}
export interface EventLayout {
  id: string;
  date: string;
  dateLabel: string;
  precision: Precision;
  highlight: boolean;
  /** The dot: at the start of the period the date names. */
  x: number;
  /** End of that period (equal to x for a day). */
  spanEnd: number;
  /** Label lines (date first), shown only when `labelled`; always present so the markup never changes. */
  lines: [string, string, string];
  labelled: boolean;
  /** Number shown instead of a label in the numbered fallback ('' otherwise). */
  number: string;
  /**
   * Where the label (or, in the numbered fallback, the number) sits: its box, and the x its text is
   * anchored at (the left edge for `start`, the right edge for `end`). A hidden label is collapsed at
   * the dot, so that a label appearing in the next state grows out of it.
   */
  label: { x: number; box: { x: number; y: number; width: number; height: number }; align: 'start' | 'end'; side: Side };
  leader: { x: number; y1: number; y2: number; visible: boolean };
}
export interface KeyLayout {
  id: string;
  number: string;
  text: string;
  x: number;
  y: number;
}
export interface TimelineLayout {
  width: number;
  height: number;
  axisY: number;
  axis: { x1: number; x2: number };
  ticks: TickLayout[];
  monthTicks: { key: string; x: number }[];
  yearLabels: YearLabelLayout[];
  events: EventLayout[];
  mode: 'labels' | 'numbers';
  key: KeyLayout[];
  lineStep: number;
}

const pick = (steps: number[], ok: (s: number) => boolean) => steps.find(ok) ?? steps[steps.length - 1]!;

/**
 * timelineLayout(rows, state) lays out one step: the axis from 1 January `from` to the end of `to`,
 * year ticks (labels every 1, 2, 5, 10... years, whatever fits), a dot per event of `events`, and a
 * two-line label for each highlighted event placed by placeTimelineLabels; if they cannot all be placed, the
 * highlighted dots are numbered and a key is listed below the axis instead. The frame is the same size
 * for every state.
 */
export function timelineLayout(rows: TimelineRow[], state: TimelineState): TimelineLayout {
  const [d0, d1] = timelineDomain(state);
  const x = scaleUtc().domain([d0, d1]).range([AXIS_LEFT, AXIS_RIGHT]);
  const years = state.to - state.from + 1;
  const yearW = (AXIS_RIGHT - AXIS_LEFT) / years;
  const labelEvery = pick([1, 2, 5, 10, 20, 25, 50, 100], (k) => k * yearW >= textWidth('2000') + 10);
  const tickEvery = pick([1, 2, 5, 10, 20, 25, 50, 100].filter((k) => labelEvery % k === 0), (k) => k * yearW >= 5);
  const yearX = (y: number) => x(new Date(Date.UTC(y, 0, 1)));

  const ticks: TickLayout[] = [];
  for (let y = state.from; y <= state.to + 1; y++) {
    const labelled = y <= state.to && y % labelEvery === 0;
    const end = y === state.from || y === state.to + 1;
    if (labelled || end || y % tickEvery === 0) ticks.push({ year: y, x: yearX(y), major: labelled || end });
  }
  const yearLabels: YearLabelLayout[] = [];
  for (let y = state.from; y <= state.to; y++) {
    if (y % labelEvery === 0 || labelEvery === 1) yearLabels.push({ year: y, x: (yearX(y) + yearX(y + 1)) / 2 });
  }
  const monthTicks: TimelineLayout['monthTicks'] = [];
  if (yearW / 12 >= 6) {
    for (let y = state.from; y <= state.to; y++) {
      for (let m = 2; m <= 12; m++) monthTicks.push({ key: `${y}-${String(m).padStart(2, '0')}`, x: x(new Date(Date.UTC(y, m - 1, 1))) });
    }
  }

  const byId = new Map(rows.map((r) => [r.id, r]));
  const highlight = new Set(state.highlight ?? []);
  const drawn = state.events
    .map((id) => {
      const row = byId.get(id);
      if (!row) throw new Error(`timeline: event "${id}" is not in content/data/timeline.csv`);
      return row;
    })
    .map((row) => ({ row, d: parseEventDate(row.date) }))
    .sort((a, b) => a.d.start.getTime() - b.d.start.getTime() || a.row.id.localeCompare(b.row.id));

  const labelFor = (row: TimelineRow, maxWidth: number): [string, string, string] => {
    const text = shortLabel(row.event, maxWidth);
    return [formatEventDate(row.date), text[0] ?? '', text[1] ?? ''];
  };
  const sizeOf = (lines: string[]) => ({
    width: Math.max(textWidth(lines[0]!, FONT_SIZE, true), ...lines.slice(1).filter(Boolean).map((l) => textWidth(l))),
    height: lines.filter(Boolean).length * LINE,
  });

  const highlighted = drawn.filter((e) => highlight.has(e.row.id));
  let labelWidth = LABEL_WIDTHS[0]!;
  let placement: Placement = { placed: [], unplaced: [] };
  for (const w of LABEL_WIDTHS) {
    labelWidth = w;
    const items = highlighted.map((e) => ({ id: e.row.id, x: x(e.d.start), ...sizeOf(labelFor(e.row, w)) }));
    placement = placeTimelineLabels(items, WIDTH, { rows: DEFAULT_ROWS, axisY: AXIS_Y });
    if (!placement.unplaced.length) break;
  }
  let mode: TimelineLayout['mode'] = 'labels';
  /** In the numbered fallback: each event's number in the key. */
  const numbers = new Map<string, string>();
  /** The number text drawn at a dot: dots that coincide on the axis share one label, e.g. "5, 6". */
  const shown = new Map<string, string>();
  if (placement.unplaced.length) {
    mode = 'numbers';
    highlighted.forEach((e, i) => numbers.set(e.row.id, String(i + 1)));
    const groups: { id: string; x: number; ids: string[] }[] = [];
    for (const e of highlighted) {
      const ex = x(e.d.start);
      const last = groups[groups.length - 1];
      if (last && ex - last.x < 4) last.ids.push(e.row.id);
      else groups.push({ id: e.row.id, x: ex, ids: [e.row.id] });
    }
    for (const g of groups) {
      const nums = g.ids.map((id) => numbers.get(id)!);
      shown.set(g.id, nums.length > 2 ? `${nums[0]}-${nums[nums.length - 1]}` : nums.join(', '));
    }
    const numItems = groups.map((g) => ({ id: g.id, x: g.x, width: textWidth(shown.get(g.id)!, FONT_SIZE, true) + 4, height: NUM_PITCH - 2 }));
    placement = placeTimelineLabels(numItems, WIDTH, { rows: NUM_ROWS, axisY: AXIS_Y, gap: 2, inset: 3, clearance: 1.5 });
    if (placement.unplaced.length) {
      throw new Error(`timeline ${state.from}-${state.to}: too many highlighted events too close together to number (${placement.unplaced.join(', ')}); highlight fewer in this step`);
    }
  }
  const slots = new Map(placement.placed.map((p) => [p.id, p]));

  const events: EventLayout[] = drawn.map(({ row, d }) => {
    const cx = x(d.start);
    const slot = slots.get(row.id);
    const lines = labelFor(row, labelWidth);
    const labelled = mode === 'labels' && slot !== undefined;
    const base: Omit<EventLayout, 'label' | 'leader'> = {
      id: row.id,
      date: row.date,
      dateLabel: lines[0],
      precision: d.precision,
      highlight: highlight.has(row.id),
      x: cx,
      spanEnd: x(d.end),
      lines,
      labelled,
      number: shown.get(row.id) ?? '',
    };
    if (!slot) {
      // Hidden: collapsed at the dot, so that a label appearing in the next state grows out of it.
      return {
        ...base,
        label: { x: cx, box: { x: cx, y: AXIS_Y, width: 0, height: 0 }, align: 'start', side: 'above' },
        leader: { x: cx, y1: AXIS_Y, y2: AXIS_Y, visible: false },
      };
    }
    return {
      ...base,
      label: {
        x: slot.align === 'start' ? slot.x : slot.x + slot.width,
        box: { x: slot.x, y: slot.y, width: slot.width, height: slot.height },
        align: slot.align,
        side: slot.side,
      },
      leader: { ...slot.leader, visible: true },
    };
  });

  const key: KeyLayout[] = [];
  if (mode === 'numbers') {
    const perColumn = Math.max(1, Math.floor((HEIGHT - KEY_TOP) / KEY_LINE));
    const columns = Math.ceil(highlighted.length / perColumn);
    const colW = (AXIS_RIGHT - AXIS_LEFT) / columns;
    highlighted.forEach((e, i) => {
      const col = Math.floor(i / perColumn);
      const full = `${formatEventDate(e.row.date)}: ${mainClause(e.row.event)}`;
      key.push({
        id: e.row.id,
        number: numbers.get(e.row.id)!,
        text: wrapText(full, colW - 18, 1).lines[0]!,
        x: AXIS_LEFT + col * colW,
        y: KEY_TOP + (i % perColumn) * KEY_LINE,
      });
    });
  }

  return {
    width: WIDTH,
    height: HEIGHT,
    axisY: AXIS_Y,
    axis: { x1: AXIS_LEFT, x2: AXIS_RIGHT },
    ticks,
    monthTicks,
    yearLabels,
    events,
    mode,
    key,
    lineStep: LINE,
  };
}

// ---------------------------------------------------------------------------------------------
// Words and table

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
