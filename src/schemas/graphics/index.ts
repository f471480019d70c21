import type { z } from 'astro/zod';
import type { Content } from '../../data/content.ts';
import { borderLengthState } from './borderLength.ts';
import { mapState } from './camera.ts';
import { defectorsState } from './defectors.ts';
import { hoeryongState } from './hoeryong.ts';
import { timelineState } from './timeline.ts';
import { tradeState } from './trade.ts';

/** Every graphic a `<Scrolly graphic="...">` may name, with the schema of its step `state`. */
export const graphicStates = {
  defectors: defectorsState,
  trade: tradeState,
  'border-length': borderLengthState,
  hoeryong: hoeryongState,
  timeline: timelineState,
  map: mapState,
} satisfies Record<string, (content: Content) => z.ZodType>;

export type GraphicName = keyof typeof graphicStates;
export const graphicNames = Object.keys(graphicStates) as GraphicName[];
export const isGraphicName = (name: string): name is GraphicName => name in graphicStates;
