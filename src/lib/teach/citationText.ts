/** A web page to cite: who wrote it, what it is called, where and when it was last updated. */
export interface CitableWork {
  /** The author; a group author such as `"The Sealed Frontier"`. */
  author: string;
  /** The page's title as it is written on the page, e.g. `"The sealing of the border"`. */
  title: string;
  /** The website's name; left out of a citation where it repeats the author. */
  site: string;
  /** The last substantive update (read as a UTC calendar date). */
  updated: Date;
  /** The absolute URL, e.g. `https://example.org/chapters/border-sealing/#hoeryong-2022`. */
  url: string;
}

/** One run of a formatted citation: italic where the style asks for it; `url` marks the address. */
export interface CitationPart {
  text: string;
  italic?: boolean;
  url?: boolean;
}

/** citationText(parts) is the citation as plain text, the string a copy button puts on the clipboard. */
export function citationText(parts: CitationPart[]): string {
  return parts.map((p) => p.text).join('');
}
