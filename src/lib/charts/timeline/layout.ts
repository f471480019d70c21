// The layout of one state is a function of (rows, state), so every step state has the same SVG height.
import { scaleUtc } from 'd3-scale';
import { formatEventDate, parseEventDate, timelineDomain, type Precision } from './dates.ts';
import { AXIS_LEFT, AXIS_RIGHT, AXIS_Y, DEFAULT_ROWS, HEIGHT, KEY_LINE, KEY_TOP, LABEL_WIDTHS, LINE, NUM_PITCH, NUM_ROWS, WIDTH } from './frame.ts';
import { sansTextWidth } from '../../text/width.ts';
import { wrapWithEllipsis } from '../../text/wrap.ts';
import { FONT_SIZE, mainClause, shortLabel } from './labelText.ts';
import { placeTimelineLabels, type Placement, type Side } from './placeLabels.ts';
import type { TimelineRow, TimelineState } from './state.ts';

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
  const labelEvery = pick([1, 2, 5, 10, 20, 25, 50, 100], (k) => k * yearW >= sansTextWidth('2000', FONT_SIZE) + 10);
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
    width: Math.max(sansTextWidth(lines[0]!, FONT_SIZE, true), ...lines.slice(1).filter(Boolean).map((l) => sansTextWidth(l, FONT_SIZE))),
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
    const numItems = groups.map((g) => ({ id: g.id, x: g.x, width: sansTextWidth(shown.get(g.id)!, FONT_SIZE, true) + 4, height: NUM_PITCH - 2 }));
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
        text: wrapWithEllipsis(full, colW - 18, FONT_SIZE, 1).lines[0]!,
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
