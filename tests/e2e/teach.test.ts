// For the classroom, as a teacher meets it: the teaching pages, presentation with a QR code of the
// step on screen, the printed handout, "cite this", glossary popovers, sharing and reading progress.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import yaml from 'js-yaml';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { chapter, chapterInfo } from './support.ts';

const root = resolve(import.meta.dirname, '../..');
const slug = 'border-sealing';
const steps = chapter(slug).sequences.flatMap((s) => s.steps);

interface Front { title: string; dek: string; updated: string | Date; summary: string; learningGoals: string[]; discussionQuestions: string[]; keyTerms: string[] }
/** A chapter's frontmatter, read from content/ as the site reads it. */
const front = (s: string) => yaml.load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(root, `content/chapters/${s}.mdx`), 'utf8'))![1]!) as Front;
const glossary = yaml.load(readFileSync(join(root, 'content/glossary.yaml'), 'utf8')) as { id: string; term: string; definition: string }[];
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
/** What a printed PDF holds: its page count and its text (pdf.js, through unpdf). */
async function readPdf(pdf: Buffer) {
  const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return { pages: totalPages, text: squash(text) };
}

/** Decodes the QR code a reader sees: a screenshot of the element, read by jsQR. */
async function decodeQr(code: Locator): Promise<string | undefined> {
  const png = await code.screenshot();
  const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image href="data:image/png;base64,${png.toString('base64')}" width="${width}" height="${height}"/></svg>`;
  const image = new Resvg(svg).render();
  return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data;
}

const stepUrl = (page: Page, id: string) => {
  const url = new URL(page.url());
  return `${url.origin}${url.pathname}#${id}`;
};

test("a teacher's path: a key moment opens its step, presentation starts there, keys move on, and the QR code carries the step's address", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`./teach/${slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Teaching notes: ${front(slug).title}`);
  const index = 5;
  const target = steps[index]!;
  await page.getByRole('link', { name: `Open step ${index + 1}`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/chapters/${slug}/#${target}$`));
  await expect(page.locator(`#${target}`)).toHaveAttribute('aria-current', 'step');
  await expect(page.locator(`#${target}`)).toBeInViewport();

  await page.getByRole('button', { name: 'Present this chapter' }).click();
  const counter = page.locator('.sf-presenter__count');
  await expect(counter).toHaveText(`Step ${index + 1} of ${steps.length}`);
  for (const key of ['ArrowRight', ' ', 'ArrowLeft']) await page.keyboard.press(key);
  const current = steps[index + 1]!;
  await expect(counter).toHaveText(`Step ${index + 2} of ${steps.length}`);
  await expect(page.locator(`#${current}`)).toHaveAttribute('aria-current', 'step');
  await expect(page).toHaveURL(new RegExp(`#${current}$`));

  await expect(page.locator('.sf-presenter__qr [data-qr-code]')).toHaveAttribute('data-url', stepUrl(page, current));
  await expect(page.locator('.sf-presenter__qr figcaption')).toContainText(stepUrl(page, current));
  const code = page.locator('.sf-presenter__qr [data-qr-code] svg');
  await expect(code).toBeInViewport();
  expect((await code.boundingBox())!.width).toBeGreaterThanOrEqual(96);
  expect(await decodeQr(code)).toBe(stepUrl(page, current));

  // The presenter hint names the keys; "Larger QR code" fills the screen and still decodes.
  await expect(page.locator('.sf-presenter__keys')).toContainText('Esc');
  await page.getByRole('button', { name: 'Larger QR code' }).press('Enter');
  await expect(page.getByRole('button', { name: 'Larger QR code' })).toHaveAttribute('aria-pressed', 'true');
  expect((await code.boundingBox())!.height).toBeGreaterThan(400);
  expect(await decodeQr(code)).toBe(stepUrl(page, current));
});

test("'Present' beside a moment on the teaching page opens presentation mode at that step", async ({ page }) => {
  await page.goto(`./teach/${slug}/`);
  await page.getByRole('link', { name: 'Present from step 3', exact: true }).click();
  await expect(page.locator('html')).toHaveClass(/sf-presenting/);
  await expect(page.locator('.sf-presenter__count')).toHaveText(`Step 3 of ${steps.length}`);
  await expect(page.locator(`#${steps[2]}`)).toBeVisible();
});

test('presenting, "Copy link to this step" puts the step’s address on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`./chapters/${slug}/?present#${steps[7]}`);
  await page.getByRole('button', { name: 'Copy link to this step' }).press('Enter');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(stepUrl(page, steps[7]!));
});

test('the teaching page holds the summary, goals, key terms, questions, every moment and the sources, all from the chapter', async ({ page }) => {
  const f = front(slug);
  await page.goto(`./teach/${slug}/`);
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText(f.summary);
  await expect(page.getByRole('region', { name: 'Learning goals' }).getByRole('listitem')).toHaveText(f.learningGoals);
  await expect(page.getByRole('region', { name: 'Discussion questions' }).getByRole('listitem')).toHaveText(f.discussionQuestions);
  const terms = page.getByRole('region', { name: 'Key terms' });
  for (const id of f.keyTerms) await expect(terms).toContainText(glossary.find((g) => g.id === id)!.definition);
  await expect(page.locator('.sf-moment')).toHaveCount(steps.length);
  await expect(page.locator('.sf-teach__sequence h3')).toHaveCount(chapter(slug).sequences.length);
  for (const [i, id] of steps.entries()) {
    await expect(page.getByRole('link', { name: `Open step ${i + 1}`, exact: true })).toHaveAttribute('href', new RegExp(`/chapters/${slug}/#${id}$`));
  }
  const sources = page.getByRole('region', { name: 'Sources' }).getByRole('listitem');
  expect(await sources.count()).toBeGreaterThan(5);
  await expect(sources.locator('a[href^="http"]').first()).toHaveText(/^https?:\/\//);
});

test('the classroom page explains the features and lists every chapter with its learning goals and reading time', async ({ page }) => {
  await page.goto('./teach/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('For the classroom');
  const items = page.getByRole('region', { name: 'The chapters' }).locator(':scope > ol > li');
  const chapters = chapterInfo();
  await expect(items.getByRole('heading', { level: 3 })).toHaveText(chapters.map((c) => c.title));
  for (const [i, c] of chapters.entries()) {
    await expect(items.nth(i)).toContainText(/\d+ min read/);
    await expect(items.nth(i).locator('ul > li')).toHaveText(front(c.slug).learningGoals);
  }
  await items.nth(1).getByRole('link', { name: `Teaching notes for ${chapters[1]!.title}` }).click();
  await expect(page).toHaveURL(new RegExp(`/teach/${chapters[1]!.slug}/$`));
});

test('the handout prints as a document: one graphic per moment, no sticky layout, questions, terms and source addresses', async ({ page }) => {
  test.setTimeout(60_000);
  const f = front(slug);
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
    for (const id of f.keyTerms) expect(bare).toContain(glossary.find((g) => g.id === id)!.term.replace(/\s/g, ''));
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

test('the chapter offers its citation in APA, MLA and Chicago, exactly, each copied with the keyboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // These strings are the chapter's title and `updated` date set in each style by hand.
  expect([front(slug).title, new Date(front(slug).updated).toISOString().slice(0, 10)], 'update the expected citations with the chapter').toEqual(['The sealing of the border', '2026-12-02']);
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

test('a key term opens its definition in a popover with the keyboard, and Escape closes it', async ({ page }) => {
  const yalu = glossary.find((g) => g.id === 'yalu')!;
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

test('"Embed this" opens a dialog from the keyboard with code for the chapter or a chosen graphic', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`./chapters/${slug}/`);
  const open = page.getByRole('button', { name: 'Embed this chapter or a graphic…' });
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Embed in a learning platform or a blog' });
  await expect(dialog).toBeVisible();
  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  await expect(code).toHaveValue(new RegExp(`<iframe src="http://[^"]+/embed/${slug}/" title="`));
  const sequence = chapter(slug).sequences[2]!;
  await dialog.getByRole('combobox', { name: 'What to embed' }).selectOption({ index: 3 });
  await expect(code).toHaveValue(new RegExp(`/embed/${slug}/${sequence.steps[0]}/"`));
  await dialog.getByRole('button', { name: 'Copy the embed code' }).press('Enter');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
});

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

test('printed, a chapter writes out the addresses of its sources and leaves out buttons and the progress bar', async ({ page }) => {
  await page.goto(`./chapters/${slug}/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.sf-sources .sf-print-only').first()).toBeVisible();
  await expect(page.locator('.sf-sources .sf-print-only').first()).toHaveText(/^, https?:\/\//);
  for (const selector of ['.sf-progress', '.sf-copy', '.sf-present-button', '[data-dialog-open]']) await expect(page.locator(selector).first()).toBeHidden();
  await expect(page.locator('[data-citation="apa"]')).toBeVisible();
});

test('every page has Open Graph and Twitter card tags; a chapter’s card is its own 1200 x 630 image', async ({ page, request }) => {
  test.setTimeout(120_000);
  const chapters = chapterInfo().map((c) => c.slug);
  const pages = ['', 'sources/', 'glossary/', 'about/', 'teach/', ...chapters.flatMap((s) => [`chapters/${s}/`, `teach/${s}/`, `teach/${s}/handout/`])];
  for (const path of pages) {
    await page.goto(`./${path}`);
    const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
    expect(await meta('og:title'), path).toBe(await page.title());
    expect(await meta('og:description'), path).toBe(await meta('description'));
    expect(await meta('twitter:card'), path).toBe('summary_large_image');
    const image = new URL((await meta('og:image'))!);
    const card = chapters.find((s) => path.includes(`/${s}/`)) ?? 'site';
    expect(image.pathname, path).toMatch(new RegExp(`/share/${card}\\.png$`));
    expect(await meta('twitter:image'), path).toBe(image.href);
    expect(await meta('og:image:alt'), path).toBeTruthy();
  }
  for (const card of [...chapters, 'site']) {
    const response = await request.get(`./share/${card}.png`);
    expect(response.status()).toBe(200);
    const png = await response.body();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }
});

test('at 360 px the teaching pages, the handout and an embed never overflow sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['./teach/', `./teach/${slug}/`, `./teach/${slug}/handout/`, `./embed/${slug}/`, `./embed/${slug}/${steps[0]}/`]) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
  }
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
      expect(text).toContain(front(slug).title);
    }
  });
});
