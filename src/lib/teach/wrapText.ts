/**
 * wrapText(text, maxChars, maxLines) breaks `text` into lines of at most `maxChars` characters at
 * spaces (SVG text does not wrap by itself); a text that does not fit in `maxLines` ends with an
 * ellipsis on the last line.
 * wrapText('The bridge to Russia', 12, 2) -> ['The bridge', 'to Russia']
 */
export function wrapText(text: string, maxChars: number, maxLines = Infinity): string[] {
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
