// Wikipedia is background, not evidence (issue 13): at most 10% of a chapter's citation references,
// counting every id of every <Cite>, may point to Wikipedia.
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.ts';
import { loadContent } from '../../src/loader/loadContent.ts';
import { isWikipedia, wikipediaShare, wikipediaShareProblem } from '../../src/lib/sources/wikipedia.ts';

const root = resolve(import.meta.dirname, '../..');
const dir = join(root, 'content/chapters');
const chapters = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
const { sources } = loadContent(join(root, 'content'));
const isWiki = (id: string) => {
  const source = sources.get(id);
  return source !== undefined && isWikipedia(source);
};

function problemFor(path: string) {
  const { derived } = analyse(path);
  return wikipediaShareProblem(relative(root, path), wikipediaShare(derived.references, isWiki));
}

describe.each(chapters)('%s', (name) => {
  it('cites Wikipedia in at most 10% of its citation references', () => {
    expect(problemFor(join(dir, name))).toBeNull();
  });
});

describe('the Wikipedia share check', () => {
  it('fails a chapter over the share, naming the file and the figures', () => {
    // 4 of the 6 references (three ids in the first <Cite>, two in the second, one in the third) are Wikipedia.
    expect(problemFor(join(import.meta.dirname, 'fixtures/wikipedia-heavy.mdx'))).toBe(
      'tests/content/fixtures/wikipedia-heavy.mdx: 4 of 6 citation references are to Wikipedia (66.7%)  (expected at most 10.0%: cite the primary or reported source instead)',
    );
  });

  it('counts every id of every <Cite>, and passes at exactly 10%', () => {
    const refs = ['wiki-yalu', ...Array.from({ length: 9 }, () => 'reuters-2023-border')];
    expect(wikipediaShare(refs, isWiki)).toEqual({ wikipedia: 1, total: 10, share: 0.1 });
    expect(wikipediaShareProblem('x.mdx', wikipediaShare(refs, isWiki))).toBeNull();
    expect(wikipediaShareProblem('x.mdx', wikipediaShare(refs.slice(0, 9), isWiki))).toMatch(/^x\.mdx: 1 of 9 citation references are to Wikipedia \(11\.1%\)/);
  });

  it('knows a Wikipedia source by its publisher label or its wikipedia.org link', () => {
    expect(isWikipedia({ publisher: 'Wikipedia (German)', url: '' })).toBe(true);
    expect(isWikipedia({ publisher: 'Someone', url: 'https://fr.wikipedia.org/wiki/Yalu' })).toBe(true);
    expect(isWikipedia({ publisher: 'Reuters', url: 'https://www.reuters.com/world/' })).toBe(false);
  });
});
