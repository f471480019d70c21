import type { CitableWork, CitationPart } from './citationText.ts';
import { titleCase } from './titleCase.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * chicagoCitation(work) is a Chicago (17th edition, notes and bibliography) bibliography entry for
 * a web page: author, the title in quotation marks and title case, the site unless it is also the
 * author (CMOS 14.206), "Last modified" month day, year, and the URL.
 * -> The Sealed Frontier. “The Sealing of the Border.” Last modified November 23, 2026. https://example.org/....
 */
export function chicagoCitation(work: CitableWork): CitationPart[] {
  const d = work.updated;
  const date = `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
  return [
    { text: `${work.author.replace(/\.$/, '')}. “${titleCase(work.title).replace(/\.$/, '')}.” ` },
    ...(work.site === work.author ? [] : [{ text: `${work.site}. ` }]),
    { text: `Last modified ${date}. ` },
    { text: work.url, url: true },
    { text: '.' },
  ];
}
