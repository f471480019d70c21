import { expect, test } from '@playwright/test';
import { chapter } from './support.ts';

test('a citation link lands on its entry on the sources page', { tag: '@base-path' }, async ({ page }) => {
  await page.goto('./chapters/border-sealing/');
  const cite = page.locator('.sf-chapter__body .sf-cite a').first();
  const id = await cite.getAttribute('data-source');
  const label = await cite.getAttribute('aria-label');
  expect(label).toMatch(/^Source 1: /);
  await cite.click();
  await expect(page).toHaveURL(new RegExp(`/sources/#${id}$`));
  const entry = page.locator(`[id="${id}"]`);
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText(label!.replace(/^Source 1: /, '').split(',')[0]!);
  // The entry names the chapter the reader came from, with the number the chapter used.
  await expect(entry.getByText('Cited in:')).toBeVisible();
  await expect(entry.getByRole('link', { name: chapter('border-sealing').title })).toBeVisible();
});

test('every citation on the site points at an entry that exists on the sources page', { tag: '@base-path' }, async ({ page, request }) => {
  test.setTimeout(90_000);
  const sources = await (await request.get('./sources/')).text();
  const ids = new Set([...sources.matchAll(/<li id="([^"]+)"/g)].map((m) => m[1]));
  for (const path of ['./', './about/', './chapters/border-sealing/', './chapters/donju-and-jangmadang/', './chapters/lips-and-teeth/', './chapters/friendship-bridge/']) {
    await page.goto(path);
    const targets = await page.locator('a[href*="/sources/#"]').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).hash.slice(1)));
    expect(targets.length, `${path} has citations`).toBeGreaterThan(0);
    for (const target of targets) expect(ids.has(target), `${path} cites ${target}`).toBe(true);
  }
});
