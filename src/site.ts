import { withBase } from './lib/url/withBase.ts';

/** A link to a page of ours, under whatever base the site is built for. */
export const href = (path: string) => withBase(import.meta.env.BASE_URL, path);

export const SITE_TITLE = 'The Sealed Frontier';
