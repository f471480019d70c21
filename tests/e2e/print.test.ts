// A chapter on paper: its sources' addresses written out, its buttons and progress bar left out.
import { expect, test } from '@playwright/test';

const slug = 'border-sealing';

test('printed, a chapter writes out the addresses of its sources and leaves out buttons and the progress bar', async ({ page }) => {
  await page.goto(`./chapters/${slug}/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.sf-sources .sf-print-only').first()).toBeVisible();
  await expect(page.locator('.sf-sources .sf-print-only').first()).toHaveText(/^, https?:\/\//);
  for (const selector of ['.sf-progress', '.sf-copy', '.sf-present-button', '[data-dialog-open]']) await expect(page.locator(selector).first()).toBeHidden();
  await expect(page.locator('[data-citation="apa"]')).toBeVisible();
});
