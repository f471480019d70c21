// Bad content must fail the build with a message that names the file, the line where there is one,
// and what was expected. One fixture a kind of error, under tests/fixtures/<case>/. The builds run one
// at a time: Astro writes its content module map into the project's .astro/ folder, which builds
// from different content folders would overwrite for each other.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, expectedLines } from './buildFixture.ts';

const fixtures = join(import.meta.dirname, '../fixtures');
const cases = readdirSync(fixtures).filter((n) => n !== 'valid');

describe('content errors fail the build', () => {
  it('the valid fixture builds, with its citations numbered in order', () => {
    const result = buildFixture('valid');
    expect(result.output).not.toContain('[ERROR]');
    expect(result.ok).toBe(true);
    const html = readFileSync(join(result.outDir, 'chapters/border-sealing/index.html'), 'utf8');
    expect(html).toMatch(/aria-label="Source 1: Kyodo News/);
    expect(html).toMatch(/aria-label="Source 3: Reuters, as published by bdnews24\.com, /);
  });

  it.each(cases)('%s: the build fails naming file, field and expectation', (name) => {
    const result = buildFixture(name);
    expect(result.ok).toBe(false);
    for (const line of expectedLines(name, result.contentDir)) expect(result.output).toContain(line);
  });
});
