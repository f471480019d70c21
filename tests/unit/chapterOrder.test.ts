import { describe, expect, it } from 'vitest';
import { checkChapterOrder } from '../../src/lib/content/chapterOrder.ts';

describe('checkChapterOrder(chapters)', () => {
  it('accepts chapters numbered 1, 2, 3 ... in any file order, each slug its file name', () => {
    expect(checkChapterOrder([{ id: 'b', slug: 'b', order: 2 }, { id: 'a', slug: 'a', order: 1 }, { id: 'c', slug: 'c', order: 3 }])).toEqual([]);
  });

  it('reports a gap', () => {
    expect(checkChapterOrder([{ id: 'a', slug: 'a', order: 1 }, { id: 'b', slug: 'b', order: 3 }])).toEqual([
      { id: 'b', field: 'order', message: 'order 3 (expected 2: chapters are numbered 1 to 2 without gaps)' },
    ]);
  });

  it('reports two chapters with the same number, naming the other', () => {
    expect(checkChapterOrder([{ id: 'a', slug: 'a', order: 1 }, { id: 'b', slug: 'b', order: 1 }])).toEqual([
      { id: 'b', field: 'order', message: 'order 1, the same as a.mdx (expected 2: chapters are numbered 1 to 2 without gaps)' },
    ]);
  });

  it('reports a slug that is not the file name', () => {
    expect(checkChapterOrder([{ id: 'a', slug: 'b', order: 1 }])).toEqual([{ id: 'a', field: 'slug', message: 'slug "b" (expected the file name, "a")' }]);
  });
});
