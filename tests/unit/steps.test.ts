import { describe, expect, it } from 'vitest';
import { keyAction } from '../../src/lib/steps/keyAction.ts';
import { moveStep } from '../../src/lib/steps/moveStep.ts';
import { stepFromHash } from '../../src/lib/steps/stepFromHash.ts';

const ids = ['peak-2009', 'collapse', 'hoeryong-2022'];

describe('stepFromHash', () => {
  it.each([
    ['#collapse', 'collapse'],
    ['collapse', 'collapse'],
    ['#hoeryong-2022', 'hoeryong-2022'],
    ['', null],
    ['#', null],
    ['#key-terms', null],
    ['#%E0%A4%A', null],
  ])('stepFromHash(%j) is %j', (hash, expected) => {
    expect(stepFromHash(hash, ids)).toBe(expected);
  });
});

describe('moveStep', () => {
  it('moveStep(count, current, +1) goes one forward and stops at the last step', () => {
    expect(moveStep(3, 0, 1)).toBe(1);
    expect(moveStep(3, 2, 1)).toBe(2);
  });
  it('moveStep(count, current, -1) goes one back and stops at the first step', () => {
    expect(moveStep(3, 1, -1)).toBe(0);
    expect(moveStep(3, 0, -1)).toBe(0);
  });
  it('moveStep from no active step goes to the first step forward, nowhere back', () => {
    expect(moveStep(3, -1, 1)).toBe(0);
    expect(moveStep(3, -1, -1)).toBe(-1);
  });
  it('moveStep with no steps returns -1', () => {
    expect(moveStep(0, -1, 1)).toBe(-1);
  });
});

describe('keyAction', () => {
  it('keyAction reads j and k while reading and presenting', () => {
    expect(keyAction('j', false)).toBe('next');
    expect(keyAction('k', true)).toBe('previous');
  });
  it('keyAction leaves arrows, Space and Escape to the browser while reading', () => {
    for (const key of ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'Escape']) expect(keyAction(key, false)).toBeNull();
  });
  it('keyAction maps clicker keys while presenting', () => {
    expect(keyAction('ArrowRight', true)).toBe('next');
    expect(keyAction('PageDown', true)).toBe('next');
    expect(keyAction(' ', true)).toBe('next');
    expect(keyAction('ArrowLeft', true)).toBe('previous');
    expect(keyAction('PageUp', true)).toBe('previous');
    expect(keyAction('Escape', true)).toBe('exit');
  });
});
