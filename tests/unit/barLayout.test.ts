import { describe, expect, it } from 'vitest';
import { barLayout } from '../../src/lib/charts/barLayout.ts';

const options = { width: 400, height: 200, margin: { top: 10, right: 10, bottom: 20, left: 30 } };
const bars = [
  { key: '2019', parts: [{ key: 'total', value: 1047 }] },
  { key: '2022', parts: [{ key: 'total', value: 67 }] },
];

describe('barLayout', () => {
  it('barLayout(bars) starts the y axis at zero and rounds its top to a nice tick', () => {
    const l = barLayout(bars, options);
    expect(l.yMax).toBeGreaterThanOrEqual(1047);
    expect(l.yTicks[0]).toEqual({ value: 0, y: 180 });
    expect(l.rects.find((r) => r.key === '2022')!.height).toBeLessThan(l.rects.find((r) => r.key === '2019')!.height);
  });

  it('barLayout(bars, { yMax }) cuts taller bars at the top and marks them', () => {
    const l = barLayout(bars, { ...options, yMax: 300 });
    const tall = l.rects.find((r) => r.key === '2019')!;
    expect(tall.cut).toBe(true);
    expect(tall.y).toBe(10);
    expect(l.rects.find((r) => r.key === '2022')!.cut).toBe(false);
  });

  it('barLayout(bars, { gaps }) keeps an empty slot for a year with no data', () => {
    const l = barLayout(bars, { ...options, gaps: ['2020'] });
    expect(l.xLabels.map((x) => x.key)).toEqual(['2019', '2020', '2022']);
    expect(l.rects.map((r) => r.key)).toEqual(['2019', '2022']);
  });

  it('barLayout stacks parts bottom first', () => {
    const l = barLayout([{ key: '2020', parts: [{ key: 'exports', value: 491.1 }, { key: 'imports', value: 48 }] }], options);
    const [exports, imports] = l.rects;
    expect(exports!.y + 0.0001).toBeGreaterThan(imports!.y + imports!.height - 0.0001);
  });
});
