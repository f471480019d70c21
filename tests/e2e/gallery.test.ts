// The editors' gallery (/gallery/): every component rendered live beside the very file that produced
// it, props and step states listed, no id used twice, and nothing that leads a reader there.
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { exampleText } from '../../src/gather/galleryDocs.ts';
import { graphicNames } from '../../src/schemas/graphics/index.ts';

const root = resolve(import.meta.dirname, '../..');
const dir = join(root, 'content/gallery');
const examples = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    const front = yaml.load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { title: string; component: string; graphic?: string };
    return { id: f.replace(/\.mdx$/, ''), file: `content/gallery/${f}`, text, ...front };
  });

test('each example shows, beside its live render, exactly the text of the file it was rendered from', async ({ page }) => {
  await page.goto('./gallery/');
  await expect(page.locator('[data-example]')).toHaveCount(examples.length);
  for (const ex of examples) {
    const section = page.locator(`[data-example="${ex.id}"]`);
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(ex.title);
    const shown = await section.locator(`pre[data-source-file="${ex.file}"]`).textContent();
    expect(shown, ex.file).toBe(exampleText(ex.text));
    await expect(section.locator('[data-live]')).not.toBeEmpty();
  }
});

test('every component an editor may use is rendered live, and a Scrolly with each graphic', async ({ page }) => {
  await page.goto('./gallery/');
  const live = page.locator('[data-live]');
  await expect(live.locator('sup.sf-cite a').first()).toBeVisible();
  await expect(live.locator('a.sf-term dfn').first()).toBeVisible();
  await expect(live.locator('q.sf-quote').first()).toBeVisible();
  await expect(live.locator('figure.sf-pullquote blockquote').first()).toBeVisible();
  await expect(live.locator('aside.sf-aside').first()).toBeVisible();
  for (const graphic of graphicNames) {
    const scrolly = live.locator(`.sf-scrolly[data-graphic="${graphic}"]`);
    await expect(scrolly, graphic).toHaveCount(1);
    expect(await scrolly.locator('.sf-step').count(), graphic).toBeGreaterThan(1);
  }
  for (const component of ['Cite', 'Term', 'Quote', 'PullQuote', 'Aside', 'Scrolly', 'Step']) {
    await expect(page.locator(`table[data-props="${component}"]`).first(), component).toBeAttached();
  }
});

test('each Scrolly example lists its state fields and every step\'s state, each linked to its step', async ({ page }) => {
  await page.goto('./gallery/');
  for (const ex of examples.filter((e) => e.component === 'Scrolly')) {
    const section = page.locator(`[data-example="${ex.id}"]`);
    await expect(section.locator(`table[data-state-props="${ex.graphic}"] tbody tr`).first()).toBeAttached();
    const steps = await section.locator('.sf-scrolly .sf-step').evaluateAll((els) => els.map((el) => el.id));
    const states = await section.locator('[data-state-step]').evaluateAll((els) => els.map((el) => el.getAttribute('data-state-step')));
    expect(states, ex.id).toEqual(steps);
    for (const id of steps) {
      expect(id, 'a gallery step id carries its file name').toMatch(new RegExp(`^${ex.id}--`));
      await expect(section.locator(`[data-state-step="${id}"] a[href="#${id}"]`)).toBeAttached();
      await expect(section.locator(`#${id} .sf-step__figure figure.sf-chart svg`)).toBeAttached();
    }
  }
});

test('no id is used twice on the gallery page, so every step\'s link leads to one place', async ({ page }) => {
  await page.goto('./gallery/');
  const ids = await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  const target = await page.locator('[data-example="scrolly-map"] .sf-step').nth(1).getAttribute('id');
  await page.goto(`./gallery/#${target}`);
  await expect(page.locator(`#${target}`)).toHaveAttribute('aria-current', 'step');
});

test('the data behind each gallery Scrolly downloads as CSV', async ({ page, request }) => {
  await page.goto('./gallery/');
  const links = await page.locator('[data-live] .sf-data a[download]').evaluateAll((els) => els.map((el) => (el as HTMLAnchorElement).href));
  expect(links.length).toBe(examples.filter((e) => e.component === 'Scrolly').length);
  for (const href of links) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    expect((await response.text()).split('\n')[0], href).toContain('source_ids');
  }
});

test('the gallery is kept out of search engines and out of the reader\'s navigation', async ({ page }) => {
  await page.goto('./gallery/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  for (const path of ['./', './chapters/border-sealing/', './sources/']) {
    await page.goto(path);
    await expect(page.locator('a[href$="/gallery/"]')).toHaveCount(0);
  }
});
