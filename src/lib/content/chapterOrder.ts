/** A chapter as the sequence rules see it: its file name (without .mdx) and two frontmatter fields. */
export interface ChapterRef {
  id: string;
  slug: string;
  order: number;
}

/** A chapter that breaks a sequence rule, with the frontmatter field to fix. */
export interface ChapterOrderProblem {
  id: string;
  field: 'order' | 'slug';
  message: string;
}

/**
 * checkChapterOrder(chapters) checks what no single chapter's schema can: the chapters, sorted by
 * `order`, are numbered 1, 2, 3 ... without gaps or repeats, and each `slug` is its file name.
 * checkChapterOrder([{ id: 'a', slug: 'a', order: 1 }, { id: 'b', slug: 'b', order: 3 }]) reports
 * `order 3 (expected 2: chapters are numbered 1 to 2 without gaps)` for `b`.
 */
export function checkChapterOrder(chapters: readonly ChapterRef[]): ChapterOrderProblem[] {
  const sorted = [...chapters].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const problems: ChapterOrderProblem[] = [];
  sorted.forEach((c, i) => {
    if (c.order !== i + 1) {
      const twin = sorted.find((o) => o !== c && o.order === c.order);
      const why = twin ? `, the same as ${twin.id}.mdx` : '';
      problems.push({ id: c.id, field: 'order', message: `order ${c.order}${why} (expected ${i + 1}: chapters are numbered 1 to ${sorted.length} without gaps)` });
    }
    if (c.id !== c.slug) problems.push({ id: c.id, field: 'slug', message: `slug "${c.slug}" (expected the file name, "${c.id}")` });
  });
  return problems;
}
