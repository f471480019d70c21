/**
 * readingMinutes(words, wordsPerMinute) is the reading time in whole minutes, at least one: an
 * adult's silent reading of non-fiction at about 230 words a minute by default.
 * readingMinutes(2400) -> 10
 */
export function readingMinutes(words: number, wordsPerMinute = 230): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}
