/** A step as the MDX check derives it (src/mdx/remarkStory.ts `Derived['steps']`). */
export interface StepLike {
  id: string;
  graphic: string;
  /** The id of the first step of its sequence. */
  scrolly: string;
  text: string;
  state: unknown;
}

export interface Sequence<S extends StepLike> {
  /** The first step's id: the sequence's address (`data-scrolly`, the embed URL, the CSV name). */
  id: string;
  graphic: string;
  /** The `title` written on its `<Scrolly>`, or a plain fallback naming the graphic. */
  title: string;
  steps: S[];
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? whole),
  );

/**
 * chapterSequences(body, steps) groups a chapter's derived steps into its scrolly sequences, in
 * reading order, each with the `title` of its `<Scrolly>` read from the MDX source (the MDX check
 * has already made sure each sequence is a `<Scrolly>` holding only `<Step>`s, in this order).
 * chapterSequences('<Scrolly graphic="trade" title="Trade">...', [{ id: 'a', scrolly: 'a', ... }])
 * -> [{ id: 'a', graphic: 'trade', title: 'Trade', steps: [...] }]
 */
export function chapterSequences<S extends StepLike>(body: string, steps: S[]): Sequence<S>[] {
  const titles = [...body.matchAll(/<Scrolly\b([^>]*)>/g)].map((m) => {
    const t = /\btitle=(?:"([^"]*)"|'([^']*)'|\{\s*(?:"([^"]*)"|'([^']*)')\s*\})/.exec(m[1]!);
    return t ? decode(t[1] ?? t[2] ?? t[3] ?? t[4] ?? '') : undefined;
  });
  const out: Sequence<S>[] = [];
  for (const step of steps) {
    let seq = out.at(-1);
    if (!seq || seq.id !== step.scrolly) {
      const title = titles[out.length] ?? `The ${step.graphic.replace(/-/g, ' ')} graphic`;
      seq = { id: step.scrolly, graphic: step.graphic, title, steps: [] };
      out.push(seq);
    }
    seq.steps.push(step);
  }
  return out;
}
