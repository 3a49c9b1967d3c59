/**
 * Metadata values as the benchmark (../shared/bench/score.mjs) compares them, so that the
 * training and diagnosis scripts call right what the benchmark calls right.
 */

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const DOMAIN_END = /\.(?:com|net|org|info|news|co|io|tv|fm|me|eu|[a-z]{2}|co\.uk|com\.[a-z]{2}|co\.[a-z]{2})$/;

/** A title (or any value): compatibility forms, invisible characters, white space, case, quotes, dashes and ellipses unified. */
export const titleKey = (s: string): string =>
  s.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim().toLowerCase()
    .replace(/[‘’‚‛′`´]/g, "'").replace(/[“”„‟″«»]/g, '"').replace(/[‐‑‒–—―−]/g, '-').replace(/…/g, '...');

/** A publication's name: as a title, without a leading "The", "www." or a domain ending ("Snopes.com" is "Snopes"). */
export const sourceKey = (s: string): string => titleKey(s).replace(/^the\s+/, '').replace(/^www\./, '').replace(DOMAIN_END, '');
