// Whether a source's link is the publisher's own page: its host must be one of the domains
// content/data/publishers.csv lists for the publisher (or for the newspaper that republished it).

/** The lower-case host of a URL, without a leading `www.`; '' for an unparseable URL. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** True when `host` is one of `domains` or a subdomain of one (`en.yna.co.kr` is under `yna.co.kr`). */
export function hostIsUnder(host: string, domains: readonly string[]): boolean {
  return domains.some((d) => {
    const domain = d.toLowerCase().replace(/^www\./, '');
    return host === domain || host.endsWith(`.${domain}`);
  });
}

/** Who owns the page a source links to: the republishing newspaper if there is one, else the publisher. */
export function linkOwner(source: { publisher: string; published_by: string }): string {
  return source.published_by || source.publisher;
}
