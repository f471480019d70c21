// The components an .mdx file of content/ may use, without importing them. The MDX check
// (src/mdx/remarkStory.ts) rejects any other capitalised tag, naming the line.
import Aside from './Aside.astro';
import Cite from './Cite.astro';
import PullQuote from './PullQuote.astro';
import Quote from './Quote.astro';
import Scrolly from './scrolly/Scrolly.astro';
import Step from './scrolly/Step.astro';
import Term from './Term.astro';

export const mdxComponents = { Aside, Cite, PullQuote, Quote, Scrolly, Step, Term };
