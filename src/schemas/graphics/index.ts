// The one registry of graphics: each name a `<Scrolly graphic="...">` may use, with the schema of
// its step `state`, the dataset it draws, where that schema is written (the gallery lists its
// fields), and the caption and rows of its data table ("Show the data" and the CSV download).
// Its drawing is the other half, in src/components/scrolly/Graphic.astro (.astro files cannot be
// imported here: the MDX check runs outside Astro). docs/architecture.md: "Add a graphic".
import type { z } from 'astro/zod';
import type { Content } from '../content.ts';
import type { DatasetName } from '../datasets.ts';
import { borderLengthState } from './borderLength.ts';
import { mapState, type MapState } from './camera.ts';
import { defectorsState } from './defectors.ts';
import { hoeryongState } from './hoeryong.ts';
import { timelineState } from './timeline.ts';
import { tradeState } from './trade.ts';
import { borderLengthTable, type BorderLengthState } from '../../lib/charts/borderLength.ts';
import { defectorsTable, type DefectorsState } from '../../lib/charts/defectors.ts';
import { hoeryongTable, type HoeryongState } from '../../lib/charts/hoeryong.ts';
import type { TimelineState } from '../../lib/charts/timeline/state.ts';
import { timelineTable } from '../../lib/charts/timeline/words.ts';
import { tradeTable, type TradeState } from '../../lib/charts/trade.ts';
import { mapTable } from '../../lib/geo/mapTable.ts';

export interface GraphicTable {
  caption: string;
  columns: { key: string; label: string; numeric?: boolean }[];
  rows: Record<string, string | number | undefined>[];
}

/** What the registry knows of one graphic whose steps have states of type S. */
export interface Graphic<S> {
  /** The schema of a step's `state`, built from the content (ids and years must exist in the data). */
  state: (content: Content) => z.ZodType<S>;
  /** The file that schema is written in, with a doc comment on each field (the gallery shows them). */
  schemaFile: string;
  /** The dataset it draws (`src/schemas/datasets.ts`). */
  dataset: DatasetName;
  /** The caption of its data table. */
  caption: string;
  /** The rows it draws in any of the given step states, with their sources. */
  table(data: Content['data'], states: S[]): Omit<GraphicTable, 'caption'>;
}

/** The state each graphic's drawing reads; the layouts in src/lib declare these shapes themselves. */
export interface GraphicState {
  defectors: DefectorsState;
  trade: TradeState;
  'border-length': BorderLengthState;
  hoeryong: HoeryongState;
  timeline: TimelineState;
  map: MapState;
}

export const graphics: { [N in keyof GraphicState]: Graphic<GraphicState[N]> } = {
  defectors: {
    state: defectorsState,
    schemaFile: 'src/schemas/graphics/defectors.ts',
    dataset: 'defectors',
    caption: 'Defectors arriving in South Korea, by year',
    table: (data) => defectorsTable(data.defectors),
  },
  trade: {
    state: tradeState,
    schemaFile: 'src/schemas/graphics/trade.ts',
    dataset: 'trade',
    caption: 'China-North Korea trade by year, US$ millions',
    table: (data) => tradeTable(data.trade),
  },
  'border-length': {
    state: borderLengthState,
    schemaFile: 'src/schemas/graphics/borderLength.ts',
    dataset: 'borderLength',
    caption: 'The northern border by what the imagery could show, km',
    table: (data) => borderLengthTable(data.borderLength),
  },
  hoeryong: {
    state: hoeryongState,
    schemaFile: 'src/schemas/graphics/hoeryong.ts',
    dataset: 'hoeryong',
    caption: 'The Hoeryong section: what the imagery showed',
    table: (data) => hoeryongTable(data.hoeryong),
  },
  timeline: {
    state: timelineState,
    schemaFile: 'src/schemas/graphics/timeline.ts',
    dataset: 'timeline',
    caption: 'The events on this timeline, with sources',
    table: (data, states) => timelineTable(data.timeline, states),
  },
  map: {
    state: mapState,
    schemaFile: 'src/schemas/graphics/camera.ts',
    dataset: 'places',
    caption: 'The places marked on this map, with sources',
    table: (data, states) => mapTable(data.places, states.flatMap((s) => s.show)),
  },
};

export type GraphicName = keyof GraphicState;
export const graphicNames = Object.keys(graphics) as GraphicName[];
export const isGraphicName = (name: string): name is GraphicName => name in graphics;

/**
 * graphicTable(name, states, data) is the table of what the graphic draws in any of the given step
 * states (each already validated against its schema by the MDX check).
 */
export function graphicTable(name: GraphicName, states: unknown[], data: Content['data']): GraphicTable {
  const graphic = graphics[name] as Graphic<unknown>;
  return { caption: graphic.caption, ...graphic.table(data, states) };
}
