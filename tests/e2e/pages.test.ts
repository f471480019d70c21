import { expect, test } from '@playwright/test';

test('an unknown address shows the 404 page with a way back', { tag: '@base-path' }, async ({ page }) => {
  const response = await page.goto('./no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the start of the story' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Sealed Frontier');
});

test('the glossary, sources and about pages exist with their headings', { tag: '@base-path' }, async ({ page }) => {
  for (const [path, heading] of [['./glossary/', 'Glossary'], ['./sources/', 'Sources'], ['./about/', 'About this project']] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
});

const luminance = (rgb: string) => {
  const [r, g, b] = rgb.match(/\d+/g)!.map(Number).map((c) => c / 255);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};

for (const scheme of ['light', 'dark'] as const) {
  test(`the site follows prefers-color-scheme: ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./chapters/border-sealing/');
    const [bg, fg] = await page.evaluate(() => {
      const s = getComputedStyle(document.body);
      return [s.backgroundColor, s.color];
    });
    if (scheme === 'dark') {
      expect(luminance(bg)).toBeLessThan(0.15);
      expect(luminance(fg)).toBeGreaterThan(0.8);
    } else {
      expect(luminance(bg)).toBeGreaterThan(0.9);
      expect(luminance(fg)).toBeLessThan(0.15);
    }
  });
}

test('a skip link takes keyboard users to the main content', async ({ page }) => {
  await page.goto('./chapters/lips-and-teeth/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the story' });
  await expect(skip).toBeFocused();
  await skip.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
