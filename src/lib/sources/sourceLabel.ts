// How a source is named to a reader, as a newsroom names it: the publisher, and the newspaper that
// republished a wire story when we link to that newspaper's page.

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
  date: string;
}

/**
 * The link text of each source in a "Sources:" line: the publisher, or, where the line names the
 * same publisher twice, the publisher with what tells the entries apart (an encyclopaedia article's
 * title, a report's date, else its title), so that no two links read alike but lead to different
 * entries (a map often cites three Wikipedia articles) and a long line stays short.
 */
export function sourceLineLabels(sources: readonly Titled[]): string[] {
  const counts = (labels: string[]) => labels.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map<string, number>());
  const byPublisher = counts(sources.map((s) => s.publisher));
  const dated = sources.map((s) => {
    if ((byPublisher.get(s.publisher) ?? 0) < 2) return s.publisher;
    const short = s.date && !s.publisher.startsWith('Wikipedia') ? readableDate(s.date) : s.title;
    return `${s.publisher}, ${short}`;
  });
  const byLabel = counts(dated);
  return dated.map((label, i) => ((byLabel.get(label) ?? 0) > 1 ? `${sources[i]!.publisher}, ${sources[i]!.title}` : label));
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
