import { describe, expect, it } from 'vitest';
import { roughTextWidth } from '../../src/lib/text/width.ts';

describe('roughTextWidth', () => {
  it('roughTextWidth(text, fontSize) grows with the length and the font size, and is 0 for no text', () => {
    expect(roughTextWidth('', 12)).toBe(0);
    expect(roughTextWidth('$1,234m', 12)).toBeGreaterThan(roughTextWidth('$12m', 12));
    expect(roughTextWidth('$12m', 24)).toBeCloseTo(2 * roughTextWidth('$12m', 12));
  });
});
