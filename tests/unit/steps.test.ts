import { describe, expect, it } from 'vitest';
import { keyAction } from '../../src/lib/steps/keyAction.ts';
import { moveStep } from '../../src/lib/steps/moveStep.ts';
import { runSlice } from '../../src/lib/steps/runSlice.ts';
import { stepFromHash } from '../../src/lib/steps/stepFromHash.ts';
import { formatElapsed, presenterChannel, presenterUrl, readMessage } from '../../src/lib/steps/presenterLink.ts';

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

describe('runSlice', () => {
  // A clock that moves 1 ms for every job run, so a slice's length is counted in jobs.
  const tick = () => {
    let t = 0;
    return { now: () => t, advance: () => (t += 1) };
  };

  it('stops when the budget is spent, leaving the rest for the next slice', () => {
    const clock = tick();
    const done: number[] = [];
    const jobs = [5, 4, 3, 2, 1];
    expect(runSlice(jobs, (n) => (done.push(n), clock.advance()), 3, clock.now)).toBe(true);
    expect(done).toEqual([1, 2, 3]);
    expect(runSlice(jobs, (n) => (done.push(n), clock.advance()), 3, clock.now)).toBe(false);
    expect(done).toEqual([1, 2, 3, 4, 5]);
  });

  it('runs the jobs a job adds, and always at least one job', () => {
    const clock = tick();
    const done: string[] = [];
    const jobs = ['root'];
    const run = (job: string, more: string[]) => {
      done.push(job);
      clock.advance();
      if (job === 'root') more.push('b', 'a');
    };
    // A budget already spent still runs one job a slice.
    expect(runSlice(jobs, run, 0, clock.now)).toBe(true);
    expect(runSlice(jobs, run, 0, clock.now)).toBe(true);
    expect(runSlice(jobs, run, 0, clock.now)).toBe(false);
    expect(done).toEqual(['root', 'a', 'b']);
  });

  it('reports no work left for an empty stack', () => {
    expect(runSlice([], () => undefined, 10, () => 0)).toBe(false);
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

describe('the presenter link', () => {
  it('presenterUrl opens the same chapter path with ?presenter at the projector’s step, under any base path', () => {
    expect(presenterUrl('/chapters/border-sealing/', 'collapse')).toBe('/chapters/border-sealing/?presenter#collapse');
    expect(presenterUrl('/sealed-frontier/chapters/border-sealing/', undefined)).toBe('/sealed-frontier/chapters/border-sealing/?presenter');
  });
  it('presenterChannel is one channel per chapter path', () => {
    expect(presenterChannel('/chapters/a/')).not.toBe(presenterChannel('/chapters/b/'));
    expect(presenterChannel('/chapters/a/')).toBe(presenterChannel('/chapters/a/'));
  });
  it.each([
    [{ type: 'step', id: 'collapse' }, { type: 'step', id: 'collapse' }],
    [{ type: 'hello' }, { type: 'hello' }],
    [{ type: 'bye' }, { type: 'bye' }],
    [{ type: 'step', id: '' }, null],
    [{ type: 'step', id: 3 }, null],
    [{ type: 'step' }, null],
    [{ type: 'leave' }, null],
    ['step', null],
    [null, null],
  ])('readMessage(%j) is %j', (data, expected) => {
    expect(readMessage(data)).toEqual(expected);
  });
  it.each([
    [0, '0:00'],
    [999, '0:00'],
    [61_000, '1:01'],
    [12 * 60_000 + 5_000, '12:05'],
    [3_723_000, '1:02:03'],
    [-5_000, '0:00'],
  ])('formatElapsed(%i) is %j', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });
});
