import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/site/checkLinks.ts';

const site = (pages: Record<string, string>) => new Map(Object.entries(pages));
const page = (body: string) => `<!doctype html><html><body>${body}</body></html>`;
const problems = (pages: Record<string, string>, options = {}) =>
  checkLinks(site(pages), options).map((p) => `${p.file}:${p.line}:${p.column} ${p.target} | ${p.message}`);
/** The column where `value` starts in a one-line page (the problem points at the attribute's value). */
const col = (html: string, value: string) => html.indexOf(value) + 1;

describe('checkLinks(files, options)', () => {
  it('accepts links to pages by their folder, to files, and to ids that exist', () => {
    expect(problems({
      'index.html': page('<a href="/about/">About</a> <a href="/about/#team">Team</a> <a href="data/x.csv">CSV</a> <a href="#top">Top</a><p id="top"></p>'),
      'about/index.html': page('<h2 id="team">Team</h2><a href="../">Home</a> <img src="/favicon.svg" alt="">'),
      'data/x.csv': '',
      'favicon.svg': '',
    })).toEqual([]);
  });

  it('reports a link to a page or file that is not there, with its line and column', () => {
    expect(problems({ 'index.html': '<p>\n  <a href="/abut/">About</a></p>' })).toEqual(['index.html:2:12 /abut/ | no page or file at /abut/']);
  });

  it('reports an #id that is not on the target page, or not on this page', () => {
    const html = page('<a href="/sources/#reuters-2032">1</a><a href="#nowhere">2</a>');
    expect(problems({ 'index.html': html, 'sources/index.html': page('<li id="reuters-2023-border"></li>') })).toEqual([
      `index.html:1:${col(html, '/sources/#reuters-2032')} /sources/#reuters-2032 | no element with id "reuters-2032" on /sources/`,
      `index.html:1:${col(html, '#nowhere')} #nowhere | no element with id "nowhere" on this page`,
    ]);
  });

  it('reports two elements with the same id in a page, naming where the first is', () => {
    expect(problems({ 'index.html': '<p id="a"></p>\n<p id="a"></p>' })).toEqual(['index.html:2:8 a | duplicate id "a", first at 1:8']);
  });

  it('does not follow other origins, mailto:, data: or javascript: links, nor look inside scripts and comments', () => {
    expect(problems({
      'index.html': page('<a href="https://example.org/x">x</a><a href="//cdn.example.org/y">y</a><a href="mailto:a@b.c">m</a><img src="data:image/png;base64,AA" alt=""><!-- <a href="/gone/"> --><script>const s = \'<a href="/gone/">\';</script>'),
    })).toEqual([]);
  });

  it('checks absolute links to the site\'s own origin, such as canonical URLs', () => {
    const html = '<link rel="canonical" href="https://sf.example.org/gone/">';
    expect(problems({ 'index.html': html }, { origin: 'https://sf.example.org' })).toEqual([
      `index.html:1:${col(html, 'https:')} https://sf.example.org/gone/ | no page or file at /gone/`,
    ]);
  });

  it('resolves links under a base path, and reports those that leave it', () => {
    const html = page('<a href="/sf/about/">ok</a><a href="/about/">outside</a>');
    expect(problems({ 'index.html': html, 'about/index.html': page('') }, { base: '/sf/' })).toEqual([
      `index.html:1:${col(html, 'href="/about/"') + 6} /about/ | /about/ is outside the site's base path /sf/`,
    ]);
  });

  it('decodes entities and percent-encoding in links and ids, and checks each srcset candidate', () => {
    const html = page('<a href="/a%20b/?x=1&amp;y=2#caf%C3%A9">x</a><img srcset="/one.png 1x, /two.png 2x" alt="">');
    expect(problems({ 'index.html': html, 'a b/index.html': page('<p id="café"></p>'), 'one.png': '' })).toEqual([
      `index.html:1:${col(html, '/one.png')} /two.png | no page or file at /two.png`,
    ]);
  });
});
