import { describe, expect, it } from 'vitest';
import { firstSentence } from '../../src/lib/teach/firstSentence.ts';

describe('firstSentence', () => {
  it('ends at the first full stop before a new sentence', () => {
    expect(firstSentence('Trade fell.  It rose later.')).toBe('Trade fell.');
  });
  it('does not end inside an abbreviation or a number', () => {
    expect(firstSentence('The U.S. figure was 3.5 billion. Then it fell.')).toBe('The U.S. figure was 3.5 billion.');
    expect(firstSentence('Dr. Kim said so. Others disagreed.')).toBe('Dr. Kim said so.');
  });
  it('keeps a closing quotation mark and ends before a quoted sentence', () => {
    expect(firstSentence('He called it “sealed.” “No one crosses,” a trader said.')).toBe('He called it “sealed.”');
  });
  it('returns the whole text when it is one sentence, spaces folded', () => {
    expect(firstSentence(' One line\nonly ')).toBe('One line only');
  });
});
