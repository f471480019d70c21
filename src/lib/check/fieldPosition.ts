/** A 1-based place in a file. */
export interface Position {
  line: number;
  column: number;
}

/** Splits a YAML flow list's inside (`a, "b, c", [d]`) into items with their offsets. */
function flowItems(inside: string): number[] {
  const starts: number[] = [];
  let depth = 0;
  let quote = '';
  let start = -1;
  for (let i = 0; i < inside.length; i++) {
    const c = inside[i]!;
    if (start === -1 && !/\s/.test(c)) start = i;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      starts.push(start === -1 ? i : start);
      start = -1;
    }
  }
  if (start !== -1) starts.push(start);
  return starts;
}

/**
 * fieldPosition(text, path) is where the frontmatter field at `path` is written in an .mdx file, so a
 * schema error can name its line: the value of `order: first` (line:column of `first`), the second item
 * of a `learningGoals` list (block or flow style), or, for a field that is missing, the closing `---`
 * (where it would be added). Line 1, column 1 when the file has no frontmatter.
 */
export function fieldPosition(text: string, path: readonly PropertyKey[]): Position {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  if (lines[0] !== '---') return { line: 1, column: 1 };
  const end = lines.findIndex((l, i) => i > 0 && l === '---');
  const close = end === -1 ? lines.length : end;
  const key = String(path[0] ?? '');
  const at = lines.findIndex((l, i) => i > 0 && i < close && new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`).test(l));
  if (at === -1) return { line: close + 1, column: 1 };
  const line = lines[at]!;
  const valueAt = line.indexOf(':') + 1 + (/^\s*/.exec(line.slice(line.indexOf(':') + 1))?.[0].length ?? 0);
  const hasValue = valueAt < line.length && !line.slice(valueAt).startsWith('#');
  const index = path[1];
  if (typeof index !== 'number') return { line: at + 1, column: hasValue ? valueAt + 1 : 1 };
  if (hasValue && line[valueAt] === '[') {
    const inside = line.slice(valueAt + 1, line.lastIndexOf(']') === -1 ? line.length : line.lastIndexOf(']'));
    const item = flowItems(inside)[index];
    return { line: at + 1, column: item === undefined ? valueAt + 1 : valueAt + 2 + item };
  }
  // A block list: the `- item` lines under the key, up to the next key.
  let n = -1;
  for (let i = at + 1; i < close; i++) {
    const l = lines[i]!;
    if (/^\S/.test(l)) break;
    const item = /^(\s*-\s+)/.exec(l);
    if (item && ++n === index) return { line: i + 1, column: item[1]!.length + 1 };
  }
  return { line: at + 1, column: 1 };
}
