const NAMED: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" };

/**
 * decodeEntities(text) turns the character references a built page uses (`&amp;`, `&quot;`, `&lt;`,
 * `&gt;`, `&apos;`, decimal and hex numbers) back into text, in one pass, so `&amp;quot;` stays
 * `&quot;`. For reading attribute values and titles out of built HTML without a parser.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|quot|lt|gt|apos));/gi, (whole, dec?: string, hex?: string, name?: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (NAMED[name!.toLowerCase()] ?? whole),
  );
}
