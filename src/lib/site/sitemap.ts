/**
 * sitemapXml(origin, paths) writes a sitemap of absolute URLs, sorted, for the given site paths.
 * sitemapXml('https://x.org', ['/sf/', '/sf/about/']) lists https://x.org/sf/ and https://x.org/sf/about/.
 */
export function sitemapXml(origin: string, paths: string[]): string {
  const urls = [...new Set(paths)].sort().map((p) => `  <url><loc>${new URL(p, origin).href.replace(/&/g, '&amp;')}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
