/** countWords(text) counts runs of letters or digits (with inner apostrophes and hyphens) as words. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
