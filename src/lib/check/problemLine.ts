/**
 * problemLine(message) writes a problem in the one shape every check prints,
 * `file:line:column  what is wrong  (what was expected)`: two spaces after the place, and two before
 * a closing `(expected ...)` where the message has one. Messages from the schemas set it off with one
 * space (`is empty (expected ...)`), the MDX checks with two; the check prints them all alike.
 * problemLine('a.csv:3:9  column "x": is empty (expected a number)') is
 * 'a.csv:3:9  column "x": is empty  (expected a number)'.
 */
export function problemLine(message: string): string {
  const m = /^(\S+?:\d+:\d+)\s+([\s\S]*)$/.exec(message.trim());
  if (!m) return message.trim().replace(/\s*\n\s*/g, ' ');
  const rest = m[2]!.replace(/\s*\n\s*/g, ' ').replace(/(\S) ?\((expected [^()]*(?:\([^()]*\)[^()]*)*)\)$/, '$1  ($2)');
  return `${m[1]}  ${rest}`;
}
