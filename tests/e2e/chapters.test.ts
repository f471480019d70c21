// Each chapter as a reader opens it: the headline and dek, then the first step reached with the
// keyboard and the last step reached by scrolling, each showing its own words and driving its graphic.
import { expect, test } from '@playwright/test';
import { chapterInfo } from './support.ts';

// The site sets typographic quotes (Korea’s) where the MDX has straight ones (Korea's).
const plain = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

for (const c of chapterInfo()) {
  test(`${c.slug}: the headline, the first step and the last step read as the chapter wrote them`, async ({ page }) => {
    await page.goto(`./chapters/${c.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.title);
    await expect(page.locator('.sf-chapter__dek')).toHaveText(c.dek);

    const [first, last] = [c.sequences[0]!, c.sequences.at(-1)!];
    const firstStep = page.locator(`#${first.steps[0]}`);
    await page.keyboard.press('j');
    await expect(firstStep).toHaveAttribute('aria-current', 'step');
    await expect(firstStep).toBeInViewport();
    expect(plain(await firstStep.innerText())).toContain(plain(first.leads[0]!));
    await expect(page.locator(`[data-scrolly="${first.steps[0]}"] .sf-scrolly__graphic`)).toHaveAttribute('data-active-step', first.steps[0]!);
    await expect(page).toHaveURL(new RegExp(`#${first.steps[0]}$`));

    const lastId = last.steps.at(-1)!;
    const lastStep = page.locator(`#${lastId}`);
    // Skip most of the chapter, to the card 100 px short of the reading line (half way down), then
    // scroll the last stretch with the wheel as a reader does until the card reaches it. The last
    // step is current only while its card (and a tenth of a screen below it) crosses that line, so
    // each turn of the wheel is shorter than that and lands before the next: on a busy machine,
    // 300 px turns that had not landed yet could carry it past in one go.
    await lastStep.evaluate((el) => scrollTo(0, el.getBoundingClientRect().top + scrollY - innerHeight / 2 - 100));
    await expect(async () => {
      await page.mouse.wheel(0, 150);
      await expect(lastStep).toHaveAttribute('aria-current', 'step', { timeout: 1000 });
    }).toPass({ timeout: 30_000 });
    expect(plain(await lastStep.innerText())).toContain(plain(last.leads.at(-1)!));
    await expect(page.locator(`[data-scrolly="${last.steps[0]}"] .sf-scrolly__graphic`)).toHaveAttribute('data-active-step', lastId);
  });
}
