// Every path of the site that is built from a chapter or a sequence, in one place. Site paths,
// without the base path: `href()` in src/site.ts adds it. The route files under src/pages/ are the
// other half of each contract.

/** chapterPath('border-sealing') -> '/chapters/border-sealing/' */
export const chapterPath = (slug: string) => `/chapters/${slug}/`;

/** stepPath('border-sealing', 'hoeryong-2022') -> '/chapters/border-sealing/#hoeryong-2022': one moment of a chapter. */
export const stepPath = (slug: string, step: string) => `${chapterPath(slug)}#${step}`;

/** teachPath('border-sealing') -> '/teach/border-sealing/': the chapter's teaching notes. */
export const teachPath = (slug: string) => `/teach/${slug}/`;

/** handoutPath('border-sealing') -> '/teach/border-sealing/handout/' */
export const handoutPath = (slug: string) => `${teachPath(slug)}handout/`;

/** momentsPath('border-sealing') -> '/teach/border-sealing/moments/': the key moments on one page. */
export const momentsPath = (slug: string) => `${teachPath(slug)}moments/`;

/** embedPath('border-sealing') -> '/embed/border-sealing/'; with a sequence's id, that sequence alone. */
export const embedPath = (slug: string, sequence?: string) => (sequence ? `/embed/${slug}/${sequence}/` : `/embed/${slug}/`);

/** csvPath('border-sealing', 'defectors-peak-2009') -> '/data/border-sealing/defectors-peak-2009.csv': a sequence's data, named by its page and first step. */
export const csvPath = (page: string, firstStep: string) => `/data/${page}/${firstStep}.csv`;

/** shareImagePath('border-sealing') -> '/share/border-sealing.png'; `site` for the rest of the site. */
export const shareImagePath = (card: string) => `/share/${card}.png`;
