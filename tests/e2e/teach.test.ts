// The teaching pages, as a teacher meets them: a chapter's notes with its key moments, presenting
// from a moment with a QR code of the step on screen, and the classroom page listing every chapter.
import { expect, test, type Page } from '@playwright/test';
import { decodeQr } from './decode.ts';
import { chapter, chapterFront, chapterInfo, glossary } from './support.ts';

const slug = 'border-sealing';
const steps = chapter(slug).sequences.flatMap((s) => s.steps);
const glossaryEntries = glossary();

const stepUrl = (page: Page, id: string) => {
  const url = new URL(page.url());
  return `${url.origin}${url.pathname}#${id}`;
};

test("a teacher's path: a key moment opens its step, presentation starts there, keys move on, and the QR code carries the step's address", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`./teach/${slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Teaching notes: ${chapterFront(slug).title}`);
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
  const f = chapterFront(slug);
  await page.goto(`./teach/${slug}/`);
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText(f.summary);
  await expect(page.getByRole('region', { name: 'Learning goals' }).getByRole('listitem')).toHaveText(f.learningGoals);
  await expect(page.getByRole('region', { name: 'Discussion questions' }).getByRole('listitem')).toHaveText(f.discussionQuestions);
  const terms = page.getByRole('region', { name: 'Key terms' });
  for (const id of f.keyTerms) await expect(terms).toContainText(glossaryEntries.find((g) => g.id === id)!.definition);
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
    await expect(items.nth(i).locator('ul > li')).toHaveText(chapterFront(c.slug).learningGoals);
  }
  await items.nth(1).getByRole('link', { name: `Teaching notes for ${chapters[1]!.title}` }).click();
  await expect(page).toHaveURL(new RegExp(`/teach/${chapters[1]!.slug}/$`));
});

test('at 360 px the teaching pages, the handout and an embed never overflow sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['./teach/', `./teach/${slug}/`, `./teach/${slug}/handout/`, `./embed/${slug}/`, `./embed/${slug}/${steps[0]}/`]) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
  }
});
