// Accessibility as a reader with assistive technology meets it: axe-core on every page in light and
// dark, mid-chapter step states, headings, text alternatives and a keyboard-only pass.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPages, chapterInfo } from './support.ts';

const pages = builtPages();

// axe scans each template in each state once. The embeds repeat markup scanned elsewhere: a
// whole-chapter embed is its chapter's story in the embed frame, and a one-sequence embed is one
// graphic's sequence in that frame. So one whole-chapter embed, and one single-sequence embed for
// each kind of graphic; every other page is scanned.
const graphicOf = new Map<string, string>(chapterInfo().flatMap((c) => c.sequences.map((s) => [`embed/${c.slug}/${s.steps[0]}/`, s.graphic] as const)));
const scanned = new Set<string>();
const axePages = pages.filter((path) => {
  if (!path.startsWith('embed/') || path === 'embed/') return true;
  const kind = /^embed\/[^/]+\/$/.test(path) ? 'whole chapter' : graphicOf.get(path);
  if (!kind) throw new Error(`/${path}: an embed of no known sequence`);
  if (scanned.has(kind)) return false;
  scanned.add(kind);
  return true;
});

// The dark scheme changes colours only, so in dark the colour rules run (the others would repeat
// the light scan's findings at twice the time).
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function violations(page: Page, scheme: 'light' | 'dark') {
  const axe = new AxeBuilder({ page });
  const results = await (scheme === 'dark' ? axe.withRules(COLOUR_RULES) : axe).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

// One test a page and scheme, so each has its own time and a failure names its page.
for (const scheme of ['light', 'dark'] as const) {
  const rules = scheme === 'dark' ? 'dark, colour rules' : 'light, every rule';
  for (const path of axePages) {
    test(`axe finds no violation on /${path} in its starting state (${rules})`, async ({ page }) => {
      test.setTimeout(240_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`./${path}`);
      expect(await violations(page, scheme)).toEqual([]);
    });
  }

  for (const c of chapterInfo()) {
    test(`axe finds no violation in a mid-chapter step state of ${c.slug} (${rules})`, async ({ page }) => {
      test.setTimeout(240_000);
      await page.emulateMedia({ colorScheme: scheme });
      const steps = c.sequences.flatMap((s) => s.steps);
      const middle = steps[Math.floor(steps.length / 2)]!;
      await page.goto(`./chapters/${c.slug}/#${middle}`);
      await expect(page.locator(`#${middle}`)).toHaveAttribute('aria-current', 'step');
      expect(await violations(page, scheme)).toEqual([]);
    });
  }
}

for (const path of pages) {
  test(`/${path} has one h1 and headings that never skip a level`, async ({ page }) => {
    await page.goto(`./${path}`);
    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect(levels.filter((l) => l === 1), 'one h1').toHaveLength(1);
    expect(levels[0], 'starts with h1').toBe(1);
    levels.forEach((l, i) => {
      if (i > 0) expect(l - levels[i - 1]!, `heading ${i + 1} (h${l}) after h${levels[i - 1]}`).toBeLessThanOrEqual(1);
    });
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
