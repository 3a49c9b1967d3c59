/**
 * Domain endings (top-level domains, and a few second-level ones) that mark a word as a web
 * address: the block features' link test (LINK in blocks/features.ts) and the publication-name
 * candidates' domains (DOMAIN in metadata/source.ts) know the common ones, and each a few
 * more of its own. Regexes try them in this order.
 */

/** The common domain endings, known to both. */
export const DOMAIN_ENDINGS: readonly string[] = [
  'com', 'org', 'net', 'info', 'io', 'co', 'de', 'fr', 'es', 'it', 'pl', 'ru', 'uk', 'nl', 'at', 'ch', 'eu', 'be', 'pt', 'br', 'mx', 'ar',
];

/** The endings of a link in a block: the common ones and two more. */
export const LINK_DOMAIN_ENDINGS: readonly string[] = [...DOMAIN_ENDINGS, 'gov', 'edu'];

/** The endings of a domain taken as a publication's name: the common ones, media endings and second-level ones. */
export const SITE_DOMAIN_ENDINGS: readonly string[] = [
  ...DOMAIN_ENDINGS, 'cl', 'pe', 'news', 'tv', 'fm', 'media', 'online', 'blog', 'co.uk', 'com.br', 'com.ar', 'com.mx', 'com.au',
];

/** Domain endings as a regex alternation (dots escaped), in their order. */
export const endingsPattern = (endings: readonly string[]) => `(?:${endings.map((d) => d.replaceAll('.', '\\.')).join('|')})`;
