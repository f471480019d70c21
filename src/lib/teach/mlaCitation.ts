import type { CitableWork, CitationPart } from './citationText.ts';
import { titleCase } from './titleCase.ts';

const MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/**
 * mlaCitation(work) is an MLA (9th edition) works-cited entry for a web page: the author unless the
 * author is the site itself (MLA then starts with the title), the title in quotation marks and
 * title case, the site in italics, day month year, and the URL without its scheme.
 * -> “The Sealing of the Border.” *The Sealed Frontier*, 23 Nov. 2026, example.org/chapters/border-sealing/.
 */
export function mlaCitation(work: CitableWork): CitationPart[] {
  const d = work.updated;
  const date = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return [
    ...(work.site === work.author ? [] : [{ text: `${work.author.replace(/\.$/, '')}. ` }]),
    { text: `“${titleCase(work.title).replace(/\.$/, '')}.” ` },
    { text: work.site, italic: true },
    { text: `, ${date}, ` },
    { text: work.url.replace(/^https?:\/\//, ''), url: true },
    { text: '.' },
  ];
}
