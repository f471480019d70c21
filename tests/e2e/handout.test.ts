// The printed handout and the one-page key-moments sheet: one graphic per moment, each with a QR
// code of its step, the questions, terms and source addresses, as a printer puts them on paper.
import { expect, test } from '@playwright/test';
import { decodeQr, readPdf } from './decode.ts';
import { chapter, chapterFront, glossary } from './support.ts';

const slug = 'border-sealing';
const steps = chapter(slug).sequences.flatMap((s) => s.steps);
const glossaryEntries = glossary();

test('the handout prints as a document: one graphic per moment, no sticky layout, questions, terms and source addresses', async ({ page }) => {
  test.setTimeout(60_000);
  const f = chapterFront(slug);
  await page.goto(`./teach/${slug}/handout/`);
  await page.emulateMedia({ media: 'print' });
  const moments = page.locator('.sf-handout__moment');
  await expect(moments).toHaveCount(steps.length);
  for (let i = 0; i < steps.length; i++) {
    await expect(moments.nth(i).locator('.sf-chart')).toHaveCount(1);
    await expect(moments.nth(i).locator('.sf-chart svg').first()).toBeVisible();
  }
  await expect(page.locator('.sf-scrolly, .sf-scrolly__sticky')).toHaveCount(0);
  await expect(page.locator('.sf-header')).toBeHidden();
  await expect(page.locator('.sf-handout__include').first()).toBeHidden();

  for (const format of ['A4', 'Letter'] as const) {
    const { pages, text } = await readPdf(await page.pdf({ format }));
    test.info().annotations.push({ type: `handout-pages-${format}`, description: String(pages) });
    expect(pages, format).toBeGreaterThanOrEqual(4);
    expect(pages, format).toBeLessThanOrEqual(14);
    // pdf.js may split a line into runs with or without spaces between them: compare without spaces too.
    const bare = text.replace(/\s/g, '');
    expect(text).toContain(f.title);
    expect(text).toContain('Discussion questions');
    for (const q of f.discussionQuestions) expect(bare).toContain(q.replace(/\s/g, ''));
    for (const id of f.keyTerms) expect(bare).toContain(glossaryEntries.find((g) => g.id === id)!.term.replace(/\s/g, ''));
    expect(bare).toContain('https://www.hrw.org/news/2022/11/17/north-korea-covid-19-used-pretext-seal-border');
    expect(bare).toContain(`Step${steps.length}of${steps.length}`);
  }
});

test('on the handout, an unticked moment is left out of the printout', async ({ page }) => {
  await page.goto(`./teach/${slug}/handout/`);
  await page.getByRole('checkbox', { name: 'Print this moment (step 2)' }).uncheck();
  await page.getByRole('checkbox', { name: 'Print this moment (step 3)' }).press('Space');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator(`#moment-${steps[1]}`)).toBeHidden();
  await expect(page.locator(`#moment-${steps[2]}`)).toBeHidden();
  await expect(page.locator('.sf-handout__moment:visible')).toHaveCount(steps.length - 2);
});

test.describe('printed at three pixels a CSS pixel, as a printer would', () => {
  test.use({ deviceScaleFactor: 3 });

  test('on the printed handout, each moment has a QR code beside it that opens its step', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`./teach/${slug}/handout/`);
    await page.emulateMedia({ media: 'print' });
    const origin = new URL(page.url()).origin;
    for (const [i, id] of steps.entries()) {
      const moment = page.locator(`#moment-${id}`);
      const url = `${origin}/chapters/${slug}/#${id}`;
      await moment.scrollIntoViewIfNeeded();
      await expect(moment.locator('[data-qr-url]')).toHaveText(url);
      await expect(moment.locator('.sf-qr__caption')).toContainText(`Scan to open step ${i + 1}`);
      const code = moment.locator('[data-qr-code] svg');
      const [box, text] = [(await code.boundingBox())!, (await moment.locator('.sf-handout__n').boundingBox())!];
      // Printed beside the moment's text, at least 2 cm (76 CSS px) across.
      expect(box.width).toBeGreaterThanOrEqual(76);
      expect(Math.abs(box.x - text.x)).toBeLessThan(4);
      expect(box.y).toBeGreaterThan(text.y);
      if (i % 4 === 0 || i === steps.length - 1) expect(await decodeQr(code), id).toBe(url);
    }
  });

  test("a chapter's key moments print on one A4 and one Letter page: each with its graphic, one line and a code for its step", async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`./teach/${slug}/`);
    await page.getByRole('link', { name: 'Print the key moments on one page' }).click();
    await expect(page).toHaveURL(new RegExp(`/teach/${slug}/moments/$`));
    await page.emulateMedia({ media: 'print' });
    const moments = page.locator('.sf-sheet__moment');
    await expect(moments).toHaveCount(steps.length);
    const origin = new URL(page.url()).origin;
    for (const [i, id] of steps.entries()) {
      const moment = moments.nth(i);
      await expect(moment.locator('.sf-chart svg, .sf-map svg').first()).toBeVisible();
      await expect(moment.locator('.sf-sheet__line')).toHaveText(new RegExp(`^${i + 1} \\S`));
      await moment.scrollIntoViewIfNeeded();
      await expect(moment.locator('[data-qr-url]')).toHaveText(`${origin}/chapters/${slug}/#${id}`);
    }
    expect(await decodeQr(moments.nth(1).locator('[data-qr-code] svg'))).toBe(`${origin}/chapters/${slug}/#${steps[1]}`);
    for (const format of ['A4', 'Letter'] as const) {
      const { pages, text } = await readPdf(await page.pdf({ format }));
      expect(pages, format).toBe(1);
      expect(text).toContain(chapterFront(slug).title);
    }
  });
});
