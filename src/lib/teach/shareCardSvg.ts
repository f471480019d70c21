import { wrapByChars } from '../text/wrap.ts';

export interface ShareCard {
  /** A small line above the title, e.g. `The Sealed Frontier · Chapter 1`. */
  kicker: string;
  title: string;
  /** One sentence under the title. */
  dek: string;
  /** Bottom line, e.g. the site's host. */
  footer: string;
  /** A graphic drawn at build time: its `<svg>` element as a string (viewBox required). */
  graphic?: string | undefined;
  /** Styles for the graphic's classes, already flattened (see flattenCss). */
  css?: string | undefined;
}

export const SHARE_CARD = { width: 1200, height: 630 } as const;

const text = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const SERIF = "'DejaVu Serif', 'Liberation Serif', Georgia, serif";
const SANS = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

/**
 * shareCardSvg(card) lays out a 1200 x 630 Open Graph image: kicker, title and dek on the left, the
 * graphic on the right, in the site's light palette. Text is wrapped by character count, which
 * suits the wide serif fonts the build machine has (DejaVu, Liberation).
 */
export function shareCardSvg(card: ShareCard): string {
  const { width: W, height: H } = SHARE_CARD;
  const hasGraphic = Boolean(card.graphic);
  const titleSize = card.title.length > 40 ? 50 : 58;
  const titleLines = wrapByChars(card.title, hasGraphic ? Math.floor(1000 / titleSize) : 30, 3);
  const dekLines = wrapByChars(card.dek, hasGraphic ? 40 : 62, 5 - Math.max(0, titleLines.length - 2));
  let y = 150;
  const title = titleLines.map((l) => {
    y += titleSize * 1.15;
    return `<text x="64" y="${y}" font-family="${SERIF}" font-size="${titleSize}" font-weight="700" fill="#1c1d1f">${text(l)}</text>`;
  });
  y += 24;
  const dek = dekLines.map((l) => {
    y += 34;
    return `<text x="64" y="${y}" font-family="${SERIF}" font-size="25" fill="#50555c">${text(l)}</text>`;
  });
  let graphic = '';
  if (card.graphic) {
    const viewBox = /viewBox="([^"]+)"/.exec(card.graphic)?.[1] ?? '0 0 640 400';
    const inner = card.graphic.replace(/^<svg\b[^>]*>/, '').replace(/<\/svg>\s*$/, '');
    graphic = `<rect x="660" y="90" width="500" height="450" rx="10" fill="#ffffff" stroke="#d5d2cb"/>
<svg x="680" y="110" width="460" height="410" viewBox="${viewBox}" preserveAspectRatio="xMidYMid meet" font-family="${SANS}">${inner}</svg>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
<style>${card.css ?? ''}</style>
<rect width="${W}" height="${H}" fill="#fdfcfa"/>
<rect width="${W}" height="12" fill="#b84a00"/>
<text x="64" y="120" font-family="${SANS}" font-size="22" font-weight="700" letter-spacing="2" fill="#b84a00">${text(card.kicker.toUpperCase())}</text>
${title.join('\n')}
${dek.join('\n')}
${graphic}
<text x="64" y="${H - 48}" font-family="${SANS}" font-size="22" fill="#50555c">${text(card.footer)}</text>
</svg>`;
}
