import { describe, expect, it } from 'vitest';
import { mainClause, shortLabel } from '../../../src/lib/charts/timeline/labelText.ts';

describe('label text', () => {
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
