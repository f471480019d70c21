import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { apaCitation } from '../../src/lib/teach/apaCitation.ts';
import { chicagoCitation } from '../../src/lib/teach/chicagoCitation.ts';
import { citationText, type CitableWork } from '../../src/lib/teach/citationText.ts';
import { embedSnippet, HEIGHT_MESSAGE } from '../../src/lib/teach/embedSnippet.ts';
import { extractElement } from '../../src/lib/teach/extractElement.ts';
import { flattenCss } from '../../src/lib/teach/flattenCss.ts';
import { mlaCitation } from '../../src/lib/teach/mlaCitation.ts';
import { qrSvg } from '../../src/lib/teach/qrSvg.ts';
import { readingMinutes } from '../../src/lib/teach/readingMinutes.ts';
import { shareCardSvg } from '../../src/lib/teach/shareCardSvg.ts';
import { titleCase } from '../../src/lib/teach/titleCase.ts';

const chapter: CitableWork = {
  author: 'The Sealed Frontier',
  site: 'The Sealed Frontier',
  title: 'The sealing of the border',
  updated: new Date('2026-11-23'),
  url: 'https://sealed-frontier.example.org/chapters/border-sealing/',
};
const byline: CitableWork = { ...chapter, author: 'Kim Mi-rae', title: 'Lips and teeth', updated: new Date('2025-09-05'), url: 'https://example.org/a/#step-2' };

describe('citations', () => {
  it.each([
    ['apaCitation', apaCitation, chapter, 'The Sealed Frontier. (2026, November 23). The sealing of the border. https://sealed-frontier.example.org/chapters/border-sealing/'],
    ['mlaCitation', mlaCitation, chapter, '“The Sealing of the Border.” The Sealed Frontier, 23 Nov. 2026, sealed-frontier.example.org/chapters/border-sealing/.'],
    ['chicagoCitation', chicagoCitation, chapter, 'The Sealed Frontier. “The Sealing of the Border.” Last modified November 23, 2026. https://sealed-frontier.example.org/chapters/border-sealing/.'],
    ['apaCitation', apaCitation, byline, 'Kim Mi-rae. (2025, September 5). Lips and teeth. The Sealed Frontier. https://example.org/a/#step-2'],
    ['mlaCitation', mlaCitation, byline, 'Kim Mi-rae. “Lips and Teeth.” The Sealed Frontier, 5 Sept. 2025, example.org/a/#step-2.'],
    ['chicagoCitation', chicagoCitation, byline, 'Kim Mi-rae. “Lips and Teeth.” The Sealed Frontier. Last modified September 5, 2025. https://example.org/a/#step-2.'],
  ])('%s(work) for a work by %#: the style’s exact string', (_, cite, work, expected) => {
    expect(citationText(cite(work))).toBe(expected);
  });

  it('the parts mark what a style sets in italics and where the address is', () => {
    expect(apaCitation(chapter).filter((p) => p.italic).map((p) => p.text)).toEqual(['The sealing of the border']);
    expect(mlaCitation(chapter).filter((p) => p.italic).map((p) => p.text)).toEqual(['The Sealed Frontier']);
    expect(chicagoCitation(chapter).filter((p) => p.italic)).toEqual([]);
    for (const cite of [apaCitation, mlaCitation, chicagoCitation]) expect(cite(chapter).filter((p) => p.url)).toHaveLength(1);
  });

  it('the date is the UTC calendar date, whatever the time zone', () => {
    expect(citationText(apaCitation({ ...chapter, updated: new Date('2026-01-01T23:30:00Z') }))).toContain('(2026, January 1)');
  });
});

describe('titleCase', () => {
  it.each([
    ['The sealing of the border', 'The Sealing of the Border'],
    ['The market women and the masters of money', 'The Market Women and the Masters of Money'],
    ['The bridge to Russia', 'The Bridge to Russia'],
    ['Lips and teeth', 'Lips and Teeth'],
    ['China-North Korea trade by year', 'China-North Korea Trade by Year'],
    ['Trade: an overview of', 'Trade: An Overview Of'],
    ["Kim Jong Un's meetings with Xi", "Kim Jong Un's Meetings with Xi"],
  ])('titleCase(%j) is %j', (title, expected) => {
    expect(titleCase(title)).toBe(expected);
  });
});

describe('qrSvg', () => {
  const decode = (svg: string) => {
    const image = new Resvg(svg, { fitTo: { mode: 'width', value: 400 } }).render();
    return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data;
  };

  it.each([
    'https://sealed-frontier.example.org/chapters/border-sealing/#hoeryong-2022',
    'http://127.0.0.1:4321/chapters/lips-and-teeth/#kim-xi-2018-2019',
    'https://school.example.edu/sealed-frontier/chapters/friendship-bridge/',
  ])('qrSvg(%j) draws a code that a reader decodes back to the same address', (url) => {
    expect(decode(qrSvg(url))).toBe(url);
  });

  it('is a square SVG with a quiet zone, named when a label is given and hidden otherwise', () => {
    const svg = qrSvg('https://example.org/', { label: 'QR code: https://example.org/' });
    const [, w, h] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!.map(Number);
    expect(w).toBe(h);
    expect(w).toBeGreaterThanOrEqual(21 + 8);
    expect(svg).toContain('role="img" aria-label="QR code: https://example.org/"');
    expect(qrSvg('https://example.org/')).toContain('aria-hidden="true"');
  });
});

describe('embedSnippet', () => {
  const snippet = embedSnippet({ src: 'https://example.org/embed/border-sealing/', title: 'The "sealing" & the border' });

  it('is an iframe with a title, a default height and the marker the script looks for, attributes escaped', () => {
    expect(snippet.iframe).toBe(
      '<iframe src="https://example.org/embed/border-sealing/" title="The &quot;sealing&quot; &amp; the border" width="100%" height="640" style="width:100%;height:640px;border:0" loading="lazy" data-sealed-frontier></iframe>',
    );
  });

  it('its script listens for the height message, and docs/embed.md shows that very script', () => {
    expect(snippet.script).toContain(`"${HEIGHT_MESSAGE}"`);
    expect(snippet.script).toContain('f.contentWindow === e.source');
    expect(readFileSync('docs/embed.md', 'utf8')).toContain(snippet.script);
  });
});

describe('extractElement', () => {
  it.each([
    ['<p>a</p><section id="x"><section>b</section></section><i></i>', 'section', 'id="x"', '<section id="x"><section>b</section></section>'],
    ['<section data-scrolly="a">1</section><section data-scrolly="b">2</section>', 'section', 'data-scrolly="b"', '<section data-scrolly="b">2</section>'],
    ['<svg class="sf-chart__svg" viewBox="0 0 1 1"><g/></svg>', 'svg', 'sf-chart__svg', '<svg class="sf-chart__svg" viewBox="0 0 1 1"><g/></svg>'],
    ['<section id="y"></section>', 'section', 'id="x"', undefined],
    ['<section id="x"><section>', 'section', 'id="x"', undefined],
  ])('extractElement(%j, %j, %j) is %j', (html, tag, marker, expected) => {
    expect(extractElement(html, tag, marker)).toBe(expected);
  });
});

describe('flattenCss', () => {
  it('substitutes the light scheme’s custom properties and keeps only rules an SVG renderer reads', () => {
    const css = `:root { --c: #123; --d: var(--c); }
@media (prefers-color-scheme: dark) { :root { --c: #fff; } .x { fill: red; } }
/* a comment */ .bar.is-on { fill: var(--d); } a:hover { color: red; } .axis text { fill: var(--none, #999); }`;
    expect(flattenCss(css)).toBe('.bar.is-on { fill: #123; }\n.axis text { fill: #999; }');
  });
});

describe('readingMinutes', () => {
  it.each([
    [0, 1],
    [100, 1],
    [2400, 10],
    [3450, 15],
  ])('readingMinutes(%j) is %j', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });
});

describe('shareCardSvg', () => {
  it('is a 1200 x 630 SVG with the title wrapped, the graphic nested and text escaped', () => {
    const svg = shareCardSvg({ kicker: 'K', title: 'Lips & teeth', dek: 'A dek.', footer: 'example.org', graphic: '<svg viewBox="0 0 400 250"><rect/></svg>', css: '.a { fill: red; }' });
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="630"/);
    expect(svg).toContain('Lips &amp; teeth');
    expect(svg).toContain('viewBox="0 0 400 250"');
    expect(svg).toContain('<style>.a { fill: red; }</style>');
    const image = new Resvg(svg).render();
    expect([image.width, image.height]).toEqual([1200, 630]);
  });
});
