// China-North Korea trade by year (content/data/china-trade-by-year.csv): layout, marks of one step
// state, the text alternative and the data table. No DOM: the component only renders what this returns.
import { barLayout, type BarLayout } from './barLayout.ts';
import { roughTextWidth } from '../text/width.ts';

/** The state this chart reads (src/schemas/graphics/trade.ts validates it). */
export interface TradeState {
  highlight: number[];
  annotate: number[];
  split: boolean;
}

export interface TradeRow {
  year: number;
  total_usd_millions: number;
  china_exports_usd_millions?: number | undefined;
  china_imports_usd_millions?: number | undefined;
  source_ids: string[];
  notes: string;
}

export type TradeSeries = 'kotra' | 'customs';
export const seriesLabel: Record<TradeSeries, string> = {
  kotra: 'KOTRA estimates',
  customs: 'China customs, as reported',
};

/**
 * Which series a row belongs to, read from its notes: the KOTRA rows say so ("KOTRA figure; not
 * directly from China customs releases"); every other row is China's customs figure as reported.
 */
export function seriesOf(row: TradeRow): TradeSeries {
  return /^KOTRA figure/i.test(row.notes) || /not directly from China customs/i.test(row.notes) ? 'kotra' : 'customs';
}

/** A row has the split when both China's exports and its imports are given. */
export const hasSplit = (row: TradeRow): boolean =>
  row.china_exports_usd_millions !== undefined && row.china_imports_usd_millions !== undefined;

/** US$ millions as a label: 539.1 -> "$539m", 2300 -> "$2.3bn", 6540 -> "$6.54bn", 0 -> "$0". */
export function formatUsd(millions: number): string {
  if (millions === 0) return '$0';
  if (Math.abs(millions) >= 1000) return `$${Number((millions / 1000).toFixed(2))}bn`;
  return `$${Math.round(millions)}m`;
}

/** Years between the first and the last row that have no row: drawn as empty slots, never bridged. */
export function gapYears(rows: TradeRow[]): number[] {
  const have = new Set(rows.map((r) => r.year));
  const years = rows.map((r) => r.year);
  const gaps: number[] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) if (!have.has(y)) gaps.push(y);
  return gaps;
}

/** Runs of consecutive numbers: [2015, 2016, 2017, 2020] -> [[2015, 2017], [2020, 2020]]. */
export function runs(years: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const y of [...years].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && y === last[1] + 1) last[1] = y;
    else out.push([y, y]);
  }
  return out;
}

/** Short axis label: the first year in full, the rest as "’14". */
export const yearLabel = (year: number, first: number) => (year === first ? String(year) : `’${String(year).slice(2)}`);

export interface TradeDims {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export interface TradeLayout {
  dims: TradeDims;
  years: number[];
  whole: BarLayout;
  split: BarLayout;
  /** Centre and band of every slot, gap years included. */
  slots: Map<number, { x: number; width: number; cx: number }>;
  gaps: { from: number; to: number; x1: number; x2: number; cx: number }[];
  series: { series: TradeSeries; from: number; to: number; x1: number; x2: number }[];
  /** Where each year's value label sits (lifted clear of taller neighbours) and where its bar top is. */
  labels: Map<number, { x: number; y: number; barTop: number; lifted: boolean }>;
}

/**
 * tradeLayout(rows, dims) lays out both versions of the bars on ONE y scale (the whole bars set it),
 * so a change of state never moves the axis: whole bars, and for split years the exports and imports
 * stacked, exports at the bottom.
 */
export function tradeLayout(rows: TradeRow[], dims: TradeDims): TradeLayout {
  const sorted = [...rows].sort((a, b) => a.year - b.year);
  const gaps = gapYears(sorted);
  const base = { width: dims.width, height: dims.height, margin: dims.margin, labelEvery: 1 };
  const whole = barLayout(
    sorted.map((r) => ({ key: String(r.year), parts: [{ key: 'total', value: r.total_usd_millions }] })),
    { ...base, gaps: gaps.map(String) },
  );
  const splitRows = sorted.filter(hasSplit);
  const split = barLayout(
    splitRows.map((r) => ({
      key: String(r.year),
      parts: [
        { key: 'exports', value: r.china_exports_usd_millions! },
        { key: 'imports', value: r.china_imports_usd_millions! },
      ],
    })),
    { ...base, yMax: whole.yMax, gaps: [...gaps, ...sorted.filter((r) => !hasSplit(r)).map((r) => r.year)].map(String) },
  );
  const bandwidth = whole.rects[0]?.width ?? 0;
  const slots = new Map(
    whole.xLabels.map((l) => [Number(l.key), { x: l.x - bandwidth / 2, width: bandwidth, cx: l.x }] as const),
  );
  const span = (from: number, to: number) => ({ x1: slots.get(from)!.x, x2: slots.get(to)!.x + bandwidth });

  const seriesRuns: TradeLayout['series'] = [];
  for (const r of sorted) {
    const s = seriesOf(r);
    const last = seriesRuns[seriesRuns.length - 1];
    if (last && last.series === s && r.year === last.to + 1) {
      last.to = r.year;
      last.x2 = span(r.year, r.year).x2;
    } else seriesRuns.push({ series: s, from: r.year, to: r.year, ...span(r.year, r.year) });
  }

  // A value label is wider than its bar: if it would sit over a taller neighbour, lift it above
  // that neighbour and let a leader line point down to the bar.
  const tops = new Map(sorted.map((r) => {
    const w = whole.tops.find((t) => t.key === String(r.year))!;
    const s = split.tops.find((t) => t.key === String(r.year));
    return [r.year, Math.min(w.y, s?.y ?? w.y)] as const;
  }));
  const labels: TradeLayout['labels'] = new Map();
  for (const r of sorted) {
    const { cx } = slots.get(r.year)!;
    const half = roughTextWidth(formatUsd(r.total_usd_millions), 12) / 2;
    const barTop = tops.get(r.year)!;
    let top = barTop;
    for (const [year, y] of tops) {
      const s = slots.get(year)!;
      if (s.x < cx + half && s.x + s.width > cx - half) top = Math.min(top, y);
    }
    labels.set(r.year, { x: cx, y: Math.max(top - 6, dims.margin.top - 8), barTop, lifted: top < barTop - 0.5 });
  }

  return {
    dims,
    years: sorted.map((r) => r.year),
    whole,
    split,
    slots,
    gaps: runs(gaps).map(([from, to]) => {
      const s = span(from, to);
      return { from, to, ...s, cx: (s.x1 + s.x2) / 2 };
    }),
    series: seriesRuns,
    labels,
  };
}

export interface TradeRect {
  key: string;
  year: number;
  part: 'total' | 'exports' | 'imports';
  x: number;
  y: number;
  width: number;
  height: number;
  opacity: number;
  highlight: boolean;
}

/**
 * tradeRects(layout, rows, state): every year always has three rects, `bar-<year>-total`,
 * `-exports` and `-imports`, so the morph can match them. A part not shown has zero height on the
 * baseline and opacity 0; a whole bar that gives way to its split keeps its shape and fades.
 */
export function tradeRects(layout: TradeLayout, rows: TradeRow[], state: TradeState): TradeRect[] {
  const highlight = new Set(state.highlight);
  const out: TradeRect[] = [];
  for (const r of [...rows].sort((a, b) => a.year - b.year)) {
    const key = String(r.year);
    const showSplit = state.split && hasSplit(r);
    const whole = layout.whole.rects.find((x) => x.key === key)!;
    out.push({ key: `bar-${key}-total`, year: r.year, part: 'total', x: whole.x, y: whole.y, width: whole.width, height: whole.height, opacity: showSplit ? 0 : 1, highlight: highlight.has(r.year) });
    for (const part of ['exports', 'imports'] as const) {
      const p = layout.split.rects.find((x) => x.key === key && x.part === part);
      const shown = showSplit && p !== undefined;
      out.push({
        key: `bar-${key}-${part}`,
        year: r.year,
        part,
        x: whole.x,
        y: shown ? p.y : layout.whole.baseline,
        width: whole.width,
        height: shown ? p.height : 0,
        opacity: shown ? 1 : 0,
        highlight: highlight.has(r.year),
      });
    }
  }
  return out;
}

/** The note printed on the chart: which years come from which series, and where the split exists. */
export function tradeNote(rows: TradeRow[]): string {
  const sorted = [...rows].sort((a, b) => a.year - b.year);
  const kotra = sorted.filter((r) => seriesOf(r) === 'kotra').map((r) => r.year);
  const customs = sorted.filter((r) => seriesOf(r) === 'customs').map((r) => r.year);
  const split = sorted.filter(hasSplit).map((r) => r.year);
  const parts: string[] = [];
  if (kotra.length) parts.push(`${yearList(kotra)}: estimates by KOTRA, South Korea's trade agency, not China's customs figures.`);
  if (customs.length) parts.push(`${yearList(customs)}: China's customs figures as reported.`);
  if (kotra.length && customs.length) parts.push('The two series count differently and are not joined.');
  if (split.length) parts.push(`Exports and imports are split only where both are reported (${split.join(', ')}).`);
  return parts.join(' ');
}

const joinAnd = (items: string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join('; ')} and ${items[items.length - 1]}`;

const yearList = (years: number[]) =>
  runs(years).map(([a, b]) => (a === b ? String(a) : b === a + 1 ? `${a} and ${b}` : `${a} to ${b}`)).join(', ');

/** describeTrade(rows, state) is the text alternative of one state of the trade chart. */
export function describeTrade(rows: TradeRow[], state: TradeState): string {
  const sorted = [...rows].sort((a, b) => a.year - b.year);
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const byYear = new Map(sorted.map((r) => [r.year, r]));
  const kotra = sorted.filter((r) => seriesOf(r) === 'kotra').map((r) => r.year);
  const customs = sorted.filter((r) => seriesOf(r) === 'customs').map((r) => r.year);
  const gaps = gapYears(sorted);
  const parts = [`Bar chart of trade between China and North Korea each year, ${first.year} to ${last.year}, in US dollars.`];
  if (kotra.length) parts.push(`${yearList(kotra)}: KOTRA estimates; ${yearList(customs)}: China customs figures as reported.`);
  if (gaps.length) parts.push(`No verified figure for ${yearList(gaps)}, so those years are left empty.`);
  const named = [...new Set([...state.highlight, ...state.annotate])].sort((a, b) => a - b);
  if (named.length) {
    parts.push(`${state.highlight.length ? 'Highlighted' : 'Labelled'}: ${named.map((y) => `${y}, ${formatUsd(byYear.get(y)!.total_usd_millions)}`).join('; ')}.`);
  }
  if (state.split) {
    const split = sorted.filter(hasSplit);
    parts.push(
      `Bars split into China's exports to North Korea and its imports from it where both are known: ${joinAnd(
        split.map((r) => `${r.year}, exports ${formatUsd(r.china_exports_usd_millions!)} and imports ${formatUsd(r.china_imports_usd_millions!)}`),
      )}. Other years have no split and stay whole.`,
    );
  }
  return parts.join(' ');
}

/** The rows the chart draws, as the data table and CSV show them. */
export function tradeTable(rows: TradeRow[]) {
  return {
    columns: [
      { key: 'year', label: 'Year' },
      { key: 'total_usd_millions', label: 'Total (US$ m)', numeric: true },
      { key: 'china_exports_usd_millions', label: "China's exports (US$ m)", numeric: true },
      { key: 'china_imports_usd_millions', label: "China's imports (US$ m)", numeric: true },
      { key: 'series', label: 'Series' },
      { key: 'source_ids', label: 'Sources' },
    ],
    rows: [...rows].sort((a, b) => a.year - b.year).map((r) => ({
      year: String(r.year),
      total_usd_millions: r.total_usd_millions,
      china_exports_usd_millions: r.china_exports_usd_millions,
      china_imports_usd_millions: r.china_imports_usd_millions,
      series: seriesLabel[seriesOf(r)],
      source_ids: r.source_ids.join('; '),
    })),
  };
}
