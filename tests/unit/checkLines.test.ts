// The pure parts of `npm run check` (src/lib/check/): where a problem is, and how its line reads.
import { describe, expect, it } from 'vitest';
import { fieldPosition } from '../../src/lib/check/fieldPosition.ts';
import { csvFieldPosition } from '../../src/lib/check/csvFieldPosition.ts';
import { astroCheckProblems } from '../../src/lib/check/astroCheckProblems.ts';
import { phrasePosition } from '../../src/lib/check/phrasePosition.ts';
import { problemLine } from '../../src/lib/check/problemLine.ts';

const mdx = ['---', 'title: "A chapter"', 'order: first', 'keyTerms: [donju, songbun]', 'learningGoals:', '  - "One"', '  - "Two"', '---', '', 'Text.'].join('\n');

describe('fieldPosition(text, path)', () => {
  it.each([
    [['order'], { line: 3, column: 8 }, 'the value of a field'],
    [['keyTerms', 1], { line: 4, column: 19 }, 'an item of a flow list'],
    [['learningGoals', 1], { line: 7, column: 5 }, 'an item of a block list'],
    [['learningGoals'], { line: 5, column: 1 }, 'a field whose value is on the lines below'],
    [['dek'], { line: 8, column: 1 }, 'a missing field: the closing ---, where it would go'],
  ])('%j is at %j (%s)', (path, at) => {
    expect(fieldPosition(mdx, path)).toEqual(at);
  });

  it('is 1:1 when the file has no frontmatter', () => {
    expect(fieldPosition('Just text.', ['title'])).toEqual({ line: 1, column: 1 });
  });
});

describe('csvFieldPosition(text, line, column)', () => {
  const csv = 'year,arrivals,source_ids,notes\n2019,1047,reuters,"A note, with a comma"\n2020,229,"a;b",last';
  it.each([
    [2, 'arrivals', { line: 2, column: 6 }],
    [2, 'notes', { line: 2, column: 19 }],
    [3, 'source_ids', { line: 3, column: 10 }],
    [3, 'year', { line: 3, column: 1 }],
    [3, 'no-such-column', { line: 3, column: 1 }],
  ])('row on line %i, column "%s" starts at %j', (line, column, at) => {
    expect(csvFieldPosition(csv, line, column)).toEqual(at);
  });

  it('follows a quoted cell over a line break', () => {
    expect(csvFieldPosition('a,b,c\n"one\ntwo",x,y', 2, 'c')).toEqual({ line: 3, column: 8 });
  });
});

describe('astroCheckProblems(output)', () => {
  it('turns each error of astro check into one line and leaves warnings and hints out', () => {
    const output = [
      '\u001b[96msrc/x.ts\u001b[0m:\u001b[93m20\u001b[0m:\u001b[93m22\u001b[0m - \u001b[91merror\u001b[0m\u001b[90m ts(2322): \u001b[0mType \'string\' is not assignable to type \'number\'.',
      '',
      'src/y.ts:3:1 - warning ts(6133): \'a\' is declared but its value is never read.',
      'src/z.ts:1:1 - hint ts(80006): This may be converted to an async function.',
      'Result (3 files):',
    ].join('\n');
    expect(astroCheckProblems(output)).toEqual(["src/x.ts:20:22  ts(2322): Type 'string' is not assignable to type 'number'.  (expected code that type-checks)"]);
  });
});

describe('phrasePosition(text, phrase)', () => {
  it('finds a run of words across punctuation, case, line breaks and tags', () => {
    const text = 'First line.\nThe Analysts found <Term id="x">new</Term> or\nexpanded works.';
    expect(phrasePosition(text, 'the analysts found new or expanded works')).toEqual({ line: 2, column: 1 });
  });

  it('is undefined when the words are not there', () => {
    expect(phrasePosition('Something else entirely.', 'not in the text')).toBeUndefined();
  });
});

describe('problemLine(message)', () => {
  it.each([
    ['a.csv:3:9  column "x": is empty (expected a number)', 'a.csv:3:9  column "x": is empty  (expected a number)'],
    ['a.mdx:1:2  <Cite> unknown source id "x"  (expected an id from sources.csv)', 'a.mdx:1:2  <Cite> unknown source id "x"  (expected an id from sources.csv)'],
    ['a.mdx:1:2 order: expected a whole number, received "first"', 'a.mdx:1:2  order: expected a whole number, received "first"'],
    ['a.mdx:4:1  id is not kebab-case (expected e.g. "a-b" (no spaces))', 'a.mdx:4:1  id is not kebab-case  (expected e.g. "a-b" (no spaces))'],
  ])('%s', (message, line) => {
    expect(problemLine(message)).toBe(line);
  });
});
