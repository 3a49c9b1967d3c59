/** Compiled lookups over the boilerplate lexicon (data in ./boilerplate.ts). */
import { ABOUT_WORDS, COMMENT_VERBS, END_MARKERS_HARD, END_MARKERS_SOFT, LEAD_INS, LINES, PERSONAL_WORDS, PHRASES, type Category } from './boilerplate.js';

export type { Category } from './boilerplate.js';

const LINE_CATEGORY = new Map<string, Category>();
for (const [cat, list] of Object.entries(LINES) as [Category, readonly string[]][]) {
  for (const phrase of list) if (!LINE_CATEGORY.has(phrase)) LINE_CATEGORY.set(phrase, cat);
}

const PHRASE_CATEGORY = new Map<string, Category>();
for (const [cat, list] of Object.entries(PHRASES) as [Category, readonly string[]][]) {
  for (const phrase of list) if (!PHRASE_CATEGORY.has(phrase)) PHRASE_CATEGORY.set(phrase, cat);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// One alternation, longest phrases first; the boundaries are single-character look-arounds,
// so matching stays linear in the line length.
const PHRASE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...PHRASE_CATEGORY.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
const markerRe = (list: readonly string[]) =>
  new RegExp(`^(?:${[...list].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u');
const END_HARD_RE = markerRe(END_MARKERS_HARD);
// "About Acme", "Über Die Zeitung": an about-word, then one to four capitalised words and nothing else.
const ABOUT_PREFIX_RE = new RegExp(`^(?:${[...ABOUT_WORDS].sort((a, b) => b.length - a.length).map(escape).join('|')})\\s+`, 'iu');
const NAME_RE = /^\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3}$/u;
const isAboutHeading = (text: string) => {
  const m = ABOUT_PREFIX_RE.exec(text);
  return m !== null && NAME_RE.test(text.slice(m[0].length));
};
const END_SOFT_RE = markerRe(END_MARKERS_SOFT);

/** Lines longer than this are only searched in their first part for phrases. */
const PHRASE_SCAN_CHARS = 1000;

// Leading and trailing characters that are not letters or digits, and trailing counts: "Comments (12)", "12 Comments".
const EDGE_JUNK = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const COUNT = /^\d+\s+|\s*\(?\d+\)?$/g;

/** The key a whole line is looked up with: lower case, no edge punctuation, no counts. */
export function lineKey(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length > 80) return lower;
  return lower.replace(EDGE_JUNK, '').replace(COUNT, '').replace(EDGE_JUNK, '');
}

const LEAD_IN_RE = new RegExp(
  `^(?:${[...LEAD_INS].sort((a, b) => b.length - a.length).map(escape).join('|')})\\s*(?::|»|›|>|→|\\|)\\s*\\S`,
  'iu',
);

/** The category when the whole line is a known piece of page furniture, or a "Read more: ..." link. */
export function matchLine(text: string): Category | null {
  if (LEAD_IN_RE.test(text)) return 'related';
  if (text.length > 80) return null;
  const key = lineKey(text);
  if (key === '') return /\p{L}|\p{N}/u.test(text) ? null : 'ui';
  return LINE_CATEGORY.get(key) ?? null;
}

/** Every boilerplate phrase the text contains, with its category. */
export function matchPhrases(text: string): { phrase: string; category: Category }[] {
  const lower = (text.length > PHRASE_SCAN_CHARS ? text.slice(0, PHRASE_SCAN_CHARS) : text).toLowerCase();
  const out: { phrase: string; category: Category }[] = [];
  PHRASE_RE.lastIndex = 0;
  for (let m = PHRASE_RE.exec(lower); m; m = PHRASE_RE.exec(lower)) {
    out.push({ phrase: m[0], category: PHRASE_CATEGORY.get(m[0])! });
  }
  return out;
}

/** Whether the line opens the tail of a page: 'hard' ("Comments", "A message from ..."), 'soft' ("Related"), or null. */
export function endMarkerOf(text: string, words: number): 'hard' | 'soft' | null {
  if (words > 8) return null;
  const key = text.toLowerCase().replace(EDGE_JUNK, '');
  if (END_HARD_RE.test(key) || isAboutHeading(text.replace(EDGE_JUNK, ''))) return 'hard';
  return END_SOFT_RE.test(key) ? 'soft' : null;
}

/** True when the line opens the tail of a page ("Related", "Comments", "A message from ..."). */
export function isEndMarker(text: string, words: number): boolean {
  return endMarkerOf(text, words) !== null;
}

export const PERSONAL = new Set(PERSONAL_WORDS);

const COMMENT_VERB_RE = new RegExp(`(?<![\\p{L}])(?:${[...COMMENT_VERBS].sort((a, b) => b.length - a.length).map(escape).join('|')})\\s*:?$`, 'iu');
// "May 3, 2019 at 6:34 am", "3. Mai 2019 um 18:34", "03/05/2019 - 18:34": a date with a time.
const STAMP_RE = /\d{1,4}[\s./-]*(?:\p{L}+\.?\s*)?\d{0,4},?\s*(?:at|um|à|a las|alle|às|o|в|-|,)?\s*\d{1,2}[:.h]\d{2}/u;

/** A comment's header: a short line with the writer and a time stamp, or ending with "said:". */
export function isCommentHeader(text: string, words: number): boolean {
  if (words > 15) return false;
  return COMMENT_VERB_RE.test(text) || (words <= 12 && STAMP_RE.test(text) && /\p{L}{2,}/u.test(text) && /(?:\b(?:at|um|à|a las|alle|às)\b)/iu.test(text));
}
