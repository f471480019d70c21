/** Mapbox's hosts, allowed only in a build with a token (mapbox-gl fetches tiles, styles and events). */
export const MAPBOX_HOSTS = ['https://api.mapbox.com', 'https://events.mapbox.com', 'https://*.tiles.mapbox.com'];

/** A directive as Astro's `security.csp.directives` types it: its name, then its sources. */
type CspDirective = `${'default-src' | 'img-src' | 'connect-src' | 'worker-src' | 'font-src' | 'object-src' | 'base-uri' | 'form-action'} ${string}`;

/**
 * cspDirectives({ mapbox }) lists the Content Security Policy directives other than script-src and
 * style-src (Astro hashes what each page inlines into those): our own origin only, plus Mapbox's
 * hosts, blob: workers and data:/blob: images when a token is configured.
 */
export function cspDirectives({ mapbox }: { mapbox: boolean }): CspDirective[] {
  const extra = (list: string[]) => (mapbox ? ` ${list.join(' ')}` : '');
  return [
    "default-src 'self'",
    `img-src 'self' data:${extra(['blob:', ...MAPBOX_HOSTS])}`,
    `connect-src 'self'${extra(MAPBOX_HOSTS)}`,
    `worker-src 'self'${extra(['blob:'])}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}

/** The inline script that marks `<html class="js">` before first paint, so no-JS figures never flash. */
export const JS_FLAG_SCRIPT = "document.documentElement.classList.add('js')";

/** The CSP source that allows exactly this inline script, e.g. `sha256-Du+O...`. */
export const scriptHash = async (script: string): Promise<`sha256-${string}`> => {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(script));
  return `sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
};

/** The CSP source that allows exactly JS_FLAG_SCRIPT (every page has it). */
export const jsFlagHash = () => scriptHash(JS_FLAG_SCRIPT);
