import type { Located } from '../lib/data/parseRows.ts';
import type { RegionTopology } from '../lib/geo/regionView.ts';
import type { Correction } from './correction.ts';
import type { DatasetName, Row } from './datasets.ts';
import type { GlossaryEntry } from './glossary.ts';
import type { Quote } from './quote.ts';
import type { Publisher, Source } from './source.ts';

/** Every registry and dataset of content/, checked: what `loadContent()` returns and state schemas read. */
export interface Content {
  dir: string;
  sources: Map<string, Located<Source>>;
  /** content/data/publishers.csv by publisher name: the domains its own pages live on. */
  publishers: Map<string, Located<Publisher>>;
  /** content/data/corrections.csv, in date order (oldest first). */
  corrections: Located<Correction>[];
  quotes: Map<string, Located<Quote>>;
  glossary: Map<string, GlossaryEntry>;
  data: { [N in DatasetName]: Row<N>[] };
  /** The maps' shapes: content/data/map/region.json, written by `npm run map:region`. */
  map: RegionTopology;
}
