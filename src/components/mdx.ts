// The components an .mdx file of content/ may use, without importing them. The MDX check
// (src/mdx/remarkStory.ts) rejects any other capitalised tag, naming the line; it wraps the text
// between sequences in Prose itself.
import Aside from './Aside.astro';
import Cite from './Cite.astro';
import Prose from './scrolly/Prose.astro';
import PullQuote from './PullQuote.astro';
import Quote from './Quote.astro';
import Scrolly from './scrolly/Scrolly.astro';
import Step from './scrolly/Step.astro';
import Term from './Term.astro';

export const mdxComponents = { Aside, Cite, Prose, PullQuote, Quote, Scrolly, Step, Term };
