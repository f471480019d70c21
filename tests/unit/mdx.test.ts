import { describe, expect, it } from 'vitest';
import { parse } from 'acorn';
import type { Program } from 'estree';
import { estreeToValue } from '../../src/lib/mdx/estreeToValue.ts';
import { countWords } from '../../src/lib/text/countWords.ts';
import { withBase } from '../../src/lib/url/withBase.ts';

const program = (code: string) => parse(code, { ecmaVersion: 2022 }) as unknown as Program;

describe('estreeToValue', () => {
  it('estreeToValue reads the plain data of a step state', () => {
    expect(estreeToValue(program('({ highlight: [2019, 2022], yMax: 300, camera: { center: [129.75, -42.4] }, "split": true, note: `a` })'))).toEqual({
      highlight: [2019, 2022],
      yMax: 300,
      camera: { center: [129.75, -42.4] },
      split: true,
      note: 'a',
    });
  });
  it.each([
    ['({ a: b })', 'Identifier is not allowed here'],
    ['({ a: f() })', 'CallExpression is not allowed here'],
    ['({ ...x })', 'only plain "key: value" properties'],
    ['({ [k]: 1 })', 'only plain "key: value" properties'],
    ['1; 2', 'expected a single value'],
  ])('estreeToValue(%s) refuses code, naming what it met', (code, message) => {
    expect(() => estreeToValue(program(code))).toThrow(message);
  });
});

describe('countWords', () => {
  it.each([
    ['', 0],
    ['The border closed in 2020.', 5],
    ["Kim Jong Un's order, North Korea-China route", 7],
    ['1,400 km', 3],
  ])('countWords(%j) is %i', (text, n) => {
    expect(countWords(text)).toBe(n);
  });
});

describe('withBase', () => {
  it.each([
    ['/', '/sources/', '/sources/'],
    ['/sealed-frontier/', '/sources/#bbc', '/sealed-frontier/sources/#bbc'],
    ['/sealed-frontier', '/', '/sealed-frontier/'],
  ])('withBase(%j, %j) is %j', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });
  it('withBase refuses a relative path', () => {
    expect(() => withBase('/', 'sources/')).toThrow('is not a site path');
  });
});
