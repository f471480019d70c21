// One graphic in one step state as a bare <svg> string, drawn at build time by the same components
// the chapters use: the share images (src/pages/share/) and the home page's chapter cards.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import Graphic from '../components/scrolly/Graphic.astro';
import { extractElement } from '../lib/teach/extractElement.ts';
import type { GraphicName } from '../schemas/graphics/index.ts';

let container: Promise<AstroContainer> | undefined;

/** graphicSvg({ graphic: 'trade', state, uid: 'share', title }) -> '<svg class="sf-chart__svg" ...>...</svg>' */
export async function graphicSvg({ graphic, state, uid, title }: { graphic: GraphicName; state: unknown; uid: string; title: string }): Promise<string | undefined> {
  container ??= AstroContainer.create();
  const html = await (await container).renderToString(Graphic, { props: { name: graphic, state, uid, title } });
  return extractElement(html, 'svg', 'sf-chart__svg');
}
