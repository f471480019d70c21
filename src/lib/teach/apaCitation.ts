import type { CitableWork, CitationPart } from './citationText.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * apaCitation(work) is an APA (7th edition) reference to a web page: author, (year, month day),
 * title in italics in sentence case (as written), site name unless it is the author, and the URL
 * with no full stop after it.
 * -> The Sealed Frontier. (2026, November 23). *The sealing of the border*. https://example.org/...
 */
export function apaCitation(work: CitableWork): CitationPart[] {
  const d = work.updated;
  const date = `${d.getUTCFullYear()}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  const author = work.author.replace(/\.$/, '');
  return [
    { text: `${author}. (${date}). ` },
    { text: work.title.replace(/\.$/, ''), italic: true },
    { text: '. ' },
    ...(work.site === work.author ? [] : [{ text: `${work.site}. ` }]),
    { text: work.url, url: true },
  ];
}
