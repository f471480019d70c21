// Sharing: Open Graph and Twitter card tags on every page, and each chapter's own card image.
import { expect, test } from '@playwright/test';
import { chapterInfo } from './support.ts';

test('every page has Open Graph and Twitter card tags; a chapter’s card is its own 1200 x 630 image', async ({ page, request }) => {
  test.setTimeout(120_000);
  const chapters = chapterInfo().map((c) => c.slug);
  const pages = ['', 'sources/', 'glossary/', 'about/', 'teach/', ...chapters.flatMap((s) => [`chapters/${s}/`, `teach/${s}/`, `teach/${s}/handout/`])];
  for (const path of pages) {
    await page.goto(`./${path}`);
    const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
    expect(await meta('og:title'), path).toBe(await page.title());
    expect(await meta('og:description'), path).toBe(await meta('description'));
    expect(await meta('twitter:card'), path).toBe('summary_large_image');
    const image = new URL((await meta('og:image'))!);
    const card = chapters.find((s) => path.includes(`/${s}/`)) ?? 'site';
    expect(image.pathname, path).toMatch(new RegExp(`/share/${card}\\.png$`));
    expect(await meta('twitter:image'), path).toBe(image.href);
    expect(await meta('og:image:alt'), path).toBeTruthy();
  }
  for (const card of [...chapters, 'site']) {
    const response = await request.get(`./share/${card}.png`);
    expect(response.status()).toBe(200);
    const png = await response.body();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }
});
