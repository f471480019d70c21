// What remarkStory (src/mdx/remarkStory.ts) learns from a page's MDX and hands to the pages: a type of
// its own so the gatherers that read it need not import the compiler plugin.

/** What a chapter's page learns from its MDX, available as `remarkPluginFrontmatter.derived`. */
export interface Derived {
  /** Source ids in the order they are first cited; a source's citation number is its index + 1. */
  sources: string[];
  /** Every step, in reading order, with its plain text (teaching pages list them as key moments). */
  steps: { id: string; graphic: string; scrolly: string; text: string; state: unknown }[];
  /** Glossary ids used through `<Term>`, in order of first use. */
  terms: string[];
  /** Words of prose outside the scrolly sequences, and inside them. */
  words: { prose: number; steps: number };
  citations: number;
  /** Every id of every <Cite>, in reading order, repeats included (a <Cite> with three ids adds three). */
  references: string[];
}
