import type { Position } from './fieldPosition.ts';

/**
 * phrasePosition(text, phrase) is where a run of words, as the originality tool prints it (lower
 * case, punctuation dropped), starts in the original text: the words may be split by punctuation,
 * line breaks, tags such as `<Term id="x">` or `{expressions}`. Undefined when it is not found.
 */
export function phrasePosition(text: string, phrase: string): Position | undefined {
  const words = phrase.split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’‘]");
  const gap = String.raw`(?:[^a-z0-9'’‘-]|<[^>]*>|\{[^}]*\})+`;
  const match = new RegExp(`(?<![a-z0-9])${words.map(escape).join(gap)}(?![a-z0-9])`, 'i').exec(text);
  if (!match) return undefined;
  const before = text.slice(0, match.index);
  const line = before.split('\n').length;
  return { line, column: match.index - before.lastIndexOf('\n') };
}
