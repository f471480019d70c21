// Until the fly-through lands, the map morphs like a chart (the view transform is tweened linearly).
import { createMorphRenderer, type Renderer } from '../../client/morph.ts';

export function createSvgMapRenderer(container: HTMLElement): Renderer {
  return createMorphRenderer(container, 1200);
}
