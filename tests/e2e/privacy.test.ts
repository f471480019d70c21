// Private and secure by default: no third-party request, no cookie, a Content Security Policy on
// every page, safe external links, and no mapbox-gl without a token.
import { expect, test } from '@playwright/test';
import { builtPages, distFile } from './support.ts';

const pages = builtPages();

test('no page talks to any host but our own, loads mapbox-gl or sets a cookie', async ({ page, context }) => {
  test.setTimeout(120_000);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  for (const path of pages) {
    await page.goto(`./${path}`);
    // Scroll to the end, so lazily loaded graphics load too, then wait for the network to rest once.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
  }
  const foreign = requests.filter((u) => !/^(http:\/\/127\.0\.0\.1:\d+\/|data:|blob:)/.test(u));
  expect(foreign).toEqual([]);
  expect(requests.filter((u) => /mapbox/i.test(u))).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

test('every page carries a Content Security Policy that allows only our own origin', () => {
  for (const path of pages) {
    const html = distFile(path.endsWith('.html') ? path : `${path}index.html`);
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp, path).toBeDefined();
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:|unsafe-inline|unsafe-eval|\*/);
  }
  expect(distFile('_headers')).toMatch(/Content-Security-Policy: default-src 'self'.*frame-ancestors \*/);
});

test('no inline event handlers, and every external link has rel="noopener"', () => {
  for (const path of pages) {
    const html = distFile(path.endsWith('.html') ? path : `${path}index.html`);
    expect(html, path).not.toMatch(/<[^>]+\son[a-z]+=/i);
    for (const [tag] of html.matchAll(/<a\s[^>]*href="https?:\/\/[^"]*"[^>]*>/g)) expect(tag, path).toMatch(/rel="[^"]*noopener/);
  }
});
