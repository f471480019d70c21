/**
 * withBase(base, path) prefixes a site path with Astro's `base`, so the site works under a sub-path
 * such as a school server's `/sealed-frontier/`. withBase('/sf/', '/sources/#bbc') -> '/sf/sources/#bbc'.
 */
export function withBase(base: string, path: string): string {
  if (!path.startsWith('/')) throw new Error(`withBase: "${path}" is not a site path (expected it to start with /)`);
  return base.replace(/\/+$/, '') + path;
}
