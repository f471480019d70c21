// How a source is named to a reader, as a newsroom names it: the publisher, and the newspaper that
// republished a wire story when we link to that newspaper's page.
import { isWikipedia } from './wikipedia.ts';

export interface Labelled {
  publisher: string;
  published_by: string;
}

/** e.g. `AP, as published by Arkansas Democrat-Gazette`, or just `Human Rights Watch`. */
export function publisherLine(source: Labelled): string {
  return source.published_by ? `${source.publisher}, as published by ${source.published_by}` : source.publisher;
}

export interface Titled {
  publisher: string;
  title: string;
  url: string;
}

/**
 * The link text of each source in a "Sources:" line: the publisher, or, for an encyclopaedia the
 * line names twice, the publisher and the article's title, so that a map citing three Wikipedia
 * articles does not show three identical links. News reports keep the publisher's name alone: the
 * line stays short enough for a printed sheet, and the sources page tells them apart.
 */
export function sourceLineLabels(sources: readonly Titled[]): string[] {
  const count = new Map<string, number>();
  for (const s of sources) count.set(s.publisher, (count.get(s.publisher) ?? 0) + 1);
  return sources.map((s) => ((count.get(s.publisher) ?? 0) > 1 && isWikipedia(s) ? `${s.publisher}, ${s.title}` : s.publisher));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2023-05-27` -> `27 May 2023`, `2023-05` -> `May 2023`, `2023` -> `2023`, '' -> ''. */
export function readableDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  if (!year) return '';
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  if (!name) return year;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}
