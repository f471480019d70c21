// The presenter view: from presentation mode a second window opens for the laptop with the step on
// the projector, its teaching notes, the next step with a picture of its graphic, the count and a
// clock; keys, clicks and a clicker in either window move both. Without a second window (a blocked
// pop-up, a phone) the projector's bar says so and presentation mode goes on as before.
import { axe } from './axe.ts';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { chapter } from './support.ts';

const slug = 'border-sealing';
const info = chapter(slug);
const steps = info.sequences.flatMap((s) => s.steps);
const leads = info.sequences.flatMap((s) => s.leads);
const notes = info.sequences.flatMap((s) => s.notes);
// A step with notes whose next step also has notes, so both windows have something to show.
const at = notes.findIndex((n, i) => n && notes[i + 1] && i + 2 < steps.length);
const without = notes.findIndex((n, i) => !n && i + 1 < steps.length);

/** Error events and CSP violations in every page of the context (an error monitor would report each). */
async function watch(context: BrowserContext) {
  await context.addInitScript(() => {
    const w = window as unknown as { sfProblems: string[] };
    w.sfProblems = [];
    addEventListener('error', (e) => w.sfProblems.push(e.message));
    addEventListener('securitypolicyviolation', (e) => w.sfProblems.push(`CSP ${e.violatedDirective} ${e.blockedURI}`));
  });
  return (page: Page) => page.evaluate(() => (window as unknown as { sfProblems: string[] }).sfProblems);
}

// Two windows, each loading a whole chapter: allow for a busy machine.
test.describe.configure({ timeout: 120_000 });

const counter = (page: Page) => page.locator('.sf-presenter__count');
const presenterCount = (page: Page) => page.locator('.sf-pv__count');
const of = (i: number) => `Step ${i + 1} of ${steps.length}`;

test.describe('on a laptop with a projector (1280x800)', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('"Open presenter view" opens a second window with the step, its notes, the next step and its picture, the count and a clock; keys and clicks in either window move both', { tag: '@base-path' }, async ({ page, context }) => {
    expect(at, 'the chapter has two steps with notes in a row').toBeGreaterThanOrEqual(0);
    const problems = await watch(context);
    await page.goto(`./chapters/${slug}/?present#${steps[at]}`);
    await expect(counter(page)).toHaveText(of(at));
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open presenter view' }).click()]);
    await presenter.waitForLoadState();
    expect(new URL(presenter.url()).search).toBe('?presenter');
    await expect(presenter).toHaveTitle(`Presenter view: ${info.title}`);

    // What the presenter sees: this step, its notes, the next step with a picture of its graphic.
    await expect(presenterCount(presenter)).toHaveText(of(at));
    await expect(presenter.locator('.sf-pv__now .sf-pv__text')).toContainText(leads[at]!);
    await expect(presenter.locator('.sf-pv__notes')).toHaveText(notes[at]!);
    await expect(presenter.locator('.sf-pv__next .sf-pv__text')).toContainText(leads[at + 1]!);
    const picture = presenter.locator('.sf-pv__next .sf-pv__picture svg');
    await expect(picture).toBeVisible();
    expect((await picture.boundingBox())!.width).toBeGreaterThan(150);
    expect(await picture.getAttribute('aria-hidden')).toBe('true');
    // The chapter itself is not shown in the presenter's window, and the projector shows no notes.
    await expect(presenter.locator('.sf-chapter__head')).toBeHidden();
    await expect(page.locator('.sf-pv')).toHaveCount(0);
    await expect(page.getByText(notes[at]!)).toBeHidden();
    await expect(page.locator('.sf-presenter__open')).toHaveText('Presenter view open');
    await expect(presenter.locator('.sf-pv__status')).toHaveText('Linked to the projector window.');

    // The clock runs and resets.
    const clock = presenter.getByRole('timer');
    await expect(clock).toHaveText(/^0:0[1-9]$/, { timeout: 5_000 });
    await presenter.getByRole('button', { name: 'Reset clock' }).click();
    await expect(clock).toHaveText('0:00');

    // A key in the presenter's window moves the projector, and the view shows the new step.
    await presenter.keyboard.press('j');
    await expect(counter(page)).toHaveText(of(at + 1));
    await expect(page.locator(`#${steps[at + 1]}`)).toHaveAttribute('aria-current', 'step');
    await expect(presenterCount(presenter)).toHaveText(of(at + 1));
    await expect(presenter.locator('.sf-pv__notes')).toHaveText(notes[at + 1]!);
    await expect(presenter.locator('.sf-pv__now .sf-pv__text')).toContainText(leads[at + 1]!);
    await expect(presenter.locator('.sf-pv [aria-live]')).toContainText(of(at + 1));

    // A clicker on the projector's window (Page Up, Page Down, arrows) moves the presenter's view.
    await page.bringToFront();
    await page.keyboard.press('PageUp');
    await expect(presenterCount(presenter)).toHaveText(of(at));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageDown');
    await expect(counter(page)).toHaveText(of(at + 2));
    await expect(presenterCount(presenter)).toHaveText(of(at + 2));
    // Two quick presses in one window end on the same step in both (no echo from the other).
    await presenter.bringToFront();
    await presenter.keyboard.press('ArrowLeft');
    await presenter.keyboard.press('k');
    await expect(presenterCount(presenter)).toHaveText(of(at));
    await expect(counter(page)).toHaveText(of(at));
    await presenter.waitForTimeout(300);
    await expect(counter(page)).toHaveText(of(at));
    await expect(presenterCount(presenter)).toHaveText(of(at));

    // Clicks: the presenter's buttons (Space on a focused button presses it once), the projector's graphic.
    const next = presenter.getByRole('button', { name: 'Next', exact: true });
    await next.click();
    await expect(counter(page)).toHaveText(of(at + 1));
    await next.focus();
    await presenter.keyboard.press('Space');
    await expect(counter(page)).toHaveText(of(at + 2));
    await expect(presenterCount(presenter)).toHaveText(of(at + 2));
    // The graphic is inert, so the click goes by position, as a mouse's would.
    const graphic = (await page.locator('.sf-scrolly.is-current .sf-scrolly__sticky').boundingBox())!;
    await page.mouse.click(graphic.x + graphic.width / 2, graphic.y + graphic.height / 2);
    await expect(presenterCount(presenter)).toHaveText(of(at + 3));

    expect(await problems(page)).toEqual([]);
    expect(await problems(presenter)).toEqual([]);

    // Closing the presenter's window gives the projector its button back.
    await presenter.close({ runBeforeUnload: true });
    await expect(page.locator('.sf-presenter__open')).toHaveText('Open presenter view');
  });

  test('a step without notes says so in the presenter view; the last step has no next', async ({ page }) => {
    expect(without).toBeGreaterThanOrEqual(0);
    await page.goto(`./chapters/${slug}/?presenter#${steps[without]}`);
    await expect(presenterCount(page)).toHaveText(of(without));
    await expect(page.locator('.sf-pv__notes')).toHaveText('No notes for this step.');
    // A new load: a change of hash alone does not reload the page.
    await page.goto('about:blank');
    await page.goto(`./chapters/${slug}/?presenter#${steps.at(-1)}`);
    await expect(presenterCount(page)).toHaveText(of(steps.length - 1));
    await expect(page.locator('.sf-pv__next .sf-pv__text')).toHaveText('This is the last step of the chapter.');
    await expect(page.locator('.sf-pv__next svg')).toHaveCount(0);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no violation in the presenter view (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`./chapters/${slug}/?presenter#${steps[at]}`);
      await expect(page.locator('.sf-pv__picture svg')).toBeVisible();
      const results = await (await axe(page)).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    });
  }

  test('with pop-ups blocked, the bar says so in one line and presentation mode goes on', async ({ page }) => {
    await page.addInitScript(() => {
      window.open = () => null;
    });
    await page.goto(`./chapters/${slug}/?present#${steps[0]}`);
    await page.getByRole('button', { name: 'Open presenter view' }).click();
    await expect(page.locator('.sf-presenter__copy')).toBeVisible();
    const note = page.locator('.sf-presenter__second [role=status]');
    await expect(note).toHaveText('Pop-up blocked: presenting in this window only.');
    // One line, in the bar's place for it: nothing in the bar is pushed out of sight, on a laptop or a 1024x768 projector.
    for (const size of [{ width: 1280, height: 800 }, { width: 1024, height: 768 }]) {
      await page.setViewportSize(size);
      expect((await note.boundingBox())!.height, `one line at ${size.width}`).toBeLessThan(30);
      const bar = (await page.locator('.sf-presenter').boundingBox())!;
      const line = (await note.boundingBox())!;
      expect(line.y + line.height, `the line is inside the bar at ${size.width}`).toBeLessThanOrEqual(bar.y + bar.height);
      expect(await page.locator('.sf-presenter').evaluate((el) => el.scrollTop), 'the bar is not scrolled').toBe(0);
      await expect(counter(page)).toBeInViewport();
      const copy = (await page.locator('.sf-presenter__copy').boundingBox())!;
      expect(copy.x + copy.width, `the line keeps clear of "Copy link" at ${size.width}`).toBeLessThanOrEqual((await note.boundingBox())!.x);
    }
    await page.keyboard.press('j');
    await expect(counter(page)).toHaveText(of(1));
    await page.keyboard.press('Escape');
    await expect(page.locator('html')).not.toHaveClass(/sf-presenting/);
  });
});

test('in a browser without BroadcastChannel, the bar says so in one line and presentation mode goes on', async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { BroadcastChannel?: unknown }).BroadcastChannel;
  });
  await page.goto(`./chapters/${slug}/?present#${steps[0]}`);
  await expect(counter(page)).toHaveText(of(0));
  await expect(page.getByRole('button', { name: 'Open presenter view' })).toBeHidden();
  await expect(page.locator('.sf-presenter__second [role=status]')).toHaveText('The presenter view does not work in this browser.');
  await page.keyboard.press('j');
  await expect(counter(page)).toHaveText(of(1));
});

test.describe('on a phone (360 and 390 px wide)', () => {
  test.use({ viewport: { width: 390, height: 844 }, screen: { width: 390, height: 844 } });

  test('presentation mode offers no presenter window and says why in one line', async ({ page }) => {
    await page.goto(`./chapters/${slug}/?present#${steps[0]}`);
    await expect(counter(page)).toHaveText(of(0));
    await expect(page.getByRole('button', { name: 'Open presenter view' })).toBeHidden();
    await expect(page.locator('.sf-presenter__second [role=status]')).toHaveText('The presenter view needs a larger screen.');
    await page.keyboard.press('j');
    await expect(counter(page)).toHaveText(of(1));
  });

  test('the presenter view itself is usable at 360 px: one column, no sideways scroll, controls in view', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`./chapters/${slug}/?presenter#${steps[at]}`);
    await expect(presenterCount(page)).toHaveText(of(at));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expect(page.getByRole('button', { name: 'Next', exact: true })).toBeInViewport();
    await expect(page.locator('.sf-pv__notes')).toHaveText(notes[at]!);
    await page.keyboard.press('j');
    await expect(presenterCount(page)).toHaveText(of(at + 1));
  });
});
