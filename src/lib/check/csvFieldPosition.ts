import type { Position } from './fieldPosition.ts';

/**
 * csvFieldPosition(text, line, column) is where the named column's cell starts in the CSV row that
 * begins on `line`, so a row error can point at its cell: csvFieldPosition('year,arrivals\n2019,1047',
 * 2, 'arrivals') is { line: 2, column: 6 }. Quoted cells may hold commas and line breaks. An unknown
 * column, or a line past the end, gives column 1 of that line.
 */
export function csvFieldPosition(text: string, line: number, column: string): Position {
  const src = text.replace(/^\uFEFF/, '');
  const header = (src.split(/\r?\n/)[0] ?? '').split(',').map((h) => h.trim().replace(/^"|"$/g, ''));
  const target = header.indexOf(column);
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = src.indexOf('\n', offset);
    if (next === -1) return { line, column: 1 };
    offset = next + 1;
  }
  if (target <= 0) return { line, column: 1 };
  let field = 0;
  let quoted = false;
  let at = { line, column: 1 };
  for (let i = offset; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        i++;
        at.column += 2;
        continue;
      }
      if (c === '"') quoted = false;
      if (c === '\n') {
        at = { line: at.line + 1, column: 1 };
        continue;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      field++;
      if (field === target) return { line: at.line, column: at.column + 1 };
    } else if (c === '\n' || c === '\r') {
      break;
    }
    at.column++;
  }
  return { line, column: 1 };
}
