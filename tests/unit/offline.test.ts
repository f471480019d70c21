import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { headersFile } from '../../src/lib/site/headers.ts';
import { assetRefs, chapterOf, chapterPages, jsImports, offlineSet, savedChapters, type ReadBuilt } from '../../src/lib/site/offlineUrls.ts';
import { APP_ICONS, appIconSvg, webManifest } from '../../src/lib/site/webApp.ts';

describe("a chapter's offline set", () => {
  it('names the chapter and its teaching page, handout and key moments, under the base', () => {
    expect(chapterPages('/', 'lips-and-teeth')).toEqual(['/chapters/lips-and-teeth/', '/teach/lips-and-teeth/', '/teach/lips-and-teeth/handout/', '/teach/lips-and-teeth/moments/']);
    expect(chapterPages('/sealed-frontier/', 'x')[0]).toBe('/sealed-frontier/chapters/x/');
  });

  it('takes what a page loads, not what a reader may follow or share', () => {
    const html = `<link rel="canonical" href="https://e.org/chapters/x/"><link rel="icon" href="/favicon.svg" type="image/svg+xml">
      <link rel="stylesheet" href="/_astro/style.a.css"><link rel="modulepreload" href="/_astro/m.b.js"><meta property="og:image" content="https://e.org/share/x.png">
      <script type="module" src="/_astro/page.c.js"></script><script>inline()</script><img src="/img/a.png" width="1" height="1" alt="">
      <a href="/data/x/trade.csv" download>data</a><link rel="manifest" href="/manifest.webmanifest">`;
    expect(assetRefs(html).sort()).toEqual(['/_astro/m.b.js', '/_astro/page.c.js', '/_astro/style.a.css', '/favicon.svg', '/img/a.png', '/manifest.webmanifest']);
  });

  it("follows a chunk's static and dynamic imports as the bundler writes them", () => {
    const code = 'import{t as e}from"./preload-helper.D.js";import"./classroom.c.js";let r=()=>import(`./qrSvg.M.js`);const s=`${x}/not-an-import.js`;';
    expect(jsImports(code).sort()).toEqual(['./classroom.c.js', './preload-helper.D.js', './qrSvg.M.js']);
  });

  it('closes over pages, their files and the chunks those import; leaves out other hosts, missing and oversized files', () => {
    const files: Record<string, string> = {
      '/sf/chapters/a/': '<script type="module" src="/sf/_astro/a.js"></script><link rel="stylesheet" href="/sf/_astro/s.css"><script src="https://cdn.example/x.js"></script>',
      '/sf/teach/a/': '<script type="module" src="/sf/_astro/t.js"></script>',
      '/sf/_astro/a.js': 'import"./shared.js";let m=()=>import(`./big.js`);',
      '/sf/_astro/t.js': 'import"./shared.js";',
      '/sf/_astro/shared.js': 'let q=()=>import(`./lazy.js`)',
      '/sf/_astro/lazy.js': '',
      '/sf/_astro/s.css': '',
      '/sf/_astro/big.js': 'x'.repeat(1000),
    };
    const read: ReadBuilt = (p) => (p in files ? { text: files[p]!, bytes: files[p]!.length } : undefined);
    const set = offlineSet({ pages: chapterPages('/sf/', 'a'), read, maxAssetBytes: 500 });
    expect(set).toEqual(['/sf/chapters/a/', '/sf/teach/a/', '/sf/_astro/a.js', '/sf/_astro/s.css', '/sf/_astro/t.js', '/sf/_astro/shared.js', '/sf/_astro/lazy.js']);
  });

  it('reads which chapters a cache holds, and which chapter a page belongs to', () => {
    const cached = ['http://h/sf/chapters/a/', 'http://h/sf/chapters/a/?present', 'http://h/sf/teach/b/', 'http://h/sf/sources/', 'http://h/other/chapters/c/'];
    expect(savedChapters(cached, '/sf/')).toEqual(['a']);
    expect(chapterOf('/sf/chapters/a/', '/sf/')).toBe('a');
    expect(chapterOf('/sf/teach/b/handout/', '/sf/')).toBe('b');
    expect(chapterOf('/sf/sources/', '/sf/')).toBeUndefined();
    expect(chapterOf('/chapters/a/', '/sf/')).toBeUndefined();
  });
});

describe('the web app', () => {
  it('has a manifest whose start and scope are its own folder, so a sub-path build stays under its base', () => {
    const manifest = JSON.parse(webManifest({ name: 'The Sealed Frontier', shortName: 'Sealed Frontier', description: 'd' }));
    const at = 'https://school.example/sealed-frontier/manifest.webmanifest';
    expect(new URL(manifest.start_url, at).href).toBe('https://school.example/sealed-frontier/');
    expect(new URL(manifest.scope, at).href).toBe('https://school.example/sealed-frontier/');
    expect(manifest.display).toBe('standalone');
    const sizes = manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`);
    expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  });

  it('draws icons of the stated size; the maskable one fills its square with the mark inside the safe zone', () => {
    for (const icon of APP_ICONS) {
      const png = new Resvg(appIconSvg(icon)).render();
      expect([png.width, png.height]).toEqual([icon.size, icon.size]);
    }
    const pixels = new Resvg(appIconSvg({ size: 100, purpose: 'maskable' })).render().pixels;
    const at = (x: number, y: number) => [...pixels.subarray((y * 100 + x) * 4, (y * 100 + x) * 4 + 4)];
    expect(at(0, 0)).toEqual([0x1c, 0x1d, 0x1f, 255]);
    // The mark (orange) never reaches the outer 10 % that launchers may cut away.
    for (let i = 0; i < 100; i++) for (const [x, y] of [[i, 5], [5, i], [i, 94], [94, i]] as const) expect(at(x, y)).toEqual([0x1c, 0x1d, 0x1f, 255]);
  });

  it("serves the worker, the offline index and the manifest with no-cache, under the base; the policy allows the site's own workers only", async () => {
    const headers = await headersFile({ mapbox: false, base: '/sealed-frontier/' });
    for (const f of ['sw.js', 'offline.json', 'manifest.webmanifest']) expect(headers).toContain(`/sealed-frontier/${f}\n  Cache-Control: no-cache\n`);
    expect(headers).toMatch(/worker-src 'self';/);
    expect(headers).not.toMatch(/unsafe|blob:/);
  });
});
