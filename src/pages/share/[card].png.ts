// Open Graph / Twitter card images, drawn at build time with no network: one per chapter (its
// title, dek and the last state of its first chart) and one for the rest of the site.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { Resvg } from '@resvg/resvg-js';
import globalCss from '../../styles/global.css?raw';
import { chapters } from '../../gather/chapters.ts';
import { graphicSvg } from '../../gather/graphicSvg.ts';
import { SITE_TITLE } from '../../site.ts';
import { flattenCss } from '../../lib/teach/flattenCss.ts';
import { shareCardSvg } from '../../lib/teach/shareCardSvg.ts';

export const getStaticPaths = (async () => {
  const all = await chapters();
  return [...all.map((c) => ({ params: { card: c.entry.data.slug } })), { params: { card: 'site' } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const all = await chapters();
  const chapter = all.find((c) => c.entry.data.slug === params.card) ?? all[0]!;
  const { sequences } = chapter.derived;
  const sequence = sequences.find((s) => s.graphic !== 'map') ?? sequences[0];
  const step = sequence?.steps.at(-1);
  const graphic = sequence && step ? await graphicSvg({ graphic: sequence.graphic, state: step.state, uid: 'share', title: sequence.title }) : undefined;
  const css = flattenCss(globalCss);
  const home = await getEntry('pages', 'home');
  const isChapter = params.card !== 'site';
  const svg = shareCardSvg({
    kicker: isChapter ? `${SITE_TITLE} · Chapter ${chapter.entry.data.order}` : 'A story in four chapters',
    title: isChapter ? chapter.entry.data.title : SITE_TITLE,
    dek: isChapter ? chapter.entry.data.dek : (home?.data.dek ?? ''),
    footer: site ? site.host : SITE_TITLE,
    graphic,
    css,
  });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 }, font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
