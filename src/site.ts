import { withBase } from './lib/url/withBase.ts';

/** A link to a page of ours, under whatever base the site is built for. */
export const href = (path: string) => withBase(import.meta.env.BASE_URL, path);

/** The same link in full, on the site's origin (`Astro.site`, from SITE): for QR codes, citations and embed code. */
export const absoluteHref = (path: string, site: URL | undefined) => new URL(href(path), site ?? 'http://localhost/').href;

export const SITE_TITLE = 'The Sealed Frontier';
