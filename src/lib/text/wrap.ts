// Word wrap for SVG text, which does not wrap by itself.
import { roughTextWidth } from './width.ts';

/**
 * wrapByChars(text, maxChars, maxLines) breaks `text` into lines of at most `maxChars` characters at
 * spaces (SVG text does not wrap by itself); a text that does not fit in `maxLines` ends with an
 * ellipsis on the last line.
 * wrapByChars('The bridge to Russia', 12, 2) -> ['The bridge', 'to Russia']
 */
export function wrapByChars(text: string, maxChars: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.length + 1 > maxChars && last.includes(' ')) last = last.slice(0, last.lastIndexOf(' '));
  kept[maxLines - 1] = `${last.replace(/[,;:.]$/, '')}…`;
  return kept;
}

/** wrapToWidth(text, maxWidth, fontSize) is a greedy word wrap to a width in viewBox units (roughTextWidth). */
export function wrapToWidth(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && roughTextWidth(`${last} ${word}`, fontSize) <= maxWidth) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
