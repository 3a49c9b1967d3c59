/** Compiled lookups over the boilerplate lexicon (data in ./boilerplate.ts). */
import { ABOUT_WORDS, COMMENT_VERBS, END_MARKERS_HARD, END_MARKERS_SOFT, LEAD_INS, LINES, PHRASES, type Category } from './boilerplate.js';
import { caseless, classOf, isSpace, WORD_CHAR } from './chars.js';
import { TIME_AT_LETTERS, TIME_AT_WORDS } from './dates.js';
import { alternation, inOrder } from './pattern.js';
import { HASH_SEED, hashStep } from './stopwords.js';

export type { Category } from './boilerplate.js';

const LINE_CATEGORY = new Map<string, Category>();
for (const [cat, list] of Object.entries(LINES) as [Category, readonly string[]][]) {
  for (const phrase of list) if (!LINE_CATEGORY.has(phrase)) LINE_CATEGORY.set(phrase, cat);
}
/**
 * The lengths and first units of LINE_CATEGORY's keys, marked with 1: a key of another length
 * or start is none of them, and is not hashed for the look-up (most lines are no such key).
 */
const LINE_LENGTHS = new Uint8Array(Math.max(...[...LINE_CATEGORY.keys()].map((k) => k.length)) + 1);
const LINE_STARTS = new Uint8Array(0x10000);
for (const key of LINE_CATEGORY.keys()) {
  LINE_LENGTHS[key.length] = 1;
  LINE_STARTS[key.charCodeAt(0)] = 1;
}
/** LINE_CATEGORY.get(key), without hashing a key that cannot be one. */
const lineCategory = (key: string): Category | undefined =>
  key.length < LINE_LENGTHS.length && LINE_LENGTHS[key.length] === 1 && LINE_STARTS[key.charCodeAt(0)] === 1 ? LINE_CATEGORY.get(key) : undefined;

const PHRASE_CATEGORY = new Map<string, Category>();
for (const [cat, list] of Object.entries(PHRASES) as [Category, readonly string[]][]) {
  for (const phrase of list) if (!PHRASE_CATEGORY.has(phrase)) PHRASE_CATEGORY.set(phrase, cat);
}

/**
 * The phrases as a trie over their UTF-16 units: TRIE maps node * 0x10000 + unit to the child
 * node (node 0 is the root); PHRASE_AT[node] is the phrase that ends there, or -1. At a position,
 * the longest phrase that is there and not followed by a letter or digit is the match, as in the
 * alternation /(?<![\p{L}\p{N}])(?:LONGEST|...|SHORTEST)(?![\p{L}\p{N}])/gu.
 */
const PHRASE_LIST = [...PHRASE_CATEGORY.keys()];
const TRIE = new Map<number, number>();
const PHRASE_AT: number[] = [-1];
const PHRASE_STARTS = new Uint8Array(0x10000);
PHRASE_LIST.forEach((phrase, k) => {
  let node = 0;
  for (let i = 0; i < phrase.length; i++) {
    const key = node * 0x10000 + phrase.charCodeAt(i);
    let next = TRIE.get(key);
    if (next === undefined) {
      next = PHRASE_AT.length;
      PHRASE_AT.push(-1);
      TRIE.set(key, next);
    }
    node = next;
  }
  PHRASE_AT[node] = k;
  PHRASE_STARTS[phrase.charCodeAt(0)] = 1;
});
const markerRe = (list: readonly string[]) =>
  new RegExp(`^(?:${alternation(list)})(?![\\p{L}\\p{N}])`, 'u');
const END_HARD_RE = markerRe(END_MARKERS_HARD);
// "About Acme", "Über Die Zeitung": an about-word, then one to four capitalised words and nothing else.
const ABOUT_PREFIX_RE = new RegExp(`^(?:${alternation(ABOUT_WORDS)})\\s+`, 'iu');
const NAME_RE = /^\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3}$/u;
const ABOUT_START = caseless(ABOUT_WORDS.map((w) => w.charAt(0)));
const isAboutHeading = (text: string) => {
  if (!ABOUT_START(text.charCodeAt(0))) return false;
  const m = ABOUT_PREFIX_RE.exec(text);
  return m !== null && NAME_RE.test(text.slice(m[0].length));
};
const END_SOFT_RE = markerRe(END_MARKERS_SOFT);
const END_HARD_FIRST = new Set(END_MARKERS_HARD.map((m) => m.charCodeAt(0)));
const END_SOFT_FIRST = new Set(END_MARKERS_SOFT.map((m) => m.charCodeAt(0)));

/** Lines longer than this are only searched in their first part for phrases. */
export const PHRASE_SCAN_CHARS = 1000;

/**
 * Where a phrase can stand: every run of letters and digits of a phrase is a whole run of the
 * text, and they follow one another there. So a phrase of one run needs that run in the text,
 * and a longer one its first two runs one after the other ("in your inbox": "in", then "your").
 * These are their hashes (see hashStep; a pair's, see pairHash), in open-addressing tables.
 */
const pairHash = (first: number, second: number) => Math.imul(first ^ 0x5bd1e995, 0x2c1b3c6d) ^ second;
function hashTable(hashes: readonly number[]): Int32Array {
  let size = 64;
  while (size < hashes.length * 4) size *= 2;
  const table = new Int32Array(size);
  for (const h of hashes) {
    let slot = h & (size - 1);
    while (table[slot] !== 0 && table[slot] !== (h | 1)) slot = (slot + 1) & (size - 1);
    table[slot] = h | 1;
  }
  return table;
}
/** Whether a hash table may hold h (h and h ^ 1 are not told apart: a look-up may be wrong only the safe way). */
function mayHold(table: Int32Array, h: number): boolean {
  const key = h | 1;
  for (let slot = h & (table.length - 1); ; slot = (slot + 1) & (table.length - 1)) {
    const v = table[slot]!;
    if (v === key) return true;
    if (v === 0) return false;
  }
}
const [SINGLE_RUNS, RUN_PAIRS] = (() => {
  const singles: number[] = [];
  const pairs: number[] = [];
  for (const phrase of PHRASE_CATEGORY.keys()) {
    const runs: number[] = [];
    let h = HASH_SEED;
    let inRun = false;
    for (let i = 0; i <= phrase.length && runs.length < 2; ) {
      const cp = i < phrase.length ? phrase.codePointAt(i)! : 0;
      const word = i < phrase.length && (classOf(cp) & WORD_CHAR) !== 0;
      if (word) {
        for (let u = i; u < i + (cp > 0xffff ? 2 : 1); u++) h = hashStep(h, phrase.charCodeAt(u));
        inRun = true;
      } else if (inRun) {
        runs.push(h);
        h = HASH_SEED;
        inRun = false;
      }
      i += cp > 0xffff ? 2 : 1;
    }
    if (runs.length === 1) singles.push(runs[0]!);
    else if (runs.length === 2) pairs.push(pairHash(runs[0]!, runs[1]!));
  }
  return [hashTable(singles), hashTable(pairs)];
})();

/**
 * Whether a phrase may start at a run of letters and digits of the text whose hash is `run`,
 * the run before it (if `hasPrevious`) hashing `previous` (see SINGLE_RUNS): false means that
 * neither a phrase of one run ends here nor one of several has its first two runs here.
 */
export function mayOpenPhrase(hasPrevious: boolean, previous: number, run: number): boolean {
  return mayHold(SINGLE_RUNS, run) || (hasPrevious && mayHold(RUN_PAIRS, pairHash(previous, run)));
}

/** Whether the code point that ends at `end` is a letter or digit. */
function wordCharBefore(s: string, end: number): boolean {
  if (end <= 0) return false;
  let cp = s.charCodeAt(end - 1);
  if (cp >= 0xdc00 && cp < 0xe000 && end >= 2) {
    const high = s.charCodeAt(end - 2);
    if (high >= 0xd800 && high < 0xdc00) cp = (high - 0xd800) * 0x400 + (cp - 0xdc00) + 0x10000;
  }
  return (classOf(cp) & WORD_CHAR) !== 0;
}

/**
 * The text without the characters at its start and end that are not letters or digits:
 * s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').
 */
export function trimJunk(s: string): string {
  let start = 0;
  while (start < s.length) {
    const cp = s.codePointAt(start)!;
    if ((classOf(cp) & WORD_CHAR) !== 0) break;
    start += cp > 0xffff ? 2 : 1;
  }
  let end = s.length;
  while (end > start && !wordCharBefore(s, end)) end -= end - 2 >= start && s.codePointAt(end - 2)! > 0xffff ? 2 : 1;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

// Counts at either end of a line: "Comments (12)", "12 Comments".
const COUNT = /^\d+\s+|\s*\(?\d+\)?$/g;
const ASCII_DIGIT = /[0-9]/;

/** The key a whole line is looked up with: lower case, no edge punctuation, no counts. */
export function lineKey(text: string, lower: string = text.toLowerCase()): string {
  if (lower.length > 80) return lower;
  const key = trimJunk(lower);
  // Without a digit there is no count to remove, and the key is already trimmed.
  return ASCII_DIGIT.test(key) ? trimJunk(key.replace(COUNT, '')) : key;
}

const LEAD_IN_RE = new RegExp(
  `^(?:${alternation(LEAD_INS)})\\s*(?::|»|›|>|→|\\|)\\s*\\S`,
  'iu',
);

const LEAD_IN_START = caseless(LEAD_INS.map((w) => w.charAt(0)));

/**
 * The category when the whole line is a known piece of page furniture, or a "Read more: ..."
 * link. `lower` is the text lower-cased, when the caller has it.
 */
export function matchLine(text: string, lower?: string): Category | null {
  if (LEAD_IN_START(text.charCodeAt(0)) && LEAD_IN_RE.test(text)) return 'related';
  if (text.length > 80) return null;
  const key = lineKey(text, lower);
  if (key === '') return /\p{L}|\p{N}/u.test(text) ? null : 'ui';
  return lineCategory(key) ?? null;
}

/** The number of the longest phrase that stands at `p` and is not followed by a letter or digit, or -1. */
function phraseAt(lower: string, p: number): number {
  let found = -1;
  let node = 0;
  for (let i = p; i < lower.length; ) {
    const next = TRIE.get(node * 0x10000 + lower.charCodeAt(i));
    if (next === undefined) break;
    node = next;
    i++;
    if (PHRASE_AT[node]! >= 0 && (i >= lower.length || (classOf(lower.codePointAt(i)!) & WORD_CHAR) === 0)) found = PHRASE_AT[node]!;
  }
  return found;
}

/** The hash of s[from .. to - 1] (see hashStep). */
function hashOf(s: string, from: number, to: number): number {
  let h = HASH_SEED;
  for (let k = from; k < to; k++) h = hashStep(h, s.charCodeAt(k));
  return h;
}

/** Where the run of letters and digits that starts at `p` ends. */
function runEnd(s: string, p: number): number {
  let i = p;
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    if ((classOf(cp) & WORD_CHAR) === 0) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/**
 * Whether a phrase may start at the run of letters and digits s[p .. end - 1] (see
 * SINGLE_RUNS): it is a phrase's only run, or it and the next run are a phrase's first two.
 */
function mayStartAt(s: string, p: number, end: number): boolean {
  const run = hashOf(s, p, end);
  if (mayHold(SINGLE_RUNS, run)) return true;
  let next = end;
  while (next < s.length) {
    const cp = s.codePointAt(next)!;
    if ((classOf(cp) & WORD_CHAR) !== 0) break;
    next += cp > 0xffff ? 2 : 1;
  }
  return next < s.length && mayHold(RUN_PAIRS, pairHash(run, hashOf(s, next, runEnd(s, next))));
}

/** Every boilerplate phrase the text contains, with its category. `lowerText`: the text lower-cased, when the caller has it. */
export function matchPhrases(text: string, lowerText?: string): { phrase: string; category: Category }[] {
  const lower = text.length > PHRASE_SCAN_CHARS ? text.slice(0, PHRASE_SCAN_CHARS).toLowerCase() : (lowerText ?? text.toLowerCase());
  const out: { phrase: string; category: Category }[] = [];
  for (let p = 0; p < lower.length; ) {
    const first = lower.charCodeAt(p);
    const cp = first >= 0xd800 && first < 0xdc00 ? lower.codePointAt(p)! : first;
    // A phrase starts where a run of letters and digits does (or with a sign: "©"). The trie is
    // walked only where the run's hash says that a phrase may start: most runs start none.
    const word = (classOf(cp) & WORD_CHAR) !== 0;
    const end = word ? runEnd(lower, p) : p + (cp > 0xffff ? 2 : 1);
    if (PHRASE_STARTS[first] === 1 && (word ? mayStartAt(lower, p, end) : !wordCharBefore(lower, p))) {
      const k = phraseAt(lower, p);
      if (k >= 0) {
        const phrase = PHRASE_LIST[k]!;
        out.push({ phrase, category: PHRASE_CATEGORY.get(phrase)! });
        p += phrase.length;
        continue;
      }
    }
    p = end;
  }
  return out;
}

/** Whether the line opens the tail of a page: 'hard' ("Comments", "A message from ..."), 'soft' ("Related"), or null. */
export function endMarkerOf(text: string, words: number, lower: string = text.toLowerCase()): 'hard' | 'soft' | null {
  if (words > 8) return null;
  const key = trimJunk(lower);
  // The markers are lower case: a key can only start like one of them.
  const first = key.charCodeAt(0);
  if ((END_HARD_FIRST.has(first) && END_HARD_RE.test(key)) || isAboutHeading(trimJunk(text))) return 'hard';
  return END_SOFT_FIRST.has(first) && END_SOFT_RE.test(key) ? 'soft' : null;
}

/** True when the line opens the tail of a page ("Related", "Comments", "A message from ..."). */
export function isEndMarker(text: string, words: number): boolean {
  return endMarkerOf(text, words) !== null;
}

const COMMENT_VERB_LIST = alternation(COMMENT_VERBS);
const COMMENT_VERB_RE = new RegExp(`(?<![\\p{L}])(?:${COMMENT_VERB_LIST})\\s*:?$`, 'iu');
/** COMMENT_VERB_RE without the spaces and colon after the verb. */
const COMMENT_VERB_END_RE = new RegExp(`(?<![\\p{L}])(?:${COMMENT_VERB_LIST})$`, 'iu');
const LONGEST_VERB = Math.max(...COMMENT_VERBS.map((v) => v.length));
// "May 3, 2019 at 6:34 am", "3. Mai 2019 um 18:34", "03/05/2019 - 18:34": a date with a time.
const STAMP_RE = new RegExp(String.raw`\d{1,4}[\s./-]*(?:\p{L}+\.?\s*)?\d{0,4},?\s*(?:${inOrder([...TIME_AT_WORDS, ...TIME_AT_LETTERS])}|-|,)?\s*\d{1,2}[:.h]\d{2}`, 'u');
/** "At" before a time in so many letters (TIME_AT_WORDS; "o" and "в" are common words too). */
const AT_WORD_RE = new RegExp(`(?:\\b(?:${inOrder(TIME_AT_WORDS)})\\b)`, 'iu');
/** What every match of STAMP_RE ends with. */
const CLOCK = /\d[:.h]\d\d/;

/**
 * COMMENT_VERB_RE.test(text), read at the end of the text only: the verb ends where the
 * trailing spaces (and a last colon) begin, so the pattern runs on the few characters before.
 */
const COMMENT_VERB_END = caseless(COMMENT_VERBS.map((v) => v.charAt(v.length - 1)));

function endsWithCommentVerb(text: string): boolean {
  let end = text.length;
  if (text.charCodeAt(end - 1) === 0x3a) end--;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === 0 || !COMMENT_VERB_END(text.charCodeAt(end - 1))) return false;
  const from = Math.max(0, end - LONGEST_VERB);
  const m = COMMENT_VERB_END_RE.exec(text.slice(from, end));
  if (!m) return false;
  // A verb at the start of the cut: what stands before it, outside the cut, decides.
  return from === 0 || m.index > 1 ? true : COMMENT_VERB_RE.test(text);
}

/** A comment's header: a short line with the writer and a time stamp, or ending with "said:". */
export function isCommentHeader(text: string, words: number): boolean {
  if (words > 15) return false;
  return (
    endsWithCommentVerb(text) ||
    (words <= 12 && CLOCK.test(text) && STAMP_RE.test(text) && /\p{L}{2,}/u.test(text) && AT_WORD_RE.test(text))
  );
}
