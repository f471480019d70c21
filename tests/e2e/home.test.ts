import { expect, test } from '@playwright/test';
import { chapterInfo } from './support.ts';

test('the home page presents the four chapters as cards, in order, each linking to its chapter', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Sealed Frontier');
  const cards = page.getByRole('region', { name: 'The four chapters' }).getByRole('listitem');
  const chapters = chapterInfo();
  expect(chapters).toHaveLength(4);
  await expect(cards.getByRole('heading', { level: 3 })).toHaveText(chapters.map((c) => c.title));
  await cards.nth(2).getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/chapters/${chapters[2]!.slug}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapters[2]!.title);
});

test('a chapter links to the previous and next chapters', async ({ page }) => {
  const [first, second] = chapterInfo();
  await page.goto(`./chapters/${second!.slug}/`);
  const nav = page.getByRole('navigation', { name: 'Chapters' });
  await expect(nav.locator('a[rel="prev"]')).toContainText(first!.title);
  await nav.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(new RegExp(`/chapters/${chapterInfo()[2]!.slug}/$`));
});
