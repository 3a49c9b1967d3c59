/**
 * Words that join the parts of a compound written once for two words ("Umwelt- und
 * Sozialstandards", "pre- and post-war", "pré- et post-opératoire"): after a hyphen that ends a
 * line, such a word stood after a space, not inside a word the wrapper hyphenated.
 */
export const SUSPENDED_HYPHEN_WORDS: ReadonlySet<string> = new Set([
  // English, German, Dutch, Scandinavian
  'and', 'or', 'und', 'oder', 'bzw', 'sowie', 'en', 'of', 'och', 'eller', 'og',
  // French, Spanish, Italian, Portuguese, Catalan
  'et', 'ou', 'y', 'o', 'e', 'i', 'ed', 'u',
  // Polish, Czech, Slovak, Russian, Ukrainian
  'a', 'lub', 'albo', 'nebo', 'alebo', 'и', 'или', 'і', 'або',
]);
