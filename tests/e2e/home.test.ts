import { expect, test, type Page } from '@playwright/test';
import { axe } from './axe.ts';
import { builtPages, chapterInfo, homeInfo } from './support.ts';

const home = homeInfo();
const chapters = chapterInfo();
const cardsOf = (page: Page) => page.getByRole('region', { name: 'The four chapters' }).getByRole('listitem');
const homeMap = (page: Page) => page.locator('.sf-home-map svg.sf-chart__svg');

test('the home page presents the four chapters as cards, in order, each linking to its chapter', { tag: '@base-path' }, async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Sealed Frontier');
  const cards = cardsOf(page);
  expect(chapters).toHaveLength(4);
  await expect(cards.getByRole('heading', { level: 3 })).toHaveText(chapters.map((c) => c.title));
  for (const [i, c] of chapters.entries()) {
    await expect(cards.nth(i)).toContainText(`Chapter ${c.order}`);
    await expect(cards.nth(i)).toContainText(c.dek);
    await expect(cards.nth(i)).toContainText(/\d+ min read/);
  }
  await cards.nth(2).getByRole('link', { name: chapters[2]!.title }).click();
  await expect(page).toHaveURL(new RegExp(`/chapters/${chapters[2]!.slug}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapters[2]!.title);
});

test("each card shows its key moment's graphic and links to that moment", { tag: '@base-path' }, async ({ page }) => {
  await page.goto('./');
  for (const [i, card] of home.chapterCards.entries()) {
    const item = cardsOf(page).nth(i);
    // The picture is the chapter's own graphic, drawn at build time: marks, not an empty frame.
    await expect(item.locator('.sf-card__picture svg')).toBeVisible();
    expect(await item.locator('.sf-card__picture svg [data-key]').count()).toBeGreaterThan(5);
    const moment = item.getByRole('link', { name: card.moment.label });
    await expect(moment).toHaveAttribute('href', new RegExp(`/chapters/${card.chapter}/#${card.moment.step}$`));
  }
  const last = home.chapterCards.at(-1)!;
  await cardsOf(page).last().getByRole('link', { name: last.moment.label }).click();
  await expect(page).toHaveURL(new RegExp(`/chapters/${last.chapter}/#${last.moment.step}$`));
  await expect(page.locator(`#${last.moment.step}`)).toHaveAttribute('aria-current', 'step', { timeout: 20_000 });
});

for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
  test(`at ${viewport.width} px the map and the four cards' pictures and titles are within the first two screens`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('./');
    const within = async (what: string, box: { y: number; height: number } | null) => {
      expect(box, what).not.toBeNull();
      expect(box!.y + box!.height, `${what} ends within two screens`).toBeLessThanOrEqual(2 * viewport.height);
    };
    await within('the map', await homeMap(page).boundingBox());
    expect((await homeMap(page).boundingBox())!.y, 'the map starts on the first screen').toBeLessThan(viewport.height);
    const cards = cardsOf(page);
    await expect(cards).toHaveCount(4);
    for (let i = 0; i < 4; i++) {
      await within(`card ${i + 1}'s picture`, await cards.nth(i).locator('.sf-card__picture').boundingBox());
      await within(`card ${i + 1}'s title`, await cards.nth(i).getByRole('heading', { level: 3 }).boundingBox());
    }
  });
}

test('each place marked on the home map links to its chapter, on the map itself', { tag: '@base-path' }, async ({ page }) => {
  await page.goto('./');
  const map = (await homeMap(page).boundingBox())!;
  for (const card of home.chapterCards) {
    const chapter = chapters.find((c) => c.slug === card.chapter)!;
    for (const place of card.places) {
      const link = page.locator(`.sf-home-map a[data-place="${place}"]`);
      await expect(link).toHaveAttribute('href', new RegExp(`/chapters/${card.chapter}/$`));
      await expect(link).toHaveAccessibleName(new RegExp(`chapter ${chapter.order}, ${chapter.title}`));
      // The badge lies on the map, beside the place the map marks.
      const badge = (await link.locator('circle').boundingBox())!;
      expect(badge.x).toBeGreaterThanOrEqual(map.x);
      expect(badge.x + badge.width).toBeLessThanOrEqual(map.x + map.width + 1);
      expect(badge.y + badge.height).toBeLessThanOrEqual(map.y + map.height + 1);
      const mark = (await page.locator(`.sf-home-map [data-key="place-${place}"] .sf-map-mark`).boundingBox())!;
      expect(Math.hypot(badge.x + badge.width / 2 - (mark.x + mark.width / 2), badge.y + badge.height / 2 - (mark.y + mark.height / 2))).toBeLessThan(map.width / 10);
      // Nothing covers the badge: a click on its centre lands on this place's link.
      const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('a')?.getAttribute('data-place'), [badge.x + badge.width / 2, badge.y + badge.height / 2]);
      expect(hit, place).toBe(place);
    }
  }
  const first = home.chapterCards[0]!;
  await page.locator(`.sf-home-map a[data-place="${first.places[0]}"] circle`).click();
  await expect(page).toHaveURL(new RegExp(`/chapters/${first.chapter}/$`));
});

test('"For teachers" is in the header of every page and reaches /teach/', { tag: '@base-path' }, async ({ page, request }) => {
  for (const path of builtPages()) {
    const html = await (await request.get(`./${path}`)).text();
    const nav = /<nav aria-label="Site"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
    expect(nav, path).toMatch(/<a href="[^"]*\/teach\/"[^>]*>For teachers<\/a>/);
  }
  await page.goto(`./chapters/${chapters[1]!.slug}/`);
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'For teachers' }).click();
  await expect(page).toHaveURL(/\/teach\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a returning reader is offered the step they reached, kept on their device, and can forget it', { tag: '@base-path' }, async ({ page }) => {
  const chapter = chapters[0]!;
  const steps = chapter.sequences.flatMap((s) => s.steps);
  const middle = steps[Math.floor(steps.length / 2)]!;
  await page.goto('./');
  const offer = page.getByRole('complementary', { name: 'Continue reading' });
  await expect(offer).toBeHidden();

  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`./chapters/${chapter.slug}/`);
  // To the step's top, which its scroll margin puts on the reading line (centring a short step can leave it just below).
  await page.locator(`#${middle}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expect(page.locator(`#${middle}`)).toHaveAttribute('aria-current', 'step', { timeout: 20_000 });

  await page.goto('./');
  await expect(offer).toBeVisible();
  const link = offer.getByRole('link');
  await expect(link).toContainText(chapter.title);
  await expect(link).toContainText(`step ${steps.indexOf(middle) + 1} of ${steps.length}`);
  await expect(link).toHaveAttribute('href', new RegExp(`/chapters/${chapter.slug}/#${middle}$`));
  expect(await (await axe(page)).include('.sf-continue').analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);
  // Nothing of it leaves the device: no request carries the step.
  expect(requests.filter((u) => u.includes(middle))).toEqual([]);

  await link.click();
  await expect(page).toHaveURL(new RegExp(`#${middle}$`));
  await expect(page.locator(`#${middle}`)).toHaveAttribute('aria-current', 'step', { timeout: 20_000 });
  await expect(page.locator(`#${middle}`)).toBeInViewport();

  await page.goto('./');
  await offer.getByRole('button', { name: 'Forget it' }).click();
  await expect(offer).toBeHidden();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await page.reload();
  await expect(offer).toBeHidden();
});

test('a stored step that is not one of the chapters is ignored', { tag: '@base-path' }, async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.setItem('sf-last-step', JSON.stringify({ path: 'https://example.com/', step: 'x', n: 1, of: 2 })));
  await page.reload();
  await expect(page.getByRole('complementary', { name: 'Continue reading' })).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the home page shows the map with its chapter links, and the four cards with their pictures', { tag: '@base-path' }, async ({ page }) => {
    await page.goto('./');
    await expect(homeMap(page)).toBeVisible();
    await expect(page.locator('.sf-home-map a[data-place]')).toHaveCount(home.chapterCards.flatMap((c) => c.places).length);
    await expect(cardsOf(page)).toHaveCount(4);
    for (let i = 0; i < 4; i++) await expect(cardsOf(page).nth(i).locator('.sf-card__picture svg')).toBeVisible();
    await expect(page.locator('.sf-continue')).toBeHidden();
  });
});

test('printed, the home page keeps the map, its badges and the cards with their pictures', async ({ page }) => {
  await page.goto('./');
  await page.emulateMedia({ media: 'print' });
  await expect(homeMap(page)).toBeVisible();
  await expect(page.locator('.sf-home-map__badge').first()).toBeVisible();
  await expect(cardsOf(page)).toHaveCount(4);
  for (let i = 0; i < 4; i++) await expect(cardsOf(page).nth(i).locator('.sf-card__picture svg')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
  expect((await page.pdf({ format: 'A4' })).length).toBeGreaterThan(10_000);
});

test('a chapter links to the previous and next chapters', { tag: '@base-path' }, async ({ page }) => {
  const [first, second] = chapters;
  await page.goto(`./chapters/${second!.slug}/`);
  const nav = page.getByRole('navigation', { name: 'Chapters' });
  await expect(nav.locator('a[rel="prev"]')).toContainText(first!.title);
  await nav.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(new RegExp(`/chapters/${chapters[2]!.slug}/$`));
});
