// Wikipedia is background, never evidence: these helpers find Wikipedia sources and measure how much
// of a chapter's citing rests on them.

/** A source is Wikipedia when its publisher is labelled so ("Wikipedia (English)") or it links to wikipedia.org. */
export function isWikipedia(source: { publisher: string; url: string }): boolean {
  if (/^wikipedia\b/i.test(source.publisher.trim())) return true;
  try {
    return /(^|\.)wikipedia\.org$/i.test(new URL(source.url).hostname);
  } catch {
    return false;
  }
}

export interface WikipediaShare {
  /** Citation references to Wikipedia sources (a <Cite> with three ids is three references). */
  wikipedia: number;
  /** All citation references. */
  total: number;
  /** wikipedia / total, 0 when nothing is cited. */
  share: number;
}

/** The share of citation references (every id of every <Cite>) that point to Wikipedia sources. */
export function wikipediaShare(references: readonly string[], isWiki: (id: string) => boolean): WikipediaShare {
  const wikipedia = references.filter(isWiki).length;
  const total = references.length;
  return { wikipedia, total, share: total === 0 ? 0 : wikipedia / total };
}

/** `null` when the share is within `max`, else a message naming the file and the figures. */
export function wikipediaShareProblem(file: string, share: WikipediaShare, max = 0.1): string | null {
  if (share.share <= max) return null;
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  return `${file}: ${share.wikipedia} of ${share.total} citation references are to Wikipedia (${pct(share.share)})  (expected at most ${pct(max)}: cite the primary or reported source instead)`;
}
