import { describe, expect, it } from 'vitest';
import { groupDigits } from '../../src/lib/text/groupDigits.ts';
import { roughTextWidth, sansTextWidth } from '../../src/lib/text/width.ts';
import { wrapByChars, wrapToWidth, wrapWithEllipsis } from '../../src/lib/text/wrap.ts';

describe('roughTextWidth', () => {
  it('roughTextWidth(text, fontSize) grows with the length and the font size, and is 0 for no text', () => {
    expect(roughTextWidth('', 12)).toBe(0);
    expect(roughTextWidth('$1,234m', 12)).toBeGreaterThan(roughTextWidth('$12m', 12));
    expect(roughTextWidth('$12m', 24)).toBeCloseTo(2 * roughTextWidth('$12m', 12));
  });
});

describe('wrapByChars', () => {
  it.each([
    ['The bridge to Russia', 12, 9, ['The bridge', 'to Russia']],
    ['one two three four five six', 9, 2, ['one two', 'three…']],
    ['', 10, 2, []],
  ])('wrapByChars(%j, %j, %j) is %j', (text, chars, lines, expected) => {
    expect(wrapByChars(text, chars, lines)).toEqual(expected);
  });
});

describe('wrapToWidth', () => {
  it('wrapToWidth(text, maxWidth, fontSize) keeps every line of several words within the width, and every word', () => {
    const text = 'Sections where the imagery showed no new fencing, walls or guard posts';
    const lines = wrapToWidth(text, 120, 11);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) if (line.includes(' ')) expect(roughTextWidth(line, 11)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe(text);
  });
});

describe('sansTextWidth and wrapWithEllipsis (the timeline’s labels)', () => {
  it('sansTextWidth(text, fontSize) grows with the text, and bold text is wider', () => {
    expect(sansTextWidth('Mar 2018', 11)).toBeGreaterThan(sansTextWidth('2018', 11));
    expect(sansTextWidth('Mar 2018', 11, true)).toBeGreaterThan(sansTextWidth('Mar 2018', 11));
    expect(sansTextWidth('mmm', 11)).toBeGreaterThan(sansTextWidth('iii', 11));
  });

  it('wrapWithEllipsis(text, maxWidth, fontSize) keeps text that fits whole, over at most two lines', () => {
    const w = wrapWithEllipsis('Third Kim-Xi summit, Beijing', 90, 11);
    expect(w.truncated).toBe(false);
    expect(w.lines.join(' ')).toBe('Third Kim-Xi summit, Beijing');
    expect(w.lines.length).toBeLessThanOrEqual(2);
  });

  it('wrapWithEllipsis(text, maxWidth, fontSize) truncates at a word boundary with an ellipsis, never ending on "the" or a comma', () => {
    const text = 'Putin and Kim sign the Treaty on Comprehensive Strategic Partnership in Pyongyang and agree to build a road bridge';
    for (const width of [60, 90, 120, 150, 170]) {
      const w = wrapWithEllipsis(text, width, 11);
      expect(w.truncated).toBe(true);
      expect(w.lines.length).toBe(2);
      const last = w.lines[1]!;
      expect(last.endsWith('…')).toBe(true);
      expect(last).not.toMatch(/\b(the|on|and|in|to|a)…$/i);
      expect(last).not.toMatch(/[,;]…$/);
      for (const line of w.lines) expect(sansTextWidth(line, 11)).toBeLessThanOrEqual(width);
      // Whole words only: every word but the last comes from the text as is.
      const words = w.lines.join(' ').replace('…', '').split(' ');
      expect(text.startsWith(words.join(' '))).toBe(true);
    }
  });
});

describe('groupDigits', () => {
  it('groupDigits(n) writes a whole number as toLocaleString("en-US") does', () => {
    for (const n of [0, 5, 20, 999, 1000, 12345, 500000, 1234567, -2000]) expect(groupDigits(n)).toBe(n.toLocaleString('en-US'));
  });

  it('groupDigits refuses a fraction rather than drop it', () => {
    expect(() => groupDigits(1.5)).toThrow(/1.5 is not a whole number/);
  });
});
