/**
 * Regular-expression alternations made from the lexicon's word lists: the lists stay plain
 * strings, and every character a pattern would read as syntax is escaped.
 */

/** The string as a pattern that matches it literally. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words as alternatives in the order given, for patterns where the first that fits must win. */
export const inOrder = (list: readonly string[]): string => list.map(escapeRegExp).join('|');

/** The words as alternatives, longest first, so that a word is never cut short by one it starts with. */
export const alternation = (list: readonly string[]): string => [...list].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

/**
 * A test of whether a lower-case line starts with one of the given starts (lower case), a whole
 * word unless `glued` (then "media captionThe ..." counts too). Most lines are ruled out by
 * their first letter, before the pattern runs.
 */
export function startsWithAny(starts: readonly string[], glued = false): (lower: string) => boolean {
  const pattern = new RegExp(`^(?:${alternation(starts)})${glued ? '' : '(?![\\p{L}])'}`, 'u');
  const firstLetters: ReadonlySet<number> = new Set(starts.map((s) => s.charCodeAt(0)));
  return (lower) => firstLetters.has(lower.charCodeAt(0)) && pattern.test(lower);
}
