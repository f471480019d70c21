// The reading progress bar: it follows the scroll, takes no room and is not printed.
import { expect, test } from '@playwright/test';

const slug = 'border-sealing';

test('the reading progress bar follows the scroll, takes no room in the layout and is not printed', async ({ page }) => {
  await page.goto(`./chapters/${slug}/`);
  const bar = page.locator('.sf-progress');
  await expect(bar).toHaveAttribute('aria-hidden', 'true');
  expect(await bar.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
  const scale = () => page.locator('.sf-progress__bar').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  expect(await scale()).toBeLessThan(0.02);
  const layout = () => page.evaluate(() => [document.documentElement.scrollHeight, document.querySelector('main')!.getBoundingClientRect().top + scrollY]);
  const before = await layout();
  await bar.evaluate((el) => ((el as HTMLElement).hidden = true));
  expect(await layout()).toEqual(before);
  await bar.evaluate((el) => ((el as HTMLElement).hidden = false));
  await page.evaluate(() => scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
  await expect.poll(scale).toBeGreaterThan(0.4);
  await expect.poll(scale).toBeLessThan(0.6);
  await page.emulateMedia({ media: 'print' });
  await expect(bar).toBeHidden();
});
