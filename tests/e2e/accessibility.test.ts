// Accessibility as a reader with assistive technology meets it: axe-core on every page in light and
// dark, mid-chapter step states, headings, text alternatives and a keyboard-only pass.
import { expect, test, type Page } from '@playwright/test';
import { axe as axeOf } from './axe.ts';
import { builtPages, chapterInfo } from './support.ts';

const pages = builtPages();

// axe scans each template in each state once. The embeds repeat markup scanned elsewhere: a
// whole-chapter embed is its chapter's story in the embed frame, and a one-sequence embed is one
// graphic's sequence in that frame. So one whole-chapter embed, and one single-sequence embed for
// each kind of graphic. A chapter's teaching page is one template filled with text from the
// chapter's frontmatter (no graphic): one is scanned. Its handout and key-moments sheet draw the
// chapter's graphics: each is scanned for the fewest chapters that between them draw every kind of
// graphic. Every other page (each chapter, the home, gallery, glossary, sources, about, 404 and
// classroom pages) is scanned.
const chapters = chapterInfo();
const graphicOf = new Map<string, string>(chapters.flatMap((c) => c.sequences.map((s) => [`embed/${c.slug}/${s.steps[0]}/`, s.graphic] as const)));
const coveringEveryGraphic = new Set<string>();
const drawn = new Set<string>();
for (const c of chapters) {
  const graphics = c.sequences.map((s) => s.graphic);
  if (graphics.some((g) => !drawn.has(g))) coveringEveryGraphic.add(c.slug);
  graphics.forEach((g) => drawn.add(g));
}
/** The template a page shares with others, scanned once; undefined for a page that is always scanned. */
function sharedTemplate(path: string): string | undefined {
  if (/^embed\/[^/]+\/$/.test(path)) return 'whole-chapter embed';
  if (path.startsWith('embed/') && path !== 'embed/') {
    const graphic = graphicOf.get(path);
    if (!graphic) throw new Error(`/${path}: an embed of no known sequence`);
    return `embed of ${graphic}`;
  }
  if (/^teach\/[^/]+\/$/.test(path)) return 'teaching page';
  return undefined;
}
const scanned = new Set<string>();
const axePages = pages.filter((path) => {
  const sheet = /^teach\/([^/]+)\/(handout|moments)\/$/.exec(path);
  if (sheet) return coveringEveryGraphic.has(sheet[1]!);
  const template = sharedTemplate(path);
  if (template === undefined) return true;
  if (scanned.has(template)) return false;
  scanned.add(template);
  return true;
});

// The dark scheme changes colours only, so in dark the colour rules run (the others would repeat
// the light scan's findings at twice the time).
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function violations(page: Page, scheme: 'light' | 'dark') {
  const axe = await axeOf(page);
  const results = await (scheme === 'dark' ? axe.withRules(COLOUR_RULES) : axe).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

/** Light, every rule; then the same page in dark, the colour rules. Charts fade their fills (400 ms)
 *  when the scheme changes: with reduced motion they change at once, so the dark scan reads the end. */
async function expectNoViolation(page: Page) {
  expect(await violations(page, 'light'), 'light scheme').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  expect(await violations(page, 'dark'), 'dark scheme').toEqual([]);
}

/** One h1, first, and headings that never skip a level on the way down. */
async function expectHeadingsInOrder(page: Page) {
  const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  expect(levels.filter((l) => l === 1), 'one h1').toHaveLength(1);
  expect(levels[0], 'starts with h1').toBe(1);
  levels.forEach((l, i) => {
    if (i > 0) expect(l - levels[i - 1]!, `heading ${i + 1} (h${l}) after h${levels[i - 1]}`).toBeLessThanOrEqual(1);
  });
}

// One test a page, so each has its own time and a failure names its page. One load of the page
// serves both schemes and the heading check.
const rules = 'light: every rule; dark: the colour rules';
for (const path of axePages) {
  test(`axe finds no violation on /${path} in its starting state (${rules}); one h1 and headings that never skip a level`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`./${path}`);
    await expectHeadingsInOrder(page);
    await expectNoViolation(page);
  });
}

for (const c of chapterInfo()) {
  test(`axe finds no violation in a mid-chapter step state of ${c.slug} (${rules})`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.emulateMedia({ colorScheme: 'light' });
    const steps = c.sequences.flatMap((s) => s.steps);
    const middle = steps[Math.floor(steps.length / 2)]!;
    await page.goto(`./chapters/${c.slug}/#${middle}`);
    await expect(page.locator(`#${middle}`)).toHaveAttribute('aria-current', 'step');
    await expectNoViolation(page);
  });
}

// The pages the light scan leaves out are read for their headings on their own.
for (const path of pages.filter((p) => !axePages.includes(p))) {
  test(`/${path} has one h1 and headings that never skip a level`, async ({ page }) => {
    await page.goto(`./${path}`);
    await expectHeadingsInOrder(page);
  });
}

test('every graphic has a name and a description that assistive technology can read', async ({ page }) => {
  for (const c of chapterInfo()) {
    await page.goto(`./chapters/${c.slug}/`);
    const missing = await page.locator('svg[role="img"]').evaluateAll((svgs) =>
      svgs
        .filter((svg) => {
          const text = (attr: string) => (svg.getAttribute(attr) ?? '').split(' ').map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join('');
          return !text('aria-labelledby') || !text('aria-describedby');
        })
        .map((svg) => svg.closest('[id]')?.id ?? '?'),
    );
    expect(missing, c.slug).toEqual([]);
    expect(await page.locator('img:not([alt])').count(), c.slug).toBe(0);
  }
});

test('keyboard only: Tab reaches every link and control of a chapter in document order, with a visible focus ring', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./chapters/border-sealing/');
  const expected = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], button, summary, [tabindex="0"]')]
      // Skip what is not there for a reader: hidden, aria-hidden, or inside a closed disclosure.
      .filter((el) => !el.closest('[aria-hidden="true"], [hidden], [inert]') && !(el.closest('details:not([open])') && el.tagName !== 'SUMMARY') && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .map((el, i) => {
        el.dataset.tabOrder = String(i);
        return i;
      }),
  );
  const seen: number[] = [];
  for (let i = 0; i < expected.length + 5; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      return { order: Number(el.dataset.tabOrder ?? -1), ring, what: el.outerHTML.slice(0, 80) };
    });
    if (!focused) break;
    expect(focused.ring, `visible focus on ${focused.what}`).toBe(true);
    if (focused.order >= 0) seen.push(focused.order);
  }
  expect(seen).toEqual(expected);
});
