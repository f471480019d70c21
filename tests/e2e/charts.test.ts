// Each chart, scrolled step by step as a reader would (j moves one step): the sticky graphic lands
// exactly on the figure drawn for that step, and shows what the step's state says.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { chapterInfo, dataset } from './support.ts';

type State = Record<string, unknown>;
const chartSequences = chapterInfo().flatMap((c) =>
  c.sequences.filter((s) => s.graphic !== 'map').map((s) => ({ slug: c.slug, ...s })),
);

/** Keyed marks as a reader sees them: key, class, geometry, opacity and text. */
const marks = (figure: Locator) =>
  figure.evaluate((fig) =>
    [...fig.querySelectorAll('svg [data-key]')]
      .filter((el) => !el.children.length || el.tagName === 'text')
      .map((el) => `${el.getAttribute('data-key')}|${el.getAttribute('class') ?? ''}|${['x', 'y', 'width', 'height', 'transform', 'd', 'opacity'].map((a) => el.getAttribute(a)).join(',')}|${el.textContent}`)
      .sort(),
  );
const visibleKeys = (figure: Locator, selector: string) =>
  figure.locator(selector).evaluateAll((els) => els.filter((e) => e.getAttribute('opacity') !== '0').map((e) => e.getAttribute('data-key')));
const years = (keys: (string | null)[]) => keys.map((k) => Number(k!.match(/\d{4}/)![0])).sort();

const defectors = dataset('defectors-by-year.csv');
const n = (v: string) => Number(v).toLocaleString('en-US');

async function checkState(graphic: string, figure: Locator, state: State) {
  const list = (key: string) => (state[key] as number[] | string[] | undefined) ?? [];
  if (graphic === 'defectors') {
    expect(years(await figure.locator('.sf-bar.is-highlight').evaluateAll((els) => els.map((e) => e.getAttribute('data-key'))))).toEqual([...list('highlight')].sort());
    for (const y of list('annotate')) await expect(figure.locator(`[data-key="value-${y}"]`)).toHaveText(n(defectors.find((r) => r.year === String(y))!.arrivals!));
    if (state.yMax) await expect(figure.locator('[data-key^="ytick-"] text').last()).toHaveText(n(String(state.yMax)));
  } else if (graphic === 'trade') {
    const split = Boolean(state.split);
    const parts = await visibleKeys(figure, 'rect[data-key^="bar-"][data-key$="-exports"]');
    expect(parts.length > 0).toBe(split);
    if (!split) expect(years(await figure.locator('rect[data-key^="bar-"][data-key$="-total"].is-highlight').evaluateAll((els) => els.map((e) => e.getAttribute('data-key'))))).toEqual([...list('highlight')].sort());
    for (const y of list('annotate')) await expect(figure.locator(`[data-key="value-${y}"]`)).toHaveText(/\$[\d.,]+(m|bn)/);
  } else if (graphic === 'border-length') {
    expect((await visibleKeys(figure, '.sf-seg')).sort()).toEqual(list('show').map((s) => `seg-${s}`).sort());
  } else if (graphic === 'hoeryong') {
    const shown = list('show') as string[];
    expect(await visibleKeys(figure, '[data-key^="post-"]')).toHaveLength(shown.includes('guard-posts') ? 169 : 0);
    expect(await visibleKeys(figure, '[data-key^="tower-"]')).toHaveLength(shown.includes('watchtowers') ? 5 : 0);
    await expect(figure).toContainText('Schematic');
  } else if (graphic === 'timeline') {
    const drawn = await figure.locator('.sf-tl-event').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    expect(drawn.sort()).toEqual(list('events').map((e) => `event-${e}`).sort());
    const highlighted = await figure.locator('.sf-tl-event.is-highlight').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    expect(highlighted.sort()).toEqual(list('highlight').map((e) => `event-${e}`).sort());
  }
}

for (const seq of chartSequences) {
  test(`${seq.slug}: the ${seq.graphic} chart follows its steps ${seq.steps.join(', ')}`, async ({ page, browser }) => {
    // What a reader without JavaScript gets for each step. Read first, in its own context, because a
    // second page in front would pause this page's animation frames.
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain: Page = await noJs.newPage();
    await plain.goto(new URL(`chapters/${seq.slug}/`, test.info().project.use.baseURL).href);
    const withoutJs = new Map<string, string[]>();
    for (const id of seq.steps) withoutJs.set(id, await marks(plain.locator(`#${id} .sf-step__figure .sf-chart`)));
    await noJs.close();

    const sticky = page.locator(`.sf-scrolly[data-scrolly="${seq.steps[0]}"] .sf-scrolly__graphic .sf-chart`);
    await page.goto(`./chapters/${seq.slug}/#${seq.steps[0]}`);
    for (const [i, id] of seq.steps.entries()) {
      if (i > 0) await page.keyboard.press('j');
      await expect(page.locator(`#${id}`)).toHaveAttribute('aria-current', 'step');
      const staticFigure = page.locator(`#${id} .sf-step__figure .sf-chart`);
      // The animation ends exactly on the step's own drawing...
      await expect.poll(async () => (await marks(sticky)).join('\n'), { timeout: 5000 }).toBe((await marks(staticFigure)).join('\n'));
      // ...which shows what the step's state says...
      await checkState(seq.graphic, sticky, seq.states[i]!);
      // ...and is the figure a reader without JavaScript gets for that step.
      expect(withoutJs.get(id)).toEqual(await marks(staticFigure));
    }
  });
}

test('"Show the data" offers exactly the drawn rows as a table and as CSV', async ({ page, request }) => {
  await page.goto('./chapters/border-sealing/');
  const section = page.locator('.sf-scrolly[data-graphic="defectors"]');
  await section.getByText('Show the data').click();
  const rows = section.locator('.sf-data tbody tr');
  await expect(rows).toHaveCount(defectors.length);
  const href = await section.getByRole('link', { name: /Download these rows as CSV/ }).getAttribute('href');
  const csv = (await (await request.get(href!)).text()).trim().split('\n');
  expect(csv[0]).toBe('year,arrivals,source_ids');
  expect(csv.slice(1).map((l) => l.split(',')[0])).toEqual(defectors.map((r) => r.year));
});
