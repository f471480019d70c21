// Presentation mode on a phone held upright and on a laptop projecting: the step's text is read
// without an inner scroll box, the keys hint shows, the focus outline keeps off the text, nothing
// sits under the presenter bar, and scrollama's observers raise no error events.
import { expect, test, type Page } from '@playwright/test';
import { chapter, watchErrors } from './support.ts';

const overflows = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight, overflow: getComputedStyle(el).overflowY }));

for (const slug of ['border-sealing', 'donju-and-jangmadang']) {
  const steps = chapter(slug).sequences.flatMap((s) => s.steps);

  test(`${slug}, presented on a phone (390x844): every step's text is read whole without an inner scroll box, the keys hint shows, no error events`, async ({ page }) => {
    test.setTimeout(120_000);
    const errors = await watchErrors(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`./chapters/${slug}/?present#${steps[0]}`);
    const counter = page.locator('.sf-presenter__count');
    await expect(counter).toHaveText(`Step 1 of ${steps.length}`);
    const keys = page.locator('.sf-presenter__keys');
    await expect(keys).toBeVisible();
    await expect(keys).toBeInViewport({ ratio: 1 });
    const bar = (await page.locator('.sf-presenter').boundingBox())!;
    const hint = (await keys.boundingBox())!;
    expect(hint.y + hint.height, 'the keys hint is in the bar, not scrolled out of it').toBeLessThanOrEqual(bar.y + bar.height);
    for (let i = 0; i < steps.length; i++) {
      if (i > 0) {
        await page.keyboard.press('j');
        await expect(counter).toHaveText(`Step ${i + 1} of ${steps.length}`);
      }
      const box = await overflows(page, '.sf-scrolly.is-current .sf-scrolly__steps');
      expect(box.scroll, `step ${i + 1}: no inner scroll`).toBeLessThanOrEqual(box.client + 1);
      const text = (await page.locator(`#${steps[i]} .sf-step__card`).boundingBox())!;
      expect(text.y + text.height, `step ${i + 1}: text ends above the presenter bar`).toBeLessThanOrEqual(bar.y + 1);
      expect(text.height, `step ${i + 1}: text is not squeezed`).toBeGreaterThan(40);
    }
    await page.keyboard.press('Escape');
    await expect(page.locator('html')).not.toHaveClass(/sf-presenting/);
    await page.waitForTimeout(300);
    expect(await errors()).toEqual([]);
  });
}

test('presented at 1280x800: the focused step has padding inside its outline, the trade chart’s sources clear the bar, no error events', async ({ page }) => {
  test.setTimeout(120_000);
  const slug = 'donju-and-jangmadang';
  const trade = chapter(slug).sequences.find((s) => s.graphic === 'trade')!;
  const errors = await watchErrors(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`./chapters/${slug}/?present#${trade.steps[0]}`);
  await expect(page.locator('html')).toHaveClass(/sf-presenting/);
  const step = page.locator(`#${trade.steps[0]}`);
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  await expect(step).toBeFocused();
  const card = step.locator('.sf-step__card');
  const outline = await card.evaluate((el) => {
    const s = getComputedStyle(el);
    return { width: s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth), padding: Math.min(...['Top', 'Right', 'Bottom', 'Left'].map((p) => parseFloat(s.getPropertyValue(`padding-${p.toLowerCase()}`)))) };
  });
  expect(outline.width, 'a visible focus outline').toBeGreaterThan(0);
  expect(outline.padding, 'room between the outline and the text').toBeGreaterThanOrEqual(6);
  const text = (await step.locator('.sf-step__text').boundingBox())!;
  const box = (await card.boundingBox())!;
  expect(text.x - box.x).toBeGreaterThanOrEqual(6);
  expect(text.y - box.y).toBeGreaterThanOrEqual(6);

  const bar = (await page.locator('.sf-presenter').boundingBox())!;
  for (const [i, id] of trade.steps.entries()) {
    if (i > 0) await page.keyboard.press('j');
    await expect(page.locator(`#${id}`)).toHaveAttribute('aria-current', 'step');
    const source = page.locator('.sf-scrolly.is-current .sf-scrolly__sticky .sf-source').last();
    await expect(source).toBeVisible();
    // The morph may swap the sticky figure's parts while it lands: measure once it has settled.
    const bottom = async () => {
      const s = await source.boundingBox();
      return s ? s.y + s.height : Infinity;
    };
    await expect.poll(bottom, { message: `step ${i + 1}: the source list ends above the presenter bar` }).toBeLessThanOrEqual(bar.y);
    const svg = page.locator('.sf-scrolly.is-current .sf-scrolly__sticky .sf-chart__svg');
    await expect.poll(async () => (await svg.boundingBox())?.height ?? 0, { message: 'the chart is still drawn large' }).toBeGreaterThan(250);
  }
  // The body's serif stack names the common Linux serifs before the generic one.
  const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(family).toMatch(/"Noto Serif", "Liberation Serif", "DejaVu Serif", serif$/);
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  expect(await errors()).toEqual([]);
});
