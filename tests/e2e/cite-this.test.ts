// "Cite this": the chapter's reference in APA, MLA and Chicago, copied with the keyboard, for the
// whole chapter or the moment in the address.
import { expect, test } from '@playwright/test';
import { chapter, chapterFront } from './support.ts';

const slug = 'border-sealing';
const steps = chapter(slug).sequences.flatMap((s) => s.steps);

test('the chapter offers its citation in APA, MLA and Chicago, exactly, each copied with the keyboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // These strings are the chapter's title and `updated` date set in each style by hand.
  expect([chapterFront(slug).title, new Date(chapterFront(slug).updated).toISOString().slice(0, 10)], 'update the expected citations with the chapter').toEqual(['The sealing of the border', '2026-12-02']);
  const url = new URL(`./chapters/${slug}/`, baseURL).href;
  const expected = {
    APA: `The Sealed Frontier. (2026, December 2). The sealing of the border. ${url}`,
    MLA: `“The Sealing of the Border.” The Sealed Frontier, 2 Dec. 2026, ${url.replace(/^https?:\/\//, '')}.`,
    Chicago: `The Sealed Frontier. “The Sealing of the Border.” Last modified December 2, 2026. ${url}.`,
  };
  await page.goto(`./chapters/${slug}/`);
  const block = page.getByRole('region', { name: 'Cite this chapter' });
  await expect(block.locator('[data-citation]')).toHaveText(Object.values(expected));
  await expect(block.locator('[data-citation="apa"] i')).toHaveText('The sealing of the border');
  await expect(block.locator('[data-citation="mla"] i')).toHaveText('The Sealed Frontier');
  for (const [style, text] of Object.entries(expected)) {
    const button = block.getByRole('button', { name: `Copy the ${style} citation` });
    await button.focus();
    await page.keyboard.press(style === 'MLA' ? 'Space' : 'Enter');
    await expect(block.locator(`[data-copy="cite-${style.toLowerCase()}-text"]`)).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  }
});

test('with a step in the address, "Cite this" can cite that moment: the same reference with the step’s URL', async ({ page, baseURL }) => {
  const id = steps[4]!;
  await page.goto(`./chapters/${slug}/#${id}`);
  const block = page.getByRole('region', { name: 'Cite this chapter' });
  await block.getByRole('button', { name: 'Copy the APA citation' }).focus();
  const moment = block.getByRole('radio', { name: /This moment, step 5 of/ });
  await expect(moment).toBeVisible();
  await moment.check();
  const url = new URL(`./chapters/${slug}/#${id}`, baseURL).href;
  await expect(block.locator('[data-citation="apa"]')).toHaveText(`The Sealed Frontier. (2026, December 2). The sealing of the border. ${url}`);
  await expect(block.locator('[data-citation="chicago"]')).toContainText(`${url}.`);
  await block.getByRole('radio', { name: 'The whole chapter' }).check();
  await expect(block.locator('[data-citation="apa"]')).toHaveText(/\/chapters\/border-sealing\/$/);
});
