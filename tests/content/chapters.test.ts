// The editorial standards each chapter is held to (issue: the four chapters), checked on the text.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.ts';

const root = resolve(import.meta.dirname, '../..');
const dir = join(root, 'content/chapters');
const chapters = readdirSync(dir).filter((f) => f.endsWith('.mdx'));

// Every number a reader can see must stand in content/data (digits compared without separators).
const dataText = readdirSync(join(root, 'content/data'))
  .filter((f) => f.endsWith('.csv'))
  .map((f) => readFileSync(join(root, 'content/data', f), 'utf8'))
  .join('\n')
  .replace(/(\d),(?=\d{3}\b)/g, '$1');
const numbersIn = (text: string) => [...new Set(text.replace(/(\d),(?=\d{3}\b)/g, '$1').match(/\d+(?:\.\d+)?/g) ?? [])];

describe.each(chapters)('%s', (name) => {
  const path = join(dir, name);

  it('has at least 1,500 words of prose outside its scrolly sequences', () => {
    const { derived } = analyse(path);
    expect(derived.words.prose).toBeGreaterThanOrEqual(1500);
  });

  it('has at least 15 citations drawing on at least 4 sources', () => {
    const { derived } = analyse(path);
    expect(derived.citations).toBeGreaterThanOrEqual(15);
    expect(derived.sources.length).toBeGreaterThanOrEqual(4);
  });

  it('has at least two scrolly sequences of at least three steps each', () => {
    const { derived } = analyse(path);
    expect(derived.sequences.length).toBeGreaterThanOrEqual(2);
    for (const { id, steps } of derived.sequences) expect(steps.length, `sequence starting at ${id}`).toBeGreaterThanOrEqual(3);
    for (const step of derived.steps) expect(step.text.split(/\s+/).length, `step ${step.id} explains its graphic`).toBeGreaterThanOrEqual(20);
  });

  // A step is read beside or over its graphic, on a phone as often as not: past 60 words it scrolls away.
  it('keeps every step to 60 words or fewer', () => {
    const { derived } = analyse(path);
    const long = derived.steps.map((s) => ({ id: s.id, words: s.text.trim().split(/\s+/).length })).filter((s) => s.words > 60);
    expect(long).toEqual([]);
  });

  it('shows no number that is not in content/data', () => {
    const { text } = analyse(path);
    const missing = numbersIn(text).filter((n) => !new RegExp(`(^|[^\\d.])${n.replace('.', '\\.')}(?![\\d])`).test(dataText));
    expect(missing).toEqual([]);
  });
});
