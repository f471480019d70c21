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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2023-05-27` -> `27 May 2023`, `2023-05` -> `May 2023`, `2023` -> `2023`, '' -> ''. */
export function readableDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  if (!year) return '';
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  if (!name) return year;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}
