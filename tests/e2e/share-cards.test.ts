// Sharing: Open Graph and Twitter card tags on every page, and each chapter's own card image. These
// tags are read by the sites a link is shared on, which fetch the page and never run it: so the test
// reads the served HTML as they do, without a browser.
import { expect, test } from '@playwright/test';
import { decodeEntities } from '../../src/lib/site/decodeEntities.ts';
import { chapterInfo } from './support.ts';

/** The page's <title> and its <meta> tags by property or name, as a link preview reads them. */
function head(html: string) {
  const meta = new Map<string, string>();
  for (const [tag] of html.matchAll(/<meta\s[^>]*>/g)) {
    const key = /\s(?:property|name)="([^"]+)"/.exec(tag)?.[1];
    const content = /\scontent="([^"]*)"/.exec(tag)?.[1];
    if (key && content !== undefined) meta.set(key, decodeEntities(content));
  }
  return { title: decodeEntities(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''), meta: (key: string) => meta.get(key) };
}

test('every page has Open Graph and Twitter card tags; a chapter’s card is its own 1200 x 630 image', async ({ request }) => {
  const chapters = chapterInfo().map((c) => c.slug);
  const pages = ['', 'sources/', 'glossary/', 'about/', 'teach/', ...chapters.flatMap((s) => [`chapters/${s}/`, `teach/${s}/`, `teach/${s}/handout/`])];
  for (const path of pages) {
    const response = await request.get(`./${path}`);
    expect(response.status(), path).toBe(200);
    const { title, meta } = head(await response.text());
    expect(title, path).not.toBe('');
    expect(meta('og:title'), path).toBe(title);
    expect(meta('og:description'), path).toBe(meta('description'));
    expect(meta('twitter:card'), path).toBe('summary_large_image');
    const image = new URL(meta('og:image')!);
    const card = chapters.find((s) => path.includes(`/${s}/`)) ?? 'site';
    expect(image.pathname, path).toMatch(new RegExp(`/share/${card}\\.png$`));
    expect(meta('twitter:image'), path).toBe(image.href);
    expect(meta('og:image:alt'), path).toBeTruthy();
  }
  for (const card of [...chapters, 'site']) {
    const response = await request.get(`./share/${card}.png`);
    expect(response.status()).toBe(200);
    const png = await response.body();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }
});
