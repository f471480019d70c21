// Label text: widths are estimated per character (no DOM to measure with), and event texts are cut to
// short labels that end on whole words.
export const FONT_SIZE = 11;

// Approximate advance widths in em (Helvetica/Arial-like sans), padded below by SAFETY so that wider
// system fonts (DejaVu Sans, Roboto) still fit the boxes the layout reserves.
const NARROW = new Set([...'ijl.,:;\'!|`’']);
const SEMI = new Set([...'ftrI()[]-/ "']);
const WIDE_LOWER = new Set([...'mw']);
const WIDE_UPPER = new Set([...'MW']);
const SAFETY = 1.15;

function charEm(c: string): number {
  if (c === ' ') return 0.28;
  if (NARROW.has(c)) return 0.24;
  if (SEMI.has(c)) return 0.34;
  if (WIDE_LOWER.has(c)) return 0.84;
  if (WIDE_UPPER.has(c)) return 0.9;
  if (c === '…') return 1;
  if (/[0-9$]/.test(c)) return 0.58;
  if (/[A-Z]/.test(c)) return 0.68;
  if (/[a-z]/.test(c)) return 0.54;
  return 0.6;
}

/** textWidth('Mar 2018', 11, true) estimates a string's width in SVG units at a font size. */
export function textWidth(text: string, fontSize = FONT_SIZE, bold = false): number {
  let em = 0;
  for (const c of text) em += charEm(c);
  return em * fontSize * SAFETY * (bold ? 1.08 : 1);
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
 * wrapText(text, maxWidth, maxLines) breaks text into at most maxLines lines at word boundaries; if it
 * does not fit, the last line ends on a whole word with an ellipsis (a word longer than a line is cut).
 */
export function wrapText(text: string, maxWidth: number, maxLines = 2): { lines: string[]; truncated: boolean } {
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

/** The main clause of an event's text: no parentheses, nothing after a semicolon. */
export function mainClause(event: string): string {
  return event
    .replace(/\s*\([^)]*\)/g, '')
    .split(/;\s/)[0]!
    .replace(/[\s,;:.]+$/, '')
    .trim();
}

/**
 * shortLabel(event, maxWidth) derives a label of at most two lines from an event's text: it drops
 * parentheses and anything after a semicolon, prefers ending at a comma when the whole clause does not
 * fit, and otherwise ends on a whole word with an ellipsis.
 */
export function shortLabel(event: string, maxWidth: number, maxLines = 2): string[] {
  const clause = mainClause(event);
  const whole = wrapText(clause, maxWidth, maxLines);
  if (!whole.truncated) return whole.lines;
  // Try ending at a comma (the longest prefix that fits and still has two words or more).
  const parts = clause.split(/,\s/);
  for (let n = parts.length - 1; n >= 1; n--) {
    const prefix = parts.slice(0, n).join(', ');
    if (prefix.split(/\s+/).length < 2) continue;
    const w = wrapText(prefix, maxWidth, maxLines);
    if (!w.truncated) return w.lines;
  }
  return whole.lines;
}
