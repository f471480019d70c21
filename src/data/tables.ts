// The rows a scrolly sequence's graphic draws, across all its steps, as a table: shown under the
// graphic ("Show the data") and served as CSV at /data/<chapter>/<first-step-id>.csv.
import { loadContent } from './content.ts';
import { defectorsTable } from '../lib/charts/defectors.ts';
import { tradeTable } from '../lib/charts/trade.ts';
import { borderLengthTable } from '../lib/charts/borderLength.ts';
import { hoeryongTable } from '../lib/charts/hoeryong.ts';
import { timelineTable } from '../lib/charts/timeline.ts';
import { mapTable } from '../lib/geo/mapTable.ts';
import type { GraphicName } from '../schemas/graphics/index.ts';
import type { MapState } from '../schemas/graphics/camera.ts';
import type { TimelineState } from '../lib/charts/timeline.ts';

export interface GraphicTable {
  caption: string;
  columns: { key: string; label: string; numeric?: boolean }[];
  rows: Record<string, string | number | undefined>[];
}

/** graphicTable(name, states) is the table of what the graphic draws in any of the given step states. */
export function graphicTable(name: GraphicName, states: unknown[]): GraphicTable {
  const { data } = loadContent();
  switch (name) {
    case 'defectors':
      return { caption: 'Defectors arriving in South Korea, by year', ...defectorsTable(data.defectors) };
    case 'trade':
      return { caption: 'China-North Korea trade by year, US$ millions', ...tradeTable(data.trade) };
    case 'border-length':
      return { caption: 'The northern border by what the imagery could show, km', ...borderLengthTable(data.borderLength) };
    case 'hoeryong':
      return { caption: 'The Hoeryong section: what the imagery showed', ...hoeryongTable(data.hoeryong) };
    case 'timeline':
      return { caption: 'The events on this timeline, with sources', ...timelineTable(data.timeline, states as TimelineState[]) };
    case 'map':
      return { caption: 'The places marked on this map, with sources', ...mapTable(data.places, (states as MapState[]).flatMap((s) => s.show)) };
  }
}
