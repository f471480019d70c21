import { cspDirectives, jsFlagHash, scriptHash } from './csp.ts';
import { CONTINUE_SCRIPT } from './lastStep.ts';

/**
 * headersFile({ mapbox, styleHashes }) is a `_headers` file: the same policy the pages carry in a
 * <meta>, plus what only a header can say. frame-ancestors is open so teachers can embed chapters
 * anywhere. One header serves every page, so it allows each page's inline scripts (the home page's
 * own as well) and every page's inline stylesheet (`styleHashes`, e.g. `sha256-...`, as the built
 * pages' own policies list them).
 */
export async function headersFile({ mapbox, styleHashes = [] }: { mapbox: boolean; styleHashes?: string[] }): Promise<string> {
  const styles = [...new Set(styleHashes)].sort().map((h) => ` '${h}'`).join('');
  const csp = [...cspDirectives({ mapbox }), `script-src 'self' '${await jsFlagHash()}' '${await scriptHash(CONTINUE_SCRIPT)}'`, `style-src 'self'${styles}`, 'frame-ancestors *'].join('; ');
  return `/*\n  Content-Security-Policy: ${csp}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n`;
}
