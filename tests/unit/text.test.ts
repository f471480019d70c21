import { describe, expect, it } from 'vitest';
import { roughTextWidth } from '../../src/lib/text/width.ts';
import { wrapByChars, wrapToWidth } from '../../src/lib/text/wrap.ts';

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
