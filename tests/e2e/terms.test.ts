// Key terms: a definition in a popover from the keyboard or a tap, a plain glossary link without
// JavaScript.
import { expect, test } from '@playwright/test';
import { glossary } from './support.ts';

const slug = 'border-sealing';
const glossaryEntries = glossary();

test('a key term opens its definition in a popover with the keyboard, and Escape closes it', async ({ page }) => {
  const yalu = glossaryEntries.find((g) => g.id === 'yalu')!;
  await page.goto(`./chapters/${slug}/`);
  const term = page.getByRole('button', { name: 'Yalu', exact: true });
  await term.focus();
  await page.keyboard.press('Enter');
  const pop = page.locator('#sf-term-yalu');
  await expect(pop).toBeVisible();
  await expect(pop).toContainText(yalu.definition);
  await expect(term).toHaveAttribute('aria-expanded', 'true');
  const [t, p] = [(await term.boundingBox())!, (await pop.boundingBox())!];
  expect(Math.abs(p.y - (t.y + t.height)) < 40 || Math.abs(p.y + p.height - t.y) < 40, 'the popover sits by its term').toBe(true);
  await page.keyboard.press('Escape');
  await expect(pop).toBeHidden();
  await expect(term).toBeFocused();
  // Its link leads on to the glossary entry.
  await term.click();
  await pop.getByRole('link', { name: /Glossary entry/ }).click();
  await expect(page).toHaveURL(/\/glossary\/#yalu$/);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
  test('a tap opens a term’s definition and a tap elsewhere closes it', async ({ page }) => {
    await page.goto(`./chapters/${slug}/`);
    const term = page.getByRole('button', { name: 'Yalu', exact: true });
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    const pop = page.locator('#sf-term-yalu');
    await expect(pop).toBeVisible();
    const box = (await pop.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await page.locator('h1').tap();
    await expect(pop).toBeHidden();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a key term is a plain link to its glossary entry, and the copy buttons stay out of the way', async ({ page }) => {
    await page.goto(`./chapters/${slug}/`);
    const term = page.getByRole('link', { name: 'Yalu', exact: true });
    await expect(term).toHaveAttribute('href', /\/glossary\/#yalu$/);
    await expect(page.locator('#sf-term-yalu')).toBeHidden();
    await expect(page.getByRole('button', { name: /Copy the/ })).toHaveCount(0);
    await expect(page.locator('[data-citation="apa"]')).toContainText('The Sealed Frontier. (2026, December 2).');
    await term.click();
    await expect(page).toHaveURL(/\/glossary\/#yalu$/);
  });
});
