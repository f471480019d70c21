/**
 * firstSentence(text) is a step's opening sentence, for a one-line summary of a moment: the text up
 * to the first full stop, question or exclamation mark followed by a space and a capital, a digit or
 * a quotation mark. A full stop inside an abbreviation or a number ("U.S.", "3.5") does not end it.
 * firstSentence('Trade fell. It rose later.') -> 'Trade fell.'
 */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = /(?<![A-Z]|\b(?:Mr|Ms|Dr|St|No|vs|approx|c))[.!?][”’"')]*(?= [A-Z0-9“‘"])/.exec(flat);
  return end ? flat.slice(0, end.index + end[0].length) : flat;
}
