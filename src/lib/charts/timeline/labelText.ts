// Label text: event texts cut to short labels that end on whole words (widths: lib/text/width.ts).
import { wrapWithEllipsis } from '../../text/wrap.ts';

export const FONT_SIZE = 11;

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
  const whole = wrapWithEllipsis(clause, maxWidth, FONT_SIZE, maxLines);
  if (!whole.truncated) return whole.lines;
  // Try ending at a comma (the longest prefix that fits and still has two words or more).
  const parts = clause.split(/,\s/);
  for (let n = parts.length - 1; n >= 1; n--) {
    const prefix = parts.slice(0, n).join(', ');
    if (prefix.split(/\s+/).length < 2) continue;
    const w = wrapWithEllipsis(prefix, maxWidth, FONT_SIZE, maxLines);
    if (!w.truncated) return w.lines;
  }
  return whole.lines;
}
