import { scaleBand, scaleLinear } from 'd3-scale';

export interface BarInput {
  key: string;
  /** Stacked parts, bottom first; one part for a plain bar. */
  parts: { key: string; value: number }[];
}

export interface BarOptions {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Top of the y axis; bars above it are cut. Defaults to the largest total, rounded up to a nice tick. */
  yMax?: number;
  /** Keys that keep a slot on the x axis but have no bar (a gap in the data is shown as a gap). */
  gaps?: string[];
  /** Every how many slots to label the x axis. */
  labelEvery?: number;
}

export interface BarRect { key: string; part: string; x: number; y: number; width: number; height: number; cut: boolean }
export interface BarLayout {
  rects: BarRect[];
  /** Top of each bar (for value labels). */
  tops: { key: string; x: number; y: number; total: number; cut: boolean }[];
  yTicks: { value: number; y: number }[];
  xLabels: { key: string; x: number }[];
  yMax: number;
  baseline: number;
}

/**
 * barLayout(bars, options) places bars in a band scale and a linear y scale that starts at zero.
 * The same function draws the chart at build time and in every step state, so a state change is a
 * change of attributes, never of layout.
 */
export function barLayout(bars: BarInput[], o: BarOptions): BarLayout {
  const keys = [...bars.map((b) => b.key), ...(o.gaps ?? [])].sort();
  const x = scaleBand<string>().domain(keys).range([o.margin.left, o.width - o.margin.right]).padding(0.2);
  const largest = Math.max(...bars.map((b) => b.parts.reduce((s, p) => s + p.value, 0)));
  const y = scaleLinear().domain([0, o.yMax ?? largest]).range([o.height - o.margin.bottom, o.margin.top]);
  if (o.yMax === undefined) y.nice(4);
  const yMax = y.domain()[1]!;
  const rects: BarRect[] = [];
  const tops: BarLayout['tops'] = [];
  for (const bar of bars) {
    let base = 0;
    for (const part of bar.parts) {
      const from = Math.min(base, yMax);
      const to = Math.min(base + part.value, yMax);
      rects.push({
        key: bar.key,
        part: part.key,
        x: x(bar.key)!,
        y: y(to),
        width: x.bandwidth(),
        height: y(from) - y(to),
        cut: base + part.value > yMax,
      });
      base += part.value;
    }
    tops.push({ key: bar.key, x: x(bar.key)! + x.bandwidth() / 2, y: y(Math.min(base, yMax)), total: base, cut: base > yMax });
  }
  const every = o.labelEvery ?? 1;
  return {
    rects,
    tops,
    yTicks: y.ticks(4).map((value) => ({ value, y: y(value) })),
    xLabels: keys.filter((_, i) => i % every === 0).map((key) => ({ key, x: x(key)! + x.bandwidth() / 2 })),
    yMax,
    baseline: y(0),
  };
}
