import { describe, expect, it } from 'vitest';
import { keyedCache } from '../../src/lib/geo/keyedCache.ts';

describe('keyedCache', () => {
  it('makes a value once per object and key, and again for a new object with the same key', () => {
    const cache = keyedCache<object, { n: number }>();
    let made = 0;
    const make = () => ({ n: ++made });
    const region = {};
    const first = cache(region, 'z6', make);
    expect(cache(region, 'z6', make)).toBe(first);
    expect(cache(region, 'z8', make).n).toBe(2);
    // A content load in `npm run dev` brings a new object: worked out anew, not served stale.
    expect(cache({}, 'z6', make).n).toBe(3);
    expect(made).toBe(3);
  });

  it('keeps a value that is falsy', () => {
    const cache = keyedCache<object, number>();
    let made = 0;
    const owner = {};
    cache(owner, '', () => (made++, 0));
    expect(cache(owner, '', () => (made++, 0))).toBe(0);
    expect(made).toBe(1);
  });
});
