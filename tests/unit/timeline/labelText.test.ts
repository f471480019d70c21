import { describe, expect, it } from 'vitest';
import { mainClause, shortLabel, textWidth, wrapText } from '../../../src/lib/charts/timeline/labelText.ts';

describe('label text', () => {
  it('textWidth(text) grows with the text, and bold text is wider', () => {
    expect(textWidth('Mar 2018')).toBeGreaterThan(textWidth('2018'));
    expect(textWidth('Mar 2018', 11, true)).toBeGreaterThan(textWidth('Mar 2018'));
    expect(textWidth('mmm')).toBeGreaterThan(textWidth('iii'));
  });

  it('wrapText(text, maxWidth) keeps text that fits whole, over at most two lines', () => {
    const w = wrapText('Third Kim-Xi summit, Beijing', 90);
    expect(w.truncated).toBe(false);
    expect(w.lines.join(' ')).toBe('Third Kim-Xi summit, Beijing');
    expect(w.lines.length).toBeLessThanOrEqual(2);
  });

  it('wrapText(text, maxWidth) truncates at a word boundary with an ellipsis, never ending on "the" or a comma', () => {
    const text = 'Putin and Kim sign the Treaty on Comprehensive Strategic Partnership in Pyongyang and agree to build a road bridge';
    for (const width of [60, 90, 120, 150, 170]) {
      const w = wrapText(text, width);
      expect(w.truncated).toBe(true);
      expect(w.lines.length).toBe(2);
      const last = w.lines[1]!;
      expect(last.endsWith('…')).toBe(true);
      expect(last).not.toMatch(/\b(the|on|and|in|to|a)…$/i);
      expect(last).not.toMatch(/[,;]…$/);
      for (const line of w.lines) expect(textWidth(line)).toBeLessThanOrEqual(width);
      // Whole words only: every word but the last comes from the text as is.
      const words = w.lines.join(' ').replace('…', '').split(' ');
      expect(text.startsWith(words.join(' '))).toBe(true);
    }
  });

  it('shortLabel(event, maxWidth) drops parentheses and what follows a semicolon, and prefers to end at a comma', () => {
    expect(mainClause('Second Kim-Xi summit, Dalian (7-8 May)')).toBe('Second Kim-Xi summit, Dalian');
    expect(mainClause('First Kim-Putin summit, Vladivostok; Kim travels by train')).toBe('First Kim-Putin summit, Vladivostok');
    expect(shortLabel('Kim-Putin summit at the Vostochny Cosmodrome, Amur region', 140)).toEqual(['Kim-Putin summit at the', 'Vostochny Cosmodrome']);
    // A one-word clause before the comma is not a label: "Kim".
    const parade = shortLabel("Kim, Xi and Putin appear together at Beijing's Victory Day parade; Kim and Putin meet", 140);
    expect(parade[0]!.startsWith('Kim, Xi and Putin')).toBe(true);
    expect(parade[1]!.endsWith('…')).toBe(true);
  });
});
