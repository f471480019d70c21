// axe-core as the tests run it: in the page itself ("legacy mode"). The default mode runs axe in
// every frame, then opens a second page to merge the frames' results, which costs more than the
// scan on a small page (a chapter: 18 s against 44 s under load, the same results). Our pages have
// no frames, and the scan fails if one ever has one, since this mode would not look inside it.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export async function axe(page: Page): Promise<AxeBuilder> {
  const frames = page.frames().filter((f) => f !== page.mainFrame()).map((f) => f.url());
  expect(frames, 'a page with frames needs AxeBuilder without setLegacyMode, which scans inside them').toEqual([]);
  // Violations only: axe then skips collecting the nodes of every rule that passed, which on a chapter
  // is most of the scan's time (border-sealing: about 6 s against 3.5 s, the same violations).
  // target-size (WCAG 2.2, 2.5.8) is off in axe by default but on in Lighthouse, whose accessibility
  // score is a budget (docs/performance.md): a chapter's end once failed it there and passed here.
  return new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } });
}
