// Embeds, as a learning platform shows them: the page inside an iframe of a host page on another
// origin (served here by page.route), with the documented snippet that lets the frame size itself.
import { expect, test, type Frame, type Page } from '@playwright/test';
import { embedSnippet, HEIGHT_MESSAGE } from '../../src/lib/teach/embedSnippet.ts';
import { chapter } from './support.ts';

const slug = 'border-sealing';
const sequence = chapter(slug).sequences.find((s) => s.graphic === 'defectors')!;
// A course page on another origin, answered by page.route (nothing listens there): localhost when the
// site is served from 127.0.0.1, and the other way round. Chrome asks before a page that is not on a
// local network may frame a local address such as our test server (a school site and ours are
// both public, so no reader is ever asked); the test grants that one permission to the host page.
const hostOf = (baseURL: string | undefined) => {
  const site = new URL(baseURL ?? 'http://127.0.0.1:4321/');
  return `http://${site.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${Number(site.port || 80) + 1000}`;
};
/** A course page on another site that embeds `src` with our code, and records the height messages. */
async function hostPage(page: Page, baseURL: string | undefined, src: string, { withScript = true } = {}): Promise<Frame> {
  const host = hostOf(baseURL);
  await page.context().grantPermissions(['local-network-access'], { origin: host });
  const code = embedSnippet({ src, title: 'Defectors by year (The Sealed Frontier)' });
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Week 3: the northern border</title></head>
<body><h1>Week 3: the northern border</h1><p>Read the graphic, then answer the questions below.</p>
${code.iframe}
<p>Question 1: what changed after 2019?</p>
<script>window.heights = []; addEventListener("message", function (e) { if (e.data && e.data.type === "${HEIGHT_MESSAGE}") heights.push(e.data.height); });</script>
${withScript ? code.script : ''}
</body></html>`;
  await page.route(`${host}/lesson.html`, (route) => route.fulfill({ contentType: 'text/html', body }));
  await page.goto(`${host}/lesson.html`);
  const handle = await page.locator('iframe[data-sealed-frontier]').elementHandle();
  const frame = (await handle!.contentFrame())!;
  await frame.waitForLoadState();
  return frame;
}

test('an embedded graphic plays inside an iframe on another site: its own scrolling drives the steps, and it sets its height', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const frame = await hostPage(page, baseURL, new URL(`./embed/${slug}/${sequence.steps[0]}/`, baseURL).href);
  const iframe = page.locator('iframe[data-sealed-frontier]');

  // The frame asked for a height, and the snippet gave it exactly that.
  await expect.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.length)).toBeGreaterThan(0);
  const asked = await page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1)!);
  expect(asked).toBeGreaterThanOrEqual(420);
  expect(asked).toBeLessThanOrEqual(1000);
  await expect.poll(async () => Math.round((await iframe.boundingBox())!.height)).toBe(Math.ceil(asked));

  // Only this sequence, with the chapter's name and no site navigation.
  await expect(frame.locator('.sf-scrolly')).toHaveCount(1);
  await expect(frame.locator('.sf-step')).toHaveCount(sequence.steps.length);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(chapter(slug).title);
  await expect(frame.locator('.sf-header')).toBeHidden();

  // Wheel over the frame: the frame scrolls, the steps play in order, the host page stays put.
  const box = (await iframe.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const seen: string[] = [];
  for (let i = 0; i < 300 && seen.at(-1) !== sequence.steps.at(-1); i++) {
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(50);
    const id = await frame.locator('.sf-step[aria-current="step"]').getAttribute('id').catch(() => null);
    if (id && seen.at(-1) !== id) seen.push(id);
    if (seen.length === 1) expect(await page.evaluate(() => scrollY), 'the host page did not scroll').toBe(0);
  }
  expect(seen).toEqual(sequence.steps);
  expect(await frame.evaluate(() => scrollY)).toBeGreaterThan(0);
  const graphic = frame.locator('.sf-scrolly__graphic');
  await expect(graphic).toHaveAttribute('data-active-step', sequence.steps.at(-1)!);
  await expect(graphic.locator('svg').first()).toBeInViewport();

  // Links open a new tab rather than taking the student off the course page.
  expect(await frame.locator('base').getAttribute('target')).toBe('_blank');
  const [popup] = await Promise.all([page.waitForEvent('popup'), frame.locator('.sf-embed__foot a').first().click()]);
  expect(new URL(popup.url()).pathname).toMatch(new RegExp(`/chapters/${slug}/$`));
  expect(page.url()).toBe(`${hostOf(baseURL)}/lesson.html`);
});

test('without the snippet the embed keeps its default height and still plays with j and k', async ({ page, baseURL }) => {
  const frame = await hostPage(page, baseURL, new URL(`./embed/${slug}/`, baseURL).href, { withScript: false });
  await expect.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.length)).toBeGreaterThan(0);
  expect(Math.round((await page.locator('iframe[data-sealed-frontier]').boundingBox())!.height)).toBe(640);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(chapter(slug).title);
  await frame.locator(`#${sequence.steps[0]}`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expect(frame.locator(`#${sequence.steps[0]}`)).toHaveAttribute('aria-current', 'step');
  await frame.locator(`#${sequence.steps[0]}`).focus();
  await page.keyboard.press('j');
  await expect(frame.locator(`#${sequence.steps[1]}`)).toHaveAttribute('aria-current', 'step');
});

test('an embedded sequence keeps the chapter’s citations, glossary links and data download', async ({ page, request }) => {
  const map = chapter(slug).sequences.find((s) => s.graphic === 'map')!;
  await page.goto(`./embed/${slug}/${map.steps[0]}/`);
  // The map's land is drawn once a page: the embed carries it.
  await expect(page.locator('#sf-map-land')).toHaveCount(1);
  await page.goto(`./embed/${slug}/${sequence.steps[0]}/`);
  const cite = page.locator('.sf-cite a').first();
  await expect(cite).toHaveAttribute('href', /\/sources\/#/);
  const csv = await page.locator('.sf-data a[download]').getAttribute('href');
  expect(csv).toMatch(new RegExp(`/data/${slug}/${sequence.steps[0]}\\.csv$`));
  expect((await request.get(csv!)).status()).toBe(200);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
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
