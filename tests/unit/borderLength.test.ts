import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/loader/loadContent.ts';
import {
  borderCaveat,
  borderFigures,
  borderHeading,
  borderLengthTable,
  borderNote,
  borderStrip,
  describeBorderLength,
  findBorderRow,
  qualifierOf,
  type BorderRow,
} from '../../src/lib/charts/borderLength.ts';
import { roughTextWidth } from '../../src/lib/text/width.ts';

const rows: BorderRow[] = loadContent().data.borderLength;
const f = borderFigures(rows);
const box = { x0: 10, x1: 390 };

describe('border-length strip', () => {
  it('findBorderRow finds rows by their segment text, whatever their order', () => {
    const reversed = [...rows].reverse();
    expect(findBorderRow(reversed, 'new-security').km).toBe(489);
    expect(findBorderRow(reversed, 'no-imagery').km).toBe(353);
    expect(() => findBorderRow(rows.filter((r) => !r.segment.startsWith('No updated')), 'no-imagery')).toThrow(/found 0/);
  });

  it("qualifierOf(row) reads the figure's qualifier from the notes ('At least', 'About')", () => {
    expect(qualifierOf(findBorderRow(rows, 'new-security'))).toBe('at least');
    expect(qualifierOf(findBorderRow(rows, 'no-imagery'))).toBe('about');
    expect(qualifierOf(findBorderRow(rows, 'russia'))).toBe('');
  });

  it('borderFigures derives the whole border as China + Russia (1,400 + 18) and agrees with the derived row', () => {
    expect(f.total).toBe(1418);
    expect(f.total).toBe(findBorderRow(rows, 'whole').km);
  });

  it('borderFigures derives the remainder by subtraction, labels it "roughly 580 km", never "576 km"', () => {
    expect(f.remainderExact).toBe(576);
    expect(f.remainderExact).toBe(findBorderRow(rows, 'remainder').km);
    const rest = f.segments.find((s) => s.id === 'remainder')!;
    expect(rest.figure).toBe('roughly 580 km');
    expect(rest.category).toBe('other or unknown');
    expect(rest.derived).toBe(true);
  });

  it('segment labels carry their qualifiers: "at least 489 km", "about 353 km", "roughly 580 km"', () => {
    expect(f.segments.map((s) => s.figure)).toEqual(['at least 489 km', 'about 353 km', 'roughly 580 km']);
  });

  it('borderStrip is proportional: segment widths are shares of the whole strip and add up to it', () => {
    const segs = borderStrip(f, { show: ['new-security', 'no-imagery', 'remainder'] }, box);
    expect(segs[0]!.x).toBe(10);
    expect(segs[0]!.width / 380).toBeCloseTo(489 / 1418, 9);
    expect(segs[1]!.width / 380).toBeCloseTo(353 / 1418, 9);
    const end = segs[2]!.x + segs[2]!.width;
    expect(end).toBeCloseTo(390, 9);
  });

  it('borderStrip(figures, { show: [] }) keeps every segment, with zero width and opacity 0', () => {
    const segs = borderStrip(f, { show: [] }, box);
    expect(segs.map((s) => s.key)).toEqual(['seg-new-security', 'seg-no-imagery', 'seg-remainder']);
    expect(segs.every((s) => s.drawnWidth === 0 && s.opacity === 0 && !s.highlight)).toBe(true);
  });

  it('borderStrip shows only the segments in `show` and accents the highlighted one', () => {
    const segs = borderStrip(f, { show: ['new-security', 'no-imagery'], highlight: 'no-imagery' }, box);
    expect(segs.map((s) => s.opacity)).toEqual([1, 1, 0]);
    expect(segs.map((s) => s.highlight)).toEqual([false, true, false]);
    expect(borderStrip(f, { show: [], highlight: 'remainder' }, box)[2]!.highlight).toBe(false);
  });

  it('borderStrip wraps each label to fit inside its own segment, so labels never collide', () => {
    const segs = borderStrip(f, { show: ['new-security', 'no-imagery', 'remainder'] }, box);
    for (const s of segs) {
      expect(roughTextWidth(s.figure, 12)).toBeLessThanOrEqual(s.width);
      for (const line of s.lines) expect(roughTextWidth(line, 11)).toBeLessThanOrEqual(s.width);
    }
    expect(segs[2]!.lines.join(' ')).toContain('(derived, upper bound)');
  });

  it('borderHeading gives the whole border with its qualifier and says the sum is ours', () => {
    expect(borderHeading(f)).toEqual({
      total: 'Whole northern border: about 1,418 km',
      parts: 'about 1,400 km with China + 18 km with Russia (our sum)',
    });
  });

  it('the caveat says the parts are not a measured partition', () => {
    expect(borderCaveat).toMatch(/^Not a measured partition: Reuters gives no figure for the remainder and does not say the categories are exclusive/);
    expect(borderNote(f)).toContain('1,418 − 489 − 353 = 576 km, an upper bound');
  });

  it('describeBorderLength(rows, state) names the shown parts with qualifiers and the highlighted one', () => {
    expect(describeBorderLength(rows, { show: [] })).toContain('No parts are marked yet.');
    const text = describeBorderLength(rows, { show: ['new-security', 'no-imagery', 'remainder'], highlight: 'remainder' });
    expect(text).toContain('at least 489 km with new or expanded security features');
    expect(text).toContain('about 353 km with no updated imagery');
    expect(text).toContain('roughly 580 km other or unknown (our subtraction, an upper bound)');
    expect(text).toContain('Highlighted: roughly 580 km');
    expect(text).toContain('not a measured partition');
    expect(text).not.toContain('576');
  });

  it('borderLengthTable(rows) lists exactly the six rows the strip uses, marking the derived ones', () => {
    const t = borderLengthTable(rows);
    expect(t.rows.map((r) => r.km)).toEqual([1400, 18, 1418, 489, 353, 576]);
    expect(t.rows[2]!.basis).toMatch(/^derived/);
    expect(t.rows[5]!.basis).toBe('derived upper bound, shown as roughly 580 km');
    expect(t.columns.map((c) => c.key)).toContain('source_ids');
  });
});
