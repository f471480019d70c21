// Articles, coordinating conjunctions, prepositions and "to": lower case inside a title in both MLA
// and Chicago (which lowercases prepositions of any length).
const MINOR = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'off', 'on', 'per',
  'to', 'up', 'via', 'from', 'into', 'onto', 'over', 'with', 'about', 'above', 'across', 'after', 'against', 'along',
  'among', 'around', 'before', 'behind', 'below', 'beneath', 'beside', 'between', 'beyond', 'down', 'during', 'except',
  'inside', 'near', 'outside', 'since', 'through', 'toward', 'towards', 'under', 'until', 'upon', 'within', 'without',
]);

const upper = (word: string) => word.replace(/^(\W*)(\p{L})/u, (_, lead: string, first: string) => lead + first.toUpperCase());

/**
 * titleCase(title) capitalises the principal words of a title for MLA and Chicago: every word but
 * articles, conjunctions and prepositions, which stay lower case unless they open or close the
 * title or follow a colon. Capitals already there (names) are kept; each part of a hyphenated word
 * is treated as a word. titleCase('The bridge to Russia') -> 'The Bridge to Russia'.
 */
export function titleCase(title: string): string {
  const words = title.split(/(\s+)/);
  const last = words.length - 1;
  let afterColon = true;
  return words
    .map((word, i) => {
      if (/^\s+$/.test(word)) return word;
      const bare = word.toLowerCase().replace(/[^\p{L}'’-]/gu, '');
      const keepLow = !afterColon && i !== last && MINOR.has(bare);
      afterColon = /[:?!]$/.test(word);
      if (keepLow) return word;
      return word.split('-').map(upper).join('-');
    })
    .join('');
}
