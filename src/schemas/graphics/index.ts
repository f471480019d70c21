import type { z } from 'astro/zod';
import type { Content } from '../content.ts';
import { borderLengthState } from './borderLength.ts';
import { mapState } from './camera.ts';
import { defectorsState } from './defectors.ts';
import { hoeryongState } from './hoeryong.ts';
import { timelineState } from './timeline.ts';
import { tradeState } from './trade.ts';
import type { BorderLengthState } from '../../lib/charts/borderLength.ts';
import type { DefectorsState } from '../../lib/charts/defectors.ts';
import type { HoeryongState } from '../../lib/charts/hoeryong.ts';
import type { TimelineState } from '../../lib/charts/timeline.ts';
import type { TradeState } from '../../lib/charts/trade.ts';
import type { MapState } from './camera.ts';

/** The state each graphic's drawing reads; the layouts in src/lib declare these shapes themselves. */
export interface GraphicState {
  defectors: DefectorsState;
  trade: TradeState;
  'border-length': BorderLengthState;
  hoeryong: HoeryongState;
  timeline: TimelineState;
  map: MapState;
}

/** Every graphic a `<Scrolly graphic="...">` may name, with the schema of its step `state`. */
export const graphicStates = {
  defectors: defectorsState,
  trade: tradeState,
  'border-length': borderLengthState,
  hoeryong: hoeryongState,
  timeline: timelineState,
  map: mapState,
} satisfies { [N in keyof GraphicState]: (content: Content) => z.ZodType<GraphicState[N]> };

export type GraphicName = keyof typeof graphicStates;
export const graphicNames = Object.keys(graphicStates) as GraphicName[];
export const isGraphicName = (name: string): name is GraphicName => name in graphicStates;
