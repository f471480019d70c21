import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/loader/loadContent.ts';
import {
  describeTrade,
  formatUsd,
  gapYears,
  hasSplit,
  seriesOf,
  tradeLayout,
  tradeNote,
  tradeRects,
  tradeTable,
  type TradeRow,
} from '../../src/lib/charts/trade.ts';

const rows: TradeRow[] = loadContent().data.trade;
const dims = { width: 400, height: 270, margin: { top: 24, right: 6, bottom: 48, left: 34 } };
const layout = tradeLayout(rows, dims);
const state = (s: Partial<{ highlight: number[]; annotate: number[]; split: boolean }> = {}) => ({
  highlight: [],
  annotate: [],
  split: false,
  ...s,
});

describe('trade chart', () => {
  it('formatUsd(millions) writes "$539m" under a billion and "$2.3bn" from a billion up', () => {
    expect(formatUsd(539.1)).toBe('$539m');
    expect(formatUsd(48)).toBe('$48m');
    expect(formatUsd(2300)).toBe('$2.3bn');
    expect(formatUsd(6540)).toBe('$6.54bn');
    expect(formatUsd(1028)).toBe('$1.03bn');
    expect(formatUsd(2000)).toBe('$2bn');
    expect(formatUsd(0)).toBe('$0');
  });

  it('gapYears(rows) finds 2015-2017, the years with no verified figure', () => {
    expect(gapYears(rows)).toEqual([2015, 2016, 2017]);
  });

  it('seriesOf(row) reads the notes: 2013 and 2014 are KOTRA estimates, later years China customs', () => {
    expect(rows.filter((r) => seriesOf(r) === 'kotra').map((r) => r.year)).toEqual([2013, 2014]);
    expect(rows.filter((r) => seriesOf(r) === 'customs').map((r) => r.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  });

  it('hasSplit(row) is true only where both exports and imports are given (2018, 2020, 2022)', () => {
    expect(rows.filter(hasSplit).map((r) => r.year)).toEqual([2018, 2020, 2022]);
  });

  it('tradeLayout keeps an empty slot for every gap year and labels the gap once', () => {
    expect([...layout.slots.keys()].sort()).toEqual([2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(layout.whole.rects.map((r) => r.key)).not.toContain('2016');
    expect(layout.gaps).toHaveLength(1);
    expect(layout.gaps[0]).toMatchObject({ from: 2015, to: 2017 });
    expect(layout.gaps[0]!.x1).toBe(layout.slots.get(2015)!.x);
  });

  it('tradeLayout draws the whole and the split bars on one y scale', () => {
    expect(layout.split.yMax).toBe(layout.whole.yMax);
    expect(layout.split.yTicks).toEqual(layout.whole.yTicks);
    expect(layout.whole.yMax).toBeGreaterThanOrEqual(6540);
  });

  it('tradeLayout brackets the two series separately: KOTRA 2013-2014, customs 2018-2025', () => {
    expect(layout.series.map((s) => [s.series, s.from, s.to])).toEqual([
      ['kotra', 2013, 2014],
      ['customs', 2018, 2025],
    ]);
  });

  it('tradeLayout lifts a value label above a taller neighbour (2020 sits between 2019 and 2021)', () => {
    const l2020 = layout.labels.get(2020)!;
    expect(l2020.lifted).toBe(true);
    expect(l2020.y).toBeLessThan(layout.labels.get(2019)!.barTop);
    expect(layout.labels.get(2013)!.lifted).toBe(false);
  });

  it('tradeRects gives every year the same three keyed rects in every state', () => {
    const keys = (s: ReturnType<typeof state>) => tradeRects(layout, rows, s).map((r) => r.key);
    expect(keys(state())).toEqual(keys(state({ split: true, highlight: [2020] })));
    expect(keys(state())).toHaveLength(rows.length * 3);
    expect(keys(state())).toContain('bar-2018-exports');
  });

  it('tradeRects without split shows whole bars and keeps the parts at zero height', () => {
    const rs = tradeRects(layout, rows, state());
    for (const r of rs) {
      if (r.part === 'total') expect(r.opacity).toBe(1);
      else expect([r.height, r.opacity]).toEqual([0, 0]);
    }
  });

  it('tradeRects with split stacks exports under imports for 2018, 2020 and 2022 only; other years stay whole', () => {
    const rs = tradeRects(layout, rows, state({ split: true }));
    const get = (k: string) => rs.find((r) => r.key === k)!;
    for (const y of [2018, 2020, 2022]) {
      expect(get(`bar-${y}-total`).opacity).toBe(0);
      expect(get(`bar-${y}-exports`).height).toBeGreaterThan(0);
      expect(get(`bar-${y}-imports`).height).toBeGreaterThan(0);
      expect(get(`bar-${y}-imports`).y + get(`bar-${y}-imports`).height).toBeCloseTo(get(`bar-${y}-exports`).y, 6);
    }
    expect(get('bar-2019-total').opacity).toBe(1);
    expect(get('bar-2019-exports').height).toBe(0);
    expect(get('bar-2018-exports').height).toBeGreaterThan(get('bar-2018-imports').height * 10);
  });

  it('describeTrade(rows, state) names the highlighted years with their values and the gap', () => {
    const text = describeTrade(rows, state({ highlight: [2020, 2021], annotate: [2020] }));
    expect(text).toContain('2020, $539m; 2021, $318m');
    expect(text).toContain('No verified figure for 2015 to 2017');
    expect(text).toContain('2013 and 2014: KOTRA estimates');
    expect(text).not.toContain('exports');
  });

  it('describeTrade(rows, { split: true }) gives the exports and imports of the split years', () => {
    const text = describeTrade(rows, state({ split: true, highlight: [2022] }));
    expect(text).toContain('2020, exports $491m and imports $48m');
    expect(text).toContain('2022, exports $894m and imports $134m');
    expect(text).toContain('2018, exports $2.22bn and imports $213m');
  });

  it('tradeNote(rows) says which years are KOTRA estimates and which China customs', () => {
    const note = tradeNote(rows);
    expect(note).toMatch(/^2013 and 2014: estimates by KOTRA/);
    expect(note).toContain("2018 to 2025: China's customs figures as reported");
    expect(note).toContain('(2018, 2020, 2022)');
  });

  it('tradeTable(rows) has exactly the drawn rows, the series and a source_ids column', () => {
    const t = tradeTable(rows);
    expect(t.rows).toHaveLength(rows.length);
    expect(t.columns.map((c) => c.key)).toContain('source_ids');
    expect(t.rows[0]).toMatchObject({ year: '2013', total_usd_millions: 6540, series: 'KOTRA estimates', china_exports_usd_millions: undefined });
    expect(t.rows.find((r) => r.year === '2020')).toMatchObject({ china_exports_usd_millions: 491.1, china_imports_usd_millions: 48 });
  });
});
