// Word wrap for SVG text, which does not wrap by itself.
import { roughTextWidth, sansTextWidth } from './width.ts';

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

/**
 * wrapInTwo(text, max) breaks a long name into two lines: before a parenthesis if it has one
 * ("Fangchuan" / "(tri-border viewpoint)"), else at the space nearest the middle.
 */
export function wrapInTwo(text: string, max = 18): string[] {
  if (text.length <= max) return [text];
  const paren = text.indexOf(' (');
  if (paren > 0) return [text.slice(0, paren), text.slice(paren + 1)];
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index);
  if (!spaces.length) return [text];
  const mid = text.length / 2;
  const at = spaces.reduce((a, b) => (Math.abs(b - mid) < Math.abs(a - mid) ? b : a));
  return [text.slice(0, at), text.slice(at + 1)];
}

const STOPWORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'at', 'in', 'on', 'to', 'by', 'for', 'with', 'from', 'over', 'as', 'that', 'its', 'is', 'has']);

/** Words to end on before an ellipsis: no dangling "the", "at", comma or semicolon. */
function trimForEllipsis(words: string[]): string[] {
  const out = [...words];
  while (out.length > 1 && STOPWORDS.has(out[out.length - 1]!.toLowerCase().replace(/[,;:]$/, ''))) out.pop();
  if (out.length) out[out.length - 1] = out[out.length - 1]!.replace(/[,;:.-]+$/, '');
  return out;
}

/**
 * wrapWithEllipsis(text, maxWidth, fontSize, maxLines) breaks text into at most maxLines lines at word boundaries; if it
 * does not fit, the last line ends on a whole word with an ellipsis (a word longer than a line is cut).
 */
export function wrapWithEllipsis(text: string, maxWidth: number, fontSize: number, maxLines = 2): { lines: string[]; truncated: boolean } {
  const textWidth = (t: string) => sansTextWidth(t, fontSize);
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    let line = words[i]!;
    i++;
    while (i < words.length && textWidth(`${line} ${words[i]}`) <= maxWidth) {
      line = `${line} ${words[i]}`;
      i++;
    }
    lines.push(line);
  }
  const overlong = lines.some((l) => textWidth(l) > maxWidth);
  if (i >= words.length && !overlong) return { lines, truncated: false };
  // Too long: end the last line on whole words plus an ellipsis, dropping words until it fits.
  const last = lines.length - 1;
  let lastWords = lines[last]!.split(' ');
  for (;;) {
    const kept = trimForEllipsis(lastWords);
    const candidate = `${kept.join(' ')}…`;
    if (textWidth(candidate) <= maxWidth || kept.length <= 1) {
      let out = candidate;
      // A single word wider than the line: cut it by characters.
      while (textWidth(out) > maxWidth && out.length > 2) out = `${out.slice(0, -2)}…`;
      lines[last] = out;
      break;
    }
    lastWords = kept.slice(0, -1);
  }
  // Earlier lines are whole words by construction; a lone overlong word on them is cut too.
  for (let l = 0; l < last; l++) {
    while (textWidth(lines[l]!) > maxWidth && lines[l]!.length > 2) lines[l] = `${lines[l]!.slice(0, -2)}…`;
  }
  return { lines, truncated: true };
}
