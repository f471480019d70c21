// What remarkStory (src/mdx/remarkStory.ts) learns from a page's MDX and hands to the pages: a type of
// its own so the gatherers that read it need not import the compiler plugin.
import type { GraphicName } from './graphics/index.ts';

/** A `<Step>` as the MDX check read it. */
export interface DerivedStep {
  /** Its id in the page (gallery ids carry their file's prefix): the URL `#id`. */
  id: string;
  graphic: GraphicName;
  /** The id of the first step of its sequence. */
  scrolly: string;
  /** Its text, as plain words. */
  text: string;
  /** Its words before its first citation (all of them when it cites nothing): what a reader reads before a source number. */
  lead: string;
  /** Its teaching notes, whitespace collapsed, if it has any (only the presenter view shows them). */
  notes?: string;
  /** Its state, validated, with the schema's defaults filled in. */
  state: unknown;
}

/** A `<Scrolly>` and its steps: what teaching pages, handouts, CSV files and embeds list. */
export interface DerivedSequence {
  /** The first step's id: the sequence's address (`data-scrolly`, the embed URL, the CSV name). */
  id: string;
  graphic: GraphicName;
  /** The `title` written on its `<Scrolly>`, or a plain fallback naming the graphic. */
  title: string;
  /** The page it is on, which names its CSV: a chapter's slug, `gallery`, or a page's file name. */
  page: string;
  steps: DerivedStep[];
}

/** What a chapter's page learns from its MDX, available as `remarkPluginFrontmatter.derived`. */
export interface Derived {
  /** Source ids in the order they are first cited; a source's citation number is its index + 1. */
  sources: string[];
  /** Every step, in reading order, with its plain text (teaching pages list them as key moments). */
  steps: DerivedStep[];
  /** The scrolly sequences, in reading order, each with its steps. */
  sequences: DerivedSequence[];
  /** Glossary ids used through `<Term>`, in order of first use. */
  terms: string[];
  /** Words of prose outside the scrolly sequences, and inside them. */
  words: { prose: number; steps: number };
  citations: number;
  /** Every id of every <Cite>, in reading order, repeats included (a <Cite> with three ids adds three). */
  references: string[];
}
