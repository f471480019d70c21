import { cspDirectives, jsFlagHash } from './csp.ts';

/**
 * headersFile({ mapbox }) is a `_headers` file: the same policy the pages carry in a <meta>, plus
 * what only a header can say. frame-ancestors is open so teachers can embed chapters anywhere.
 */
export async function headersFile({ mapbox }: { mapbox: boolean }): Promise<string> {
  const csp = [...cspDirectives({ mapbox }), `script-src 'self' '${await jsFlagHash()}'`, "style-src 'self'", 'frame-ancestors *'].join('; ');
  return `/*\n  Content-Security-Policy: ${csp}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n`;
}
