import { expect, test } from '@playwright/test';

// The sources page cites as a newsroom does: a link only to the publisher's own page.
test('the sources page credits wires, marks sources without a link and labels Wikipedia', async ({ page }) => {
  await page.goto('./sources/');
  const wire = page.locator('[id="ap-2023-turk"]');
  await expect(wire).toContainText('AP, as published by Arkansas Democrat-Gazette');
  await expect(wire.getByRole('link', { name: 'UN slams N. Korean repression' })).toHaveAttribute('href', /^https:\/\/www\.arkansasonline\.com\//);

  const copyOnly = page.locator('[id="ft-2024-zhaoleji"]');
  await expect(copyOnly).toContainText('Financial Times');
  await expect(copyOnly).toContainText('No link.');
  await expect(copyOnly.locator('.sf-source-list__title a')).toHaveCount(0);

  const wiki = page.locator('[id="wiki-yalu"]');
  await expect(wiki).toContainText('Wikipedia (English)');
  await expect(wiki).toContainText('read November 2026');
  await expect(wiki.getByRole('link', { name: 'Yalu River' })).toHaveAttribute('href', 'https://en.wikipedia.org/wiki/Yalu_River');

  // No entry links to a mirror or a copy site.
  const hosts = await page.locator('.sf-source-list__title a[href^="http"]').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).hostname));
  expect(hosts.length).toBeGreaterThan(100);
  for (const host of hosts) expect(host).not.toMatch(/piglix|wikimili|ipfs|owiki|wikisum|mickopedia|qa\.edu\.vn|earthspot|wikivisually|kiwix|wikizero|arienhost|charm-retirement|bringitback|scour\.ing|aispruce|pages\.dev|pledgetimes|washingtonnewsday|thenewsontime|taiwannewsgazette|urdupoint|putinfriends/);
});

test('the about page lists its corrections, oldest first, each with its date and page', async ({ page }) => {
  await page.goto('./about/');
  const log = page.getByRole('list', { name: 'Corrections, oldest first' });
  await expect(log).toBeVisible();
  const first = log.locator('li').first();
  await expect(first).toContainText('2 December 2026');
  await expect(log.locator('[id="c-src-02"]').getByRole('link', { name: 'Glossary' })).toBeVisible();
  await expect(page.getByText('there have been no corrections')).toHaveCount(0);
});
