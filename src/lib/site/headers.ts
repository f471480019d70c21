import { cspDirectives, jsFlagHash, scriptHash } from './csp.ts';
import { CONTINUE_SCRIPT } from './lastStep.ts';

/**
 * headersFile({ mapbox, base, styleHashes }) is a `_headers` file: the same policy the pages carry in a
 * <meta>, plus what only a header can say. frame-ancestors is open so teachers can embed chapters
 * anywhere. One header serves every page, so it allows each page's inline scripts (the home page's
 * own as well) and every page's inline stylesheet (`styleHashes`, e.g. `sha256-...`, as the built
 * pages' own policies list them).
 */
export async function headersFile({ mapbox, base = '/', styleHashes = [] }: { mapbox: boolean; base?: string; styleHashes?: string[] }): Promise<string> {
  const styles = [...new Set(styleHashes)].sort().map((h) => ` '${h}'`).join('');
  const csp = [...cspDirectives({ mapbox }), `script-src 'self' '${await jsFlagHash()}' '${await scriptHash(CONTINUE_SCRIPT)}'`, `style-src 'self'${styles}`, 'frame-ancestors *'].join('; ');
  // The service worker and what it precaches by name are revalidated on every check, so a new deploy
  // reaches readers on their next visit rather than after an HTTP cache expires.
  const fresh = ['sw.js', 'offline.json', 'manifest.webmanifest'].map((f) => `${base.replace(/\/*$/, '/')}${f}\n  Cache-Control: no-cache\n`).join('');
  return `/*\n  Content-Security-Policy: ${csp}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n${fresh}`;
}
