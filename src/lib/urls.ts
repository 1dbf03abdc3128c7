// Every URL the site links to is built here, so routes change in one place.
// `base` is Astro's configured base path (import.meta.env.BASE_URL in pages), defaulting to '/'.

const join = (base: string, path: string) => `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;

export const homeUrl = (base = '/') => join(base, '');
export const briefingUrl = (id: string, base = '/') => join(base, `briefings/${encodeURIComponent(id)}/`);
/** Link to one sentence of a briefing: the anchor every fact points back to. */
export const sentenceUrl = (reportId: string, sentenceId: string, base = '/') => `${briefingUrl(reportId, base)}#${sentenceId}`;
export const eventUrl = (id: string, base = '/') => join(base, `events/${encodeURIComponent(id)}/`);
export const searchUrl = (base = '/') => join(base, 'search/');
export const dataUrl = (file: string, base = '/') => join(base, `data/${file}`);
