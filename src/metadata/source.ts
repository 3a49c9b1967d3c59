/**
 * The publication's name ("source"), when the page shows it.
 *
 * A site's name is the phrase its furniture keeps repeating: in the masthead and the footer,
 * in "About X", "Subscribe to X", "X newsletter", "© 2024 X", "Headline | X", in its domain.
 * Candidates are therefore:
 * - phrases (one to six words, name-shaped) that recur on separate short lines of the page
 *   and are maximal there: the words around them vary, so "Daily Lantern" always preceded
 *   by "The" gives way to "The Daily Lantern";
 * - names that generic cues put forward once: appeals ("A message from X"), copyright and
 *   trademark lines, subscription and newsletter prompts, parts of "Headline | Site" lines,
 *   short lines at the top or bottom of the page, domain names.
 * A logistic ranker (trained listwise by scripts/train.ts on the corpus's gold names, stored
 * in src/model/weights.json) scores each candidate from how and where it occurs; a softmax
 * over the page's candidates and "none of them" (whose score is minus the model's bias)
 * picks the name, which must win a large enough share.
 */
import { METADATA } from '../constants.js';
import { classOf, codePointBefore, hasDigits, isSpace, LETTER, LOWER, NUMBER, spacedOut, splitSpacedOut, UPPER, WORD_CHAR } from '../lexicon/chars.js';
import { MONTHS, WEEKDAYS } from '../lexicon/dates.js';
import { endingsPattern, SITE_DOMAIN_ENDINGS } from '../lexicon/domains.js';
import { matchLine } from '../lexicon/index.js';
import { Needles } from '../lexicon/needles.js';
import {
  COMPANY_FORMS,
  COMPANY_WORDS,
  COPYRIGHT_SIGNS,
  NOT_NAMES,
  PICTURE_AGENCIES,
  PUBLICATION_WORDS,
  SOCIAL_NETWORKS,
  RIGHTS_RESERVED_STARTS,
  SITE_ABOUT_BEFORE,
  SITE_ARTICLES,
  SUBSCRIBE_AFTER,
  SUBSCRIBE_BEFORE,
  SITE_CONTEXT_AFTER,
  SITE_CONTEXT_BEFORE,
} from '../lexicon/metadata.js';
import { HASH_SEED, hashStep, type Stopwords } from '../lexicon/stopwords.js';
import { alternation, escapeRegExp, inOrder } from '../lexicon/pattern.js';
import { dot, topReasons, type LinearModel } from '../blocks/model.js';
import { weightsOf } from '../model/linear.js';
import type { Labels } from '../blocks/classify.js';
import { hashOf } from '../page/intern.js';
import type { Page } from '../page/page.js';
import { newStats, PhraseStats, type PhraseLines, type Stats } from './phrases.js';

type Cue =
  | 'appeal'
  | 'about'
  | 'subscribe'
  | 'newsletter'
  | 'copyright'
  | 'copyright start'
  | 'trademark'
  | 'separator'
  | 'line'
  | 'domain'
  | 'domain name'
  | 'repeated'
  | 'context';

/** Each word as written and with a capital first letter ("follow", "Follow"). */
const capitalised = (list: readonly string[]) => list.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]);

/** Each pattern with the lower-case strings one of which it cannot match without (a cheap pre-check). */
const PATTERNS: { cue: Cue; needles: readonly string[]; re: RegExp }[] = [
  { cue: 'appeal', needles: ['a message from'], re: /^a message from\s+(.{2,60}?)\s*:?$/iu },
  { cue: 'appeal', needles: ['by supporting'], re: /\bby supporting\s+([^,.;]{2,60}?)\s*(?:,|\.|;|\s+you\b)/iu },
  {
    cue: 'subscribe',
    needles: SUBSCRIBE_BEFORE.map((w) => w.toLowerCase()),
    re: new RegExp(`^(?:${alternation(capitalised(SUBSCRIBE_BEFORE))})\\s+((?:(?:${alternation(capitalised([...SITE_ARTICLES]))})\\s+)?\\p{Lu}[^,.;:!?]{1,50}?)(?:['’]s)?(?:\\s+newsletters?)?\\s*[.!]?$`, 'u'),
  },
  {
    cue: 'subscribe',
    needles: SUBSCRIBE_AFTER.map((w) => w.toLowerCase()),
    re: new RegExp(`^(?:[Jj]etzt\\s+)?((?:(?:${alternation(capitalised([...SITE_ARTICLES]))})\\s+)?\\p{Lu}[^,.;:!?]{1,50}?)\\s+(?:${alternation(SUBSCRIBE_AFTER)})\\s*[.!]?$`, 'u'),
  },
  {
    cue: 'about',
    needles: SITE_ABOUT_BEFORE.map((w) => w.toLowerCase()),
    re: new RegExp(`^(?:${alternation(capitalised(SITE_ABOUT_BEFORE))})\\s+((?:(?:${alternation(capitalised([...SITE_ARTICLES]))})\\s+)?[\\p{Lu}\\p{N}][^,;:!?]{0,50}?)\\s*[.!:]?$`, 'u'),
  },
  // "Acme newsletter", "Acme-Newsletter".
  { cue: 'newsletter', needles: ['newsletter'], re: /^((?:the\s+)?\p{Lu}[^,.;:!?]{1,40}?)(?:\s+|-)newsletters?$/iu },
  {
    cue: 'copyright',
    needles: COPYRIGHT_SIGNS,
    re: new RegExp(
      String.raw`(?:${inOrder(COPYRIGHT_SIGNS)})\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*(?:[-–—]\s+)?)?(?:by\s+)?(\p{L}[^©|,;:()·•–—]{1,60}?)\s*(?:[,;|·•–—]|\.(?:\s|$)|\s-\s|${RIGHTS_RESERVED_STARTS.map((w) => String.raw`\s+${escapeRegExp(w)}`).join('|')}|\s+\d{4}|$)`,
      'iu',
    ),
  },
  { cue: 'trademark', needles: ['trademark'], re: /^(\p{Lu}[^,.;:!?]{1,40}?)\s+is a (?:registered )?trademark/u },
];
/** PATTERNS' needles, found in one pass over a line. */
const NEEDLES = new Needles(PATTERNS.map((p) => p.needles));
/** NEEDLES' bit for the copyright signs (© (c) copyright): a line with one is a copyright line. */
const COPYRIGHT_NEEDLE = 1 << PATTERNS.findIndex((p) => p.cue === 'copyright');
/**
 * Whether DOMAIN can match: it needs a dot before a top-level domain, which starts with a
 * letter (in either case; 'ſ' and the Kelvin sign 'K' match 's' and 'k' when case is ignored).
 */
function mayHaveDomain(text: string): boolean {
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
    const c = text.charCodeAt(i + 1) | 0x20;
    if ((c >= 0x61 && c <= 0x7a) || c === 0x17f || c === 0x212a) return true;
  }
  return false;
}

/** | – — • · » - */
const isSeparator = (c: number) => c === 0x7c || c === 0x2013 || c === 0x2014 || c === 0x2022 || c === 0xb7 || c === 0xbb || c === 0x2d;

/** Whether a line has a separator (see isSeparator) with white space on either side: /\s+[|–—•·»-]\s+/u. */
const maySeparate = (text: string) => spacedOut(text, isSeparator);
const TLD = endingsPattern(SITE_DOMAIN_ENDINGS);
const DOMAIN = new RegExp(`(?<![\\p{L}\\p{N}.@-])(?:www\\.)?([\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)?\\.${TLD})(?![\\p{L}\\p{N}-])`, 'giu');
const COMPANY_TAIL = new RegExp(`(?:[\\s,]+(?:${inOrder(COMPANY_WORDS)})\\.?)+$`, 'iu');
const COMPANY = new RegExp(`\\b(?:${inOrder(COMPANY_FORMS)})\\b\\.?`, 'u');
const NOT_A_NAME = new RegExp(`^(?:${inOrder(NOT_NAMES)})$`, 'iu');
/**
 * The lengths NOT_A_NAME can match: ignoring case pairs a character of the basic plane with
 * one of the same plane only, so a match is as long as its word. Most names are no such length.
 */
const NOT_NAME_LENGTHS: ReadonlySet<number> = new Set(NOT_NAMES.map((w) => w.length));
/** NOT_A_NAME.test(s), skipping the regex for a length no word of NOT_NAMES has. */
const notAName = (s: string) => NOT_NAME_LENGTHS.has(s.length) && NOT_A_NAME.test(s);

export interface Candidate {
  name: string;
  /** The name lower-cased. */
  key: string;
  cues: Set<Cue>;
  /** First block that gave it. */
  block: number;
  /** The key's words (key.split(' ')), when the phrase count gave them (see PhraseStats.maximal). */
  words?: readonly string[];
  /**
   * Its phrase statistics (stats.get(key)), when the phrase count or the count of long lines
   * gave them: most candidates come with theirs, and need not be looked up by their text.
   */
  stats?: Stats;
}

/** Quotes and white space that go from the start of a name... */
const LEADING = (c: number) => isSpace(c) || c === 0x22 || c === 0x27 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || c === 0x201e;
/** ...and these from its end. */
const TRAILING = (c: number) =>
  isSpace(c) || c === 0x22 || c === 0x27 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || c === 0x3a || c === 0x7c || c === 0x2e || c === 0x2c;

/**
 * A name as proposed: white space runs made one space, quotes and white space off its start,
 * and the run of quotes, white space and : | . , that ends it, as
 * raw.replace(/\s+/g, ' ').replace(/^[\s"'“”«»„]+|(?<![\s"'“”«»:|.,])[\s"'“”«»:|.,]+$/gu, '')
 * does: the ending run goes only when it starts at or after the end of the starting one.
 * An abbreviation keeps its last dot ("e.V."). Null when that is no name: too short or long,
 * no letter, or a word like "copyright".
 */
function tidy(raw: string): string | null {
  let s = raw;
  for (let i = 0; i < s.length; i++) {
    if (isSpace(s.charCodeAt(i)) && (s.charCodeAt(i) !== 0x20 || isSpace(s.charCodeAt(i + 1)))) {
      s = s.replace(/\s+/g, ' ');
      break;
    }
  }
  let from = 0;
  while (from < s.length && LEADING(s.charCodeAt(from))) from++;
  let to = s.length;
  while (to > 0 && TRAILING(s.charCodeAt(to - 1))) to--;
  if (to < from) to = s.length;
  // An abbreviation keeps its last dot ("Acme e.V.", "U.S.").
  else if (s.charCodeAt(to) === 0x2e && to >= 3 && s.charCodeAt(to - 2) === 0x2e && /\p{L}/u.test(s.charAt(to - 1)) && /\p{L}/u.test(s.charAt(to - 3))) to++;
  if (to - from < 2 || to - from > 60) return null;
  s = from === 0 && to === s.length ? s : s.slice(from, to);
  let spaces = 0;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) spaces++;
  if (spaces + 1 > METADATA.SOURCE_MAX_WORDS) return null;
  if (!/\p{L}/u.test(s) || notAName(s)) return null;
  return s;
}

/** The lines searched, by index: the page's first and last ones (a masthead and a footer), not too long. */
function scannedLines(page: Page): number[] {
  const max = METADATA.SOURCE_SCAN_BLOCKS;
  const n = page.length;
  const texts = page.table.texts;
  const out: number[] = [];
  const scan = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (texts[i]!.length <= METADATA.SOURCE_LINE_MAX_CHARS) out.push(i);
  };
  if (n <= 2 * max) scan(0, n);
  else {
    scan(0, max);
    scan(n - max, n);
  }
  return out;
}

/** The page's lines as the phrase count reads them. */
function phraseLines(page: Page, labels: Labels): PhraseLines {
  const t = page.table;
  return {
    length: t.length,
    text: (i) => t.texts[i]!,
    lower: (i) => page.lower(i),
    words: (i) => t.words[i]!,
    gapBefore: (i) => t.gapBefore[i]!,
    inBody: (i) => labels.label[i] === 'body',
  };
}

/** Counts every phrase of up to SOURCE_MAX_WORDS words over the scanned short lines (`scanned`: see scannedLines). */
function phraseStats(page: Page, labels: Labels, scanned: readonly number[]): PhraseStats {
  const t = page.table;
  const short = scanned.filter((i) => t.words[i]! <= METADATA.SOURCE_SHORT_LINE_WORDS && t.texts[i]!.length <= METADATA.SOURCE_SHORT_LINE_CHARS);
  return PhraseStats.of(phraseLines(page, labels), short);
}

/** A letter or digit, read one UTF-16 unit at a time (a surrogate is neither): /[\p{L}\p{N}]/u on charAt. */
const wordUnit = (c: number) => (c < 0xd800 || c >= 0xe000) && (classOf(c) & WORD_CHAR) !== 0;

/**
 * Where each key occurs in `text` as a whole word (no letter or digit just before or after),
 * in order. A key that starts with a letter or digit can only start where a run of letters and
 * digits does, and that run is the key's first one: the text's runs are read once and their
 * starts kept for the keys whose first run they hash like. Other keys are searched for.
 */
function wholeWordMentions(text: string, keys: readonly string[]): number[][] {
  // The keys' first runs, numbered by hash: slot -> number + 1 in an open-addressing table.
  const runOf: number[] = [];
  const hashes: number[] = [];
  let size = 64;
  while (size < keys.length * 4) size *= 2;
  const slots = new Int32Array(size);
  const slotOf = (h: number) => {
    let slot = h & (size - 1);
    while (slots[slot] !== 0 && hashes[slots[slot]! - 1] !== h) slot = (slot + 1) & (size - 1);
    return slot;
  };
  for (const key of keys) {
    if (!wordUnit(key.charCodeAt(0))) {
      runOf.push(-1);
      continue;
    }
    let end = 1;
    while (end < key.length && wordUnit(key.charCodeAt(end))) end++;
    const h = hashOf(key, 0, end);
    const slot = slotOf(h);
    if (slots[slot] === 0) {
      hashes.push(h);
      slots[slot] = hashes.length;
    }
    runOf.push(slots[slot]! - 1);
  }
  const starts: number[][] = hashes.map(() => []);
  const n = text.length;
  if (hashes.length > 0) {
    for (let i = 0; i < n; ) {
      let c = text.charCodeAt(i);
      if (!wordUnit(c)) {
        i++;
        continue;
      }
      const start = i;
      let h = HASH_SEED;
      do {
        h = hashStep(h, c);
        i++;
      } while (i < n && wordUnit((c = text.charCodeAt(i))));
      const k = slots[slotOf(h)]! - 1;
      if (k >= 0) starts[k]!.push(start);
    }
  }
  return keys.map((key, k) => {
    const found: number[] = [];
    const run = runOf[k]!;
    if (run < 0) {
      for (let pos = text.indexOf(key); pos >= 0; pos = text.indexOf(key, pos + 1)) {
        if (!wordUnit(text.charCodeAt(pos - 1)) && !wordUnit(text.charCodeAt(pos + key.length))) found.push(pos);
      }
    } else {
      for (const pos of starts[run]!) if (text.startsWith(key, pos) && !wordUnit(text.charCodeAt(pos + key.length))) found.push(pos);
    }
    return found;
  });
}

/** Mentions of the candidates in the scanned longer lines (prose, footers), a line counted once. */
function countLongMentions(page: Page, labels: Labels, scanned: readonly number[], candidates: readonly Candidate[], stats: PhraseStats): void {
  const words = page.table.words;
  const long = scanned.filter((i) => words[i]! > METADATA.SOURCE_SHORT_LINE_WORDS && words[i]! <= METADATA.SOURCE_LONG_LINE_WORDS);
  if (long.length === 0) return;
  const starts: number[] = [];
  let joined = '';
  for (const i of long) {
    starts.push(joined.length);
    joined += page.lower(i) + '\n';
  }
  const lineAt = (pos: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const mentions = wholeWordMentions(joined, candidates.map((c) => c.key));
  candidates.forEach((c, k) => {
    if (mentions[k]!.length === 0) return;
    let s = c.stats ?? stats.get(c.key);
    let last = -1;
    for (const pos of mentions[k]!) {
      const line = lineAt(pos);
      if (line === last) continue;
      last = line;
      if (!s) {
        s = newStats(c.name, long[line]!);
        stats.set(c.key, s);
        c.stats = s;
      }
      s.lines++;
      s.longLines++;
      if (labels.label[long[line]!] === 'body') s.bodyLines++;
    }
  });
}

/** A phrase that can be a name: starts with a capital, a digit, or is a domain; does not end in a small word. */
function nameShaped(name: string, stopwords: Stopwords | null): boolean {
  if ((classOf(name.codePointAt(0) ?? 0) & (UPPER | NUMBER)) === 0 && !domainEnd(name)) return false;
  const space = name.lastIndexOf(' ');
  if (stopwords && space >= 0 && stopwords.has(name.slice(space + 1).toLowerCase())) return false;
  return !digitWords(name);
}

/** Ends with a dot and two letters or more: /\.\p{L}{2,}$/u. */
function domainEnd(name: string): boolean {
  let end = name.length;
  let letters = 0;
  while (end > 0) {
    const cp = codePointBefore(name, end);
    if ((classOf(cp) & LETTER) === 0) break;
    letters++;
    end -= cp > 0xffff ? 2 : 1;
  }
  return letters >= 2 && name.charCodeAt(end - 1) === 0x2e;
}

/** Every word (between single spaces) is digits: name.split(' ').every((w) => /^\p{N}+$/u.test(w)). */
function digitWords(name: string): boolean {
  let inWord = false;
  for (let i = 0; i < name.length; ) {
    const cp = name.codePointAt(i)!;
    if (cp === 0x20) {
      if (!inWord) return false;
      inWord = false;
    } else if ((classOf(cp) & NUMBER) === 0) return false;
    else inWord = true;
    i += cp > 0xffff ? 2 : 1;
  }
  return inWord;
}

/** Candidate names of the page, each with the cues that proposed it. */
/** The page's name candidates, the phrase counts, and the scanned copyright lines, which the ranker's features read. */
export interface SourceCandidates {
  candidates: Candidate[];
  stats: PhraseStats;
  /** The scanned lines (see scannedLines) of up to SOURCE_LONG_LINE_WORDS words with a copyright sign, lower-cased. */
  copyrightLines: string[];
}

export function sourceCandidates(page: Page, labels: Labels, stopwords: Stopwords | null = null): SourceCandidates {
  const byKey = new Map<string, Candidate>();
  const add = (raw: string, cue: Cue, block: number) => {
    const name = tidy(raw);
    if (!name) return;
    const key = name.toLowerCase();
    const c = byKey.get(key);
    if (c) c.cues.add(cue);
    // (every candidate has all the fields from the start: objects of one shape read faster)
    else byKey.set(key, { name, key, cues: new Set<Cue>().add(cue), block, words: undefined, stats: undefined });
  };
  const t = page.table;
  const n = t.length;
  const scanned = scannedLines(page);
  const copyrightLines: string[] = [];
  for (const i of scanned) {
    const text = t.texts[i]!;
    const w = t.words[i]!;
    if (w > METADATA.SOURCE_LONG_LINE_WORDS) continue;
    const lower = page.lower(i);
    const found = NEEDLES.find(lower);
    if ((found & COPYRIGHT_NEEDLE) !== 0) copyrightLines.push(lower);
    for (let k = 0; k < PATTERNS.length && found !== 0; k++) {
      if ((found & (1 << k)) === 0) continue;
      const { cue, re } = PATTERNS[k]!;
      const m = re.exec(text);
      if (!m) continue;
      if (cue !== 'copyright') {
        add(m[1]!, cue, i);
        continue;
      }
      // A holder with a slash is a picture's credit ("© Jane Doe/AP"), not the site's; a
      // slash between spaces joins two holders ("© 2019 Acme News / Acme Verlag GmbH").
      const holders = m[1]!.replace(/^(?:copyright|by)\s+/iu, '').split(/\s+\/\s+/u);
      for (let holder of holders) {
        if (holder.includes('/')) continue;
        // "Acme e.V." keeps the dot its last abbreviation ends with.
        if (/(?:^|\s|\.)\p{L}\.\p{L}$/u.test(holder) && text.charCodeAt(m.index + m[0].length - 1) === 0x2e) holder += '.';
        add(holder, cue, i);
        // "Forbes Media LLC", "Acme Publishing Group": the brand is the holder without its company words.
        const brand = holder.replace(COMPANY_TAIL, '');
        if (brand !== holder) add(brand, 'copyright start', i);
      }
    }
    if (w <= METADATA.SOURCE_LONG_LINE_WORDS && mayHaveDomain(text)) {
      for (const d of text.matchAll(DOMAIN)) {
        add(d[1]!, 'domain', i);
        add(d[1]!.replace(/\.[^.]+$/u, ''), 'domain name', i);
      }
    }
    const nearEdge = i < METADATA.SOURCE_TOP_BLOCKS || i >= n - METADATA.SOURCE_BOTTOM_BLOCKS;
    if (nearEdge && w <= METADATA.SOURCE_MAX_WORDS && !endsWithAny(text, '.,:;!?') && labels.label[i] !== 'body') {
      add(text, 'line', i);
    }
    if (w <= 20 && maySeparate(text)) {
      // "Headline | Site": a short part beside a headline-long one. (text.split(/\s+[|–—•·»-]\s+/u),
      // without the regex; maySeparate says there are two parts or more.)
      const parts = splitSpacedOut(text, isSeparator);
      if (parts.some((p) => p.split(/\s+/).length >= 4)) {
        for (const part of parts) if (part.split(/\s+/).length <= 4) add(part, 'separator', i);
      }
    }
  }
  const stats = phraseStats(page, labels, scanned);
  for (const [key, s, words] of stats.maximal()) {
    if (!nameShaped(s.name, stopwords) || notAName(s.name)) continue;
    const c = byKey.get(key);
    if (c) {
      c.cues.add('repeated');
      c.words ??= words;
      c.stats = s;
    } else byKey.set(key, { name: s.name, key, cues: new Set<Cue>().add('repeated'), block: s.firstBlock, words, stats: s });
  }
  for (const [key, s, words] of stats.afterContext()) {
    if (byKey.has(key) || !nameShaped(s.name, stopwords) || notAName(s.name)) continue;
    byKey.set(key, { name: s.name, key, cues: new Set<Cue>().add('context'), block: s.firstBlock, words, stats: s });
  }
  const candidates = [...byKey.values()];
  countLongMentions(page, labels, scanned, candidates, stats);
  return { candidates, stats, copyrightLines };
}

/** The letters and digits of a text, lower-cased: s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''). */
function letters(s: string): string {
  const lower = s.toLowerCase();
  let out = '';
  let from = 0;
  for (let i = 0; i < lower.length; ) {
    const cp = lower.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    if ((classOf(cp) & WORD_CHAR) === 0) {
      if (i > from) out += lower.slice(from, i);
      from = i + w;
    }
    i += w;
  }
  return from === 0 ? lower : out + lower.slice(from);
}

/** The cues as bits of a number (see cueBits). */
const CUE_BIT: Readonly<Record<Cue, number>> = {
  appeal: 1, about: 2048, subscribe: 2, newsletter: 4, copyright: 8, 'copyright start': 16, trademark: 32, separator: 64, line: 128,
  domain: 256, 'domain name': 512, repeated: 1024, context: 4096,
};

/** A candidate's cues as bits: (cueBits(c) & CUE_BIT[cue]) !== 0 is c.cues.has(cue). */
function cueBits(c: Candidate): number {
  let bits = 0;
  for (const cue of c.cues) bits |= CUE_BIT[cue];
  return bits;
}

/** Whether s.split(/[\s.]+/u) has more than one part: s holds white space or a dot. */
export function spacedOrDotted(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2e || isSpace(c)) return true;
  }
  return false;
}

/** More than one letter, and none that upper case changes. */
function allCapitals(name: string): boolean {
  let ascii = true;
  let count = 0;
  for (let i = 0; i < name.length && ascii; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0x80) ascii = false;
    else if (c >= 0x61 && c <= 0x7a) return false;
    else if (c >= 0x41 && c <= 0x5a) count++;
  }
  if (ascii) return count > 1;
  const caps = name.replace(/[^\p{L}]/gu, '');
  return caps.length > 1 && caps === caps.toUpperCase();
}

/** Whether the last character of `s` is one of `chars`. */
const endsWithAny = (s: string, chars: string) => s.length > 0 && chars.includes(s.charAt(s.length - 1));


/** A name candidate as the name ranker's features read it. */
interface RankedName {
  candidate: Candidate;
  /** The kinds of evidence of all its spellings (see EVIDENCE, spellingGroups). */
  evidence: number;
  /** Its phrase statistics, if it has some. */
  stats: Stats | undefined;
  /** Lines mentioning it. */
  lines: number;
  /** The first and last blocks it is in. */
  first: number;
  last: number;
  top: number;
  bottom: number;
  /** Its cues, as bits (see cueBits). */
  cues: number;
  /** Its words, lower-cased. */
  words: readonly string[];
  /** Whether the whole name is a piece of page furniture. */
  furniture: boolean;
  /** Its letters and digits, lower-cased (see letters), when the page shows a domain; else ''. */
  letters: string;
  /** How many of its words are stopwords. */
  stopwords: number;
  /** Its letters agree with a domain of the page (see domainBacked), and it is no domain itself. */
  backed: boolean;
  /** A name of another spelling group agrees so. */
  otherBacked: boolean;
  /** Its first line is short, among short lines (a menu's run of items). */
  menu: boolean;
  /** Its words' initials (see initials) when it has two words or more; else ''. */
  initials: string;
  /** A word of it names a social network (see socialWord). */
  social: boolean;
  /** When it ends with a publication word (see PUBLICATION_WORDS), what comes before it ("acme" of "acme magazine", "acme-magazin"); else ''. */
  publicationEnd: string;
  /** It is one word, the initials of a longer name on the page ("ADN", "Acme Daily News"). */
  abbreviation: boolean;
  /** Its initials are a name on the page. */
  abbreviated: boolean;
}

/** What the name ranker's features read of the page and of all its candidates. */
interface NameScope {
  n: number;
  /** The headline lower-cased, if any. */
  titleLower: string | null;
  /** The page's domains, letters only. */
  domainLetters: Set<string>;
  /** Names in the page's bylines, lower-cased. */
  bylineNames: Set<string>;
  /** The words of those names of three letters or more. */
  bylineWords: Set<string>;
  /** The candidates' keys. */
  keys: ReadonlySet<string>;
  /** The keys that another candidate extends by a publication word ("acme" when "acme magazine" is one). */
  publicationStarts: ReadonlySet<string>;
  /** log1p(the number of candidates) / 5. */
  count: number;
  /** The most lines a candidate that is not furniture is in (1 at least). */
  maxLines: number;
  /** Names inside a longer candidate, and the names holding them. */
  inside: Set<string>;
  holds: Set<string>;
  /** The scanned copyright lines, lower-cased. */
  copyrightLines: readonly string[];
  stopwords: Stopwords | null;
  /** The page's domains' names (without www. and ending), letters only. */
  domainNames: string[];
}

interface NameFeature {
  name: string;
  value: (c: RankedName, s: NameScope) => number;
}

const bit = (b: boolean) => (b ? 1 : 0);
const cue = (c: RankedName, name: Cue) => bit((c.cues & CUE_BIT[name]) !== 0);

/** Picture agencies and libraries, lower-cased: a name of one of them on a page is a credit's. */
const AGENCIES: ReadonlySet<string> = new Set(PICTURE_AGENCIES.map((a) => a.toLowerCase()));
/** Month and weekday names: a phrase holding one is a date's. */
const DATE_WORDS: ReadonlySet<string> = new Set([...Object.keys(MONTHS), ...WEEKDAYS]);

/** An agency's name, or one followed by more words ("Getty Images", "Reuters Pictures"), a © before it or not. */
function agencyName(c: RankedName): boolean {
  const first = c.words[0]!;
  return AGENCIES.has(c.candidate.key) || AGENCIES.has(first.charCodeAt(0) === 0xa9 ? first.slice(1) : first);
}

/** Holds © ( ) [ ] : » › >: /[©()[\]:»›>]/u. */
function holdsSign(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 0xa9 || c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x3a || c === 0xbb || c === 0x203a || c === 0x3e) return true;
  }
  return false;
}

/**
 * The first letter or digit of each lower-case word from `from` on ("new york post": "nyp"):
 * words.slice(from).map((w) => letters(w).charAt(0)).join('').
 */
function initials(words: readonly string[], from = 0): string {
  let out = '';
  for (let k = from; k < words.length; k++) {
    const w = words[k]!;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (wordUnit(c)) {
        out += w.charAt(i);
        break;
      }
      // (a letter outside the basic plane: letters() keeps its first unit)
      if (c >= 0xd800 && c < 0xdc00 && (classOf(w.codePointAt(i)!) & WORD_CHAR) !== 0) {
        out += w.charAt(i);
        break;
      }
    }
  }
  return out;
}

/** A domain of the page whose name starts with (but is not) the name's letters: "Live Science", livesciencemag.com. */
function startsDomain(c: RankedName, s: NameScope): boolean {
  if (s.domainNames.length === 0) return false;
  const l = c.letters;
  return l.length >= 3 && s.domainNames.some((d) => d !== l && d.startsWith(l));
}

/** A domain of the page whose name starts with the name's initials ("New York Post", nypost.com). */
function initialsStartDomain(c: RankedName, s: NameScope): boolean {
  if (c.words.length < 2 || s.domainNames.length === 0) return false;
  const i = c.initials;
  return i.length >= 2 && s.domainNames.some((d) => d.startsWith(i));
}

/** A social network's name, or its page ("facebook", "Facebook-Seite"). */
const socialWord = (w: string) => SOCIAL_NETWORKS.has(w) || (w.endsWith('ite') && SOCIAL_NETWORKS.has(w.replace(/[-‐]se?ite$/u, '')));

/**
 * What comes before a publication word that ends a name of two words or more, or a
 * hyphenated last word ("acme magazine", "acme-magazin": "acme"); '' when it ends otherwise.
 */
function publicationEnd(words: readonly string[]): string {
  const last = words[words.length - 1]!;
  const hyphen = last.lastIndexOf('-');
  if (hyphen > 0 && PUBLICATION_WORDS.has(last.slice(hyphen + 1))) {
    return words.length === 1 ? last.slice(0, hyphen) : `${words.slice(0, -1).join(' ')} ${last.slice(0, hyphen)}`;
  }
  return words.length >= 2 && PUBLICATION_WORDS.has(last) ? words.slice(0, -1).join(' ') : '';
}

/** Every word starts with a capital or a digit. */
function titleCased(c: RankedName): boolean {
  const name = c.candidate.name;
  for (let i = 0; i < name.length; i = name.indexOf(' ', i) + 1) {
    if ((classOf(name.codePointAt(i)!) & (UPPER | NUMBER)) === 0) return false;
    if (name.indexOf(' ', i) < 0) break;
  }
  return true;
}

/**
 * Kinds of evidence that a name is the site's, as bits: a copyright line, a "Headline | Site"
 * line, the page's domain, a line of its own at the top or bottom, repetition, a call
 * ("About X", "Subscribe to X", "X newsletter", "bei X"). One kind can be chance; a name that
 * several independent kinds agree on seldom is.
 */
const EVIDENCE = { copyright: 1, separator: 2, domain: 4, line: 8, repeated: 16, call: 32 } as const;

/** A candidate's kinds of evidence (see EVIDENCE); `domainSpelled`: its letters are a domain's of the page. */
function evidenceOf(cues: number, domainSpelled: boolean): number {
  let e = 0;
  if ((cues & (CUE_BIT.copyright | CUE_BIT['copyright start'])) !== 0) e |= EVIDENCE.copyright;
  if ((cues & CUE_BIT.separator) !== 0) e |= EVIDENCE.separator;
  if (domainSpelled || (cues & (CUE_BIT.domain | CUE_BIT['domain name'])) !== 0) e |= EVIDENCE.domain;
  if ((cues & CUE_BIT.line) !== 0) e |= EVIDENCE.line;
  if ((cues & CUE_BIT.repeated) !== 0) e |= EVIDENCE.repeated;
  if ((cues & (CUE_BIT.about | CUE_BIT.subscribe | CUE_BIT.newsletter | CUE_BIT.context)) !== 0) e |= EVIDENCE.call;
  return e;
}

/** Set bits of a small number. */
function bitCount(x: number): number {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
}

/** Both kinds of evidence are in `e`. */
const agree = (e: number, a: number, b: number) => bit((e & a) !== 0 && (e & b) !== 0);

/** A key without "www." and a domain ending ("www.acme.com": "acme"). */
function withoutDomain(key: string): string {
  const k = key.startsWith('www.') ? key.slice(4) : key;
  return k.includes('.') ? k.replace(SPELLING_END, '') : k;
}

/**
 * Spellings of one name, grouped: candidates whose letters agree once "the", "www." and a
 * domain ending are off, or with "the" kept ("The Acme", "Acme", "theacme.com", "ACME",
 * "Acme-Post" and "Acme Post" are one name). Returns each candidate's group, the index of its
 * group's first member. `keyLetters`: the keys' letters (see letters), when the caller has them.
 */
export function spellingGroups(keys: readonly string[], keyLetters: readonly string[] = keys.map(letters)): number[] {
  const parent = keys.map((_, k) => k);
  const find = (k: number): number => {
    let r = k;
    while (parent[r] !== r) r = parent[r]!;
    return r;
  };
  const firstWith = new Map<string, number>();
  const join = (root: string, k: number) => {
    if (root.length === 0) return;
    const j = firstWith.get(root);
    if (j === undefined) firstWith.set(root, k);
    else {
      const a = find(j);
      const b = find(k);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  };
  keys.forEach((key, k) => {
    // (Most keys have no "www." or domain ending: their letters are known.)
    const own = withoutDomain(key);
    join(own === key ? keyLetters[k]! : letters(own), k);
    // Without a leading "the " the two spellings are one.
    if (key.startsWith('the ')) join(letters(spellingOf(key)), k);
  });
  return keys.map((_, k) => find(k));
}

/** The name ranker's features, in the order of its weights. */
const SOURCE_TABLE: readonly NameFeature[] = [
  { name: 'lines mentioning it', value: (c) => Math.log1p(c.lines) / 3 },
  { name: 'lines equal to it', value: (c) => Math.log1p(c.stats?.equal ?? 0) / 2 },
  { name: 'mentions in long lines', value: (c) => Math.log1p(c.stats?.longLines ?? 0) / 2 },
  { name: 'mentions in article lines', value: (c) => Math.log1p(c.stats?.bodyLines ?? 0) / 2 },
  { name: 'near the top', value: (c) => c.top },
  { name: 'near the bottom', value: (c) => c.bottom },
  { name: 'top and bottom', value: (c) => bit(c.top === 1 && c.bottom === 1) },
  { name: 'first seen (position)', value: (c, s) => (s.n > 1 ? c.first / (s.n - 1) : 0) },
  { name: 'copyright holder', value: (c) => cue(c, 'copyright') },
  { name: 'start of a copyright holder', value: (c) => cue(c, 'copyright start') },
  { name: 'appeal', value: (c) => cue(c, 'appeal') },
  { name: 'subscribe or follow', value: (c) => cue(c, 'subscribe') },
  { name: '"About X", "Welcome to X"', value: (c) => cue(c, 'about') },
  { name: 'newsletter', value: (c) => cue(c, 'newsletter') },
  { name: 'trademark', value: (c) => cue(c, 'trademark') },
  { name: 'part of a "Headline | Site" line', value: (c) => cue(c, 'separator') },
  { name: 'domain', value: (c) => cue(c, 'domain') },
  { name: 'name of a domain', value: (c) => cue(c, 'domain name') },
  { name: 'spelled like a domain on the page', value: (c, s) => bit(s.domainLetters.size > 0 && s.domainLetters.has(c.letters)) },
  { name: 'site words before it', value: (c) => Math.log1p(c.stats?.contextBefore ?? 0) / 2 },
  { name: 'site words after it', value: (c) => Math.log1p(c.stats?.contextAfter ?? 0) / 2 },
  { name: 'words before it vary', value: (c) => bit(c.stats?.beforeVaries === true) },
  { name: 'words after it vary', value: (c) => bit(c.stats?.afterVaries === true) },
  { name: '1 word', value: (c) => bit(c.words.length === 1) },
  { name: '2 words', value: (c) => bit(c.words.length === 2) },
  { name: '3-4 words', value: (c) => bit(c.words.length >= 3 && c.words.length <= 4) },
  { name: '5+ words', value: (c) => bit(c.words.length >= 5) },
  { name: 'starts with an article', value: (c) => bit(c.words.length > 1 && SITE_ARTICLES.has(c.words[0]!)) },
  { name: 'all capitals', value: (c) => bit(allCapitals(c.candidate.name)) },
  { name: 'digits', value: (c) => bit(hasDigits(c.candidate.name)) },
  { name: 'company suffix', value: (c) => bit(COMPANY.test(c.candidate.name)) },
  { name: 'contains a dot', value: (c) => bit(c.candidate.name.includes('.')) },
  { name: 'lower case start', value: (c) => bit((classOf(c.candidate.name.codePointAt(0)!) & LOWER) !== 0) },
  { name: 'in the headline', value: (c, s) => bit(s.titleLower !== null && s.titleLower !== c.candidate.key && s.titleLower.includes(c.candidate.key)) },
  { name: 'is the headline', value: (c, s) => bit(s.titleLower === c.candidate.key) },
  { name: 'page furniture', value: (c) => bit(c.furniture) },
  { name: 'in a byline', value: (c, s) => bit(s.bylineNames.has(c.candidate.key)) },
  { name: 'stopword share', value: (c) => c.stopwords / c.words.length },
  { name: 'line of its own near the top or bottom', value: (c) => cue(c, 'line') },
  { name: 'repeated phrase', value: (c) => cue(c, 'repeated') },
  { name: 'candidates on the page', value: (_, s) => s.count },
  { name: 'inside a longer candidate', value: (c, s) => bit(s.inside.has(c.candidate.key)) },
  { name: 'holds a shorter candidate', value: (c, s) => bit(s.holds.has(c.candidate.key)) },
  { name: 'in the first 3 lines', value: (c) => bit(c.first < 3) },
  { name: 'in a copyright line', value: (c, s) => bit(s.copyrightLines.some((l) => l.includes(c.candidate.key))) },
  { name: 'mentions against the most mentioned', value: (c, s) => c.lines / s.maxLines },
  { name: 'most mentioned', value: (c, s) => bit(c.lines === s.maxLines) },
  { name: 'lines of its own, alone', value: (c) => Math.log1p(c.stats?.alone ?? 0) / 2 },
  { name: 'copyright holder and a line of its own', value: (c) => bit(cue(c, 'copyright') === 1 && (c.stats?.equal ?? 0) > 0) },
  { name: 'picture agency', value: (c) => bit(agencyName(c)) },
  { name: 'month or weekday', value: (c) => bit(c.words.some((w) => DATE_WORDS.has(w))) },
  { name: 'holds a sign or bracket', value: (c) => bit(holdsSign(c.candidate.name)) },
  { name: 'a domain on the page starts with it', value: (c, s) => bit(startsDomain(c, s)) },
  { name: 'its initials start a domain on the page', value: (c, s) => bit(initialsStartDomain(c, s)) },
  { name: 'every word capitalised', value: (c) => bit(titleCased(c)) },
  { name: 'cues', value: (c) => c.candidate.cues.size / 3 },
  { name: 'once, after a site word', value: (c) => cue(c, 'context') },
  // A topic of the article ("MacBook", "California") is mostly mentioned in it; a site's name in its furniture.
  { name: 'share of its mentions in article lines', value: (c) => (c.lines > 0 ? (c.stats?.bodyLines ?? 0) / c.lines : 0) },
  { name: 'mentioned outside the article only', value: (c) => bit(c.lines > 0 && (c.stats?.bodyLines ?? 0) === 0) },
  { name: 'names a social network', value: (c) => bit(c.social) },
  // Several kinds of evidence pooled over a name's spellings ("© Acme Media", "Headline | Acme", acme.com).
  { name: 'evidence kinds of its spellings', value: (c) => bitCount(c.evidence) / 3 },
  { name: 'its spellings: copyright and domain agree', value: (c) => agree(c.evidence, EVIDENCE.copyright, EVIDENCE.domain) },
  { name: 'its spellings: headline separator and domain agree', value: (c) => agree(c.evidence, EVIDENCE.separator, EVIDENCE.domain) },
  { name: 'its spellings: copyright and headline separator agree', value: (c) => agree(c.evidence, EVIDENCE.copyright, EVIDENCE.separator) },
  { name: 'its spellings: masthead line and domain agree', value: (c) => agree(c.evidence, EVIDENCE.line, EVIDENCE.domain) },
  { name: 'its spellings: copyright and masthead line agree', value: (c) => agree(c.evidence, EVIDENCE.copyright, EVIDENCE.line) },
  { name: 'its spellings: a call and domain agree', value: (c) => agree(c.evidence, EVIDENCE.call, EVIDENCE.domain) },
  { name: 'its spellings: a call and copyright agree', value: (c) => agree(c.evidence, EVIDENCE.call, EVIDENCE.copyright) },
  // A parent company's or a holder's name ("© Acme Holdings") gives way to a name the page's domain spells ("Daily Lantern", dailylantern.com).
  { name: 'agrees with a domain, being none', value: (c) => bit(c.backed) },
  { name: 'another name agrees with a domain, not it', value: (c) => bit(!c.backed && c.otherBacked) },
  { name: 'copyright holder, another name agrees with a domain', value: (c) => bit(!c.backed && c.otherBacked && (c.cues & (CUE_BIT.copyright | CUE_BIT['copyright start'])) !== 0) },
  // Menus and section labels stand among other short lines; bylines' people share words with it.
  { name: 'among short lines (a menu)', value: (c) => bit(c.menu) },
  { name: 'shares a word with a byline name', value: (c, s) => bit(s.bylineWords.size > 0 && !s.bylineNames.has(c.candidate.key) && c.words.some((w) => s.bylineWords.has(w))) },
  { name: 'ends with a publication word', value: (c) => bit(c.publicationEnd !== '') },
  // "Acme" and "Acme Magazine": the longer is the name the site goes by more often.
  { name: 'a name on the page and a publication word', value: (c, s) => bit(c.publicationEnd !== '' && s.keys.has(c.publicationEnd)) },
  { name: 'a name on the page is it and a publication word', value: (c, s) => bit(s.publicationStarts.has(c.candidate.key)) },
  // A site shows its name in full and its initials: the gold name is more often the full one.
  { name: 'initials of a longer name on the page', value: (c) => bit(c.abbreviation) },
  { name: 'its initials are a name on the page', value: (c) => bit(c.abbreviated) },
];

/** The names of the name ranker's features, in the order of its weights (weights.json names them). */
export const SOURCE_FEATURES: readonly string[] = SOURCE_TABLE.map((f) => f.name);

/** The copyright lines sourceCandidates keeps (see SourceCandidates.copyrightLines), found anew. */
function copyrightLinesOf(page: Page): string[] {
  const out: string[] = [];
  for (const i of scannedLines(page)) {
    if (page.table.words[i]! > METADATA.SOURCE_LONG_LINE_WORDS) continue;
    const lower = page.lower(i);
    if ((NEEDLES.find(lower) & COPYRIGHT_NEEDLE) !== 0) out.push(lower);
  }
  return out;
}

/** Feature vectors of the candidates, in the order of SOURCE_FEATURES. */
export function sourceVectors(
  page: Page,
  candidates: readonly Candidate[],
  stats: PhraseStats,
  title: string | null,
  stopwords: Stopwords | null = null,
): number[][] {
  const { row } = sourceRows(page, candidates, stats, copyrightLinesOf(page), title, stopwords);
  return candidates.map((_, k) => {
    const x = new Array<number>(SOURCE_TABLE.length);
    row(k, x);
    return x;
  });
}

/**
 * What the name ranker's features read of the page, worked out once: candidate k as the
 * features read it (`name`) and what they read of the page (`scope`); a writer of candidate k's
 * feature vector into `out` (in the order of SOURCE_FEATURES); and each candidate's spelling
 * group (see spellingGroups).
 */
function sourceRows(
  page: Page,
  candidates: readonly Candidate[],
  stats: PhraseStats,
  copyrightLines: readonly string[],
  title: string | null,
  stopwords: Stopwords | null,
): { name: (k: number) => RankedName; scope: NameScope; row: (k: number, out: number[] | Float64Array) => void; spelling: readonly number[] } {
  const n = page.length;
  const titleLower = title?.toLowerCase() ?? null;
  // Domains of the page, letters only: "Boing Boing" is spelled like boingboing.net.
  const domainLetters = new Set<string>();
  for (const c of candidates) {
    if (c.cues.has('domain name')) domainLetters.add(letters(c.name.replace(/^www\./iu, '')));
  }
  // Names in bylines are people, not publications.
  const bylineNames = new Set<string>();
  for (let i = 0; i < Math.min(n, METADATA.SOURCE_SCAN_BLOCKS); i++) {
    for (const name of page.byline(i) ?? []) bylineNames.add(name.toLowerCase());
  }
  const bylineWords = new Set<string>();
  for (const name of bylineNames) for (const w of name.split(' ')) if (w.length >= 3) bylineWords.add(w);
  const count = Math.log1p(candidates.length) / 5;
  const statsOf = candidates.map((c) => c.stats ?? stats.get(c.key));
  const furniture = candidates.map((c) => matchLine(c.name, c.key) !== null);
  let maxLines = 1;
  candidates.forEach((_, k) => {
    if (!furniture[k]) maxLines = Math.max(maxLines, statsOf[k]?.lines ?? 0);
  });
  // The words of each name, lower-cased: the key's words (the key is the name lower-cased, and
  // lower case does not carry across a space: c.name.split(' ').map((w) => w.toLowerCase())).
  const wordsOf = candidates.map((c) => c.words ?? c.key.split(' '));
  // Variants of one name: "Snopes" inside "Snopes.com", "La Tercera" inside "La Tercera AM".
  const inside = new Set<string>();
  const holds = new Set<string>();
  const keys = new Set(candidates.map((c) => c.key));
  // A part of a name that is a name too starts with a first word of a name.
  const firstWords = new Set(wordsOf.map((words) => words[0]!));
  // ...and has a key's length: a part of another length is no key, and is not made and hashed.
  const keyLengths = new Set(candidates.map((c) => c.key.length));
  candidates.forEach((c, k) => {
    // A key of one part holds no other.
    if (!spacedOrDotted(c.key)) return;
    // (A key's white space is single spaces, as tidy and the phrase count leave it: without a dot its parts are its words.)
    const dotted = c.key.includes('.');
    const words = dotted ? c.key.split(/[\s.]+/u) : wordsOf[k]!;
    // (`start`: where word i starts in the key, when its words are the key's parts)
    for (let i = 0, start = 0; i < words.length; start += words[i]!.length + 1, i++) {
      if (!firstWords.has(words[i]!)) continue;
      // The part is words i .. j - 1, joined by spaces: without a dot, the key from word i on for `length` characters.
      let length = -1;
      for (let j = i + 1; j <= words.length; j++) {
        length += words[j - 1]!.length + 1;
        if (j - i === words.length || !keyLengths.has(length)) continue;
        const part = j === i + 1 ? words[i]! : dotted ? words.slice(i, j).join(' ') : c.key.slice(start, start + length);
        if (keys.has(part)) {
          inside.add(part);
          holds.add(c.key);
        }
      }
    }
  });
  const domainNames = [...domainLetters];
  // A stopword list's look-up hashes the word and most often stops at a bit filter: cheaper
  // than a cache of the words seen, which hashes the word too.
  const stopwordCount = (words: readonly string[]) => {
    if (!stopwords) return 0;
    let count = 0;
    for (const w of words) if (stopwords.has(w)) count++;
    return count;
  };
  // Each name's letters, worked out once for the spelling groups, the evidence below and the features.
  const keyLetters = candidates.map((c) => letters(c.key));
  const lettersOf = domainLetters.size > 0 ? keyLetters : candidates.map(() => '');

  // Evidence pooled over each name's spellings: "© Acme Media" and acme.com back "Acme" together.
  const family = spellingGroups(candidates.map((c) => c.key), keyLetters);
  const familyEvidence = new Int32Array(candidates.length);
  // (each candidate's cues as bits, read once: here and by its row)
  const cuesOf = candidates.map(cueBits);
  candidates.forEach((c, k) => {
    const l = lettersOf[k]!;
    familyEvidence[family[k]!]! |= evidenceOf(cuesOf[k]!, l.length > 0 && domainLetters.has(l));
  });
  // Names that a domain of the page spells, being no domain themselves, by spelling group.
  const backed = new Uint8Array(candidates.length);
  let backedGroup = -1;
  let backedGroups = 0;
  // Each name's initials, when it has two words or more.
  const initialsAll = wordsOf.map((words) => (words.length >= 2 ? initials(words) : ''));
  const socialOf = wordsOf.map((words) => words.some(socialWord));
  if (domainNames.length > 0) {
    candidates.forEach((c, k) => {
      const l = keyLetters[k]!;
      if (l.length < 2 || c.key.includes('.') || c.cues.has('domain') || c.cues.has('domain name') || socialOf[k]!) return;
      const ini = initialsAll[k]!;
      if (domainLetters.has(l) || (l.length >= 3 && domainNames.some((d) => d !== l && d.startsWith(l))) || (ini.length >= 2 && domainNames.some((d) => d.startsWith(ini)))) {
        backed[k] = 1;
        if (backedGroup !== family[k]) {
          backedGroups += backedGroup < 0 ? 1 : 2;
          backedGroup = family[k]!;
        }
      }
    });
  }
  // Initials of the names of two words or more (an article before them left out), and the one-word names.
  const initialsOf = candidates.map((_, k) => {
    const words = wordsOf[k]!;
    return words.length > 2 && SITE_ARTICLES.has(words[0]!) ? initials(words, 1) : initialsAll[k]!;
  });
  const allInitials = new Set<string>();
  for (const i of initialsOf) if (i.length >= 2) allInitials.add(i);
  const shortNames = new Set<string>();
  if (allInitials.size > 0) {
    candidates.forEach((c, k) => {
      const l = keyLetters[k]!;
      if (wordsOf[k]!.length === 1 && l.length >= 2 && l.length <= 6 && !c.key.includes('.')) shortNames.add(l);
    });
  }
  const publicationEnds = wordsOf.map(publicationEnd);
  const publicationStarts = new Set<string>();
  for (const start of publicationEnds) if (start !== '' && keys.has(start)) publicationStarts.add(start);
  const texts = page.table.words;
  const shortAt = (i: number) => i >= 0 && i < n && texts[i]! <= METADATA.SOURCE_MENU_WORDS;
  const scope: NameScope = {
    n, titleLower, domainLetters, bylineNames, bylineWords, keys, publicationStarts, count, maxLines, inside, holds, copyrightLines, stopwords, domainNames,
  };
  const name = (k: number): RankedName => {
    const candidate = candidates[k]!;
    const s = statsOf[k];
    const first = s?.firstBlock ?? candidate.block;
    const last = s?.lastBlock ?? candidate.block;
    return {
      candidate,
      evidence: familyEvidence[family[k]!]!,
      stats: s,
      lines: s?.lines ?? 0,
      first,
      last,
      top: first < METADATA.SOURCE_TOP_BLOCKS ? 1 : 0,
      bottom: last >= n - METADATA.SOURCE_BOTTOM_BLOCKS ? 1 : 0,
      cues: cuesOf[k]!,
      words: wordsOf[k]!,
      furniture: furniture[k]!,
      letters: lettersOf[k]!,
      stopwords: stopwordCount(wordsOf[k]!),
      backed: backed[k] === 1,
      otherBacked: backedGroups > 1 || (backedGroups === 1 && backedGroup !== family[k]),
      publicationEnd: publicationEnds[k]!,
      initials: initialsAll[k]!,
      social: socialOf[k]!,
      abbreviation: allInitials.size > 0 && wordsOf[k]!.length === 1 && !candidate.key.includes('.') && allInitials.has(keyLetters[k]!),
      abbreviated: shortNames.size > 0 && initialsOf[k]!.length >= 2 && shortNames.has(initialsOf[k]!),
      menu: shortAt(first) && shortAt(first - 2) && shortAt(first - 1) && shortAt(first + 1) && shortAt(first + 2),
    };
  };
  const row = (k: number, out: number[] | Float64Array) => {
    const c = name(k);
    for (let j = 0; j < SOURCE_TABLE.length; j++) out[j] = SOURCE_TABLE[j]!.value(c, scope);
  };
  return { name, scope, row, spelling: family };
}

/**
 * Each candidate's log-odds without the bias (dot(model, its row) - model.bias), the rows
 * worked out a feature at a time over all the candidates: one feature's function called for
 * every candidate in turn runs faster than every function in turn for each candidate. Each
 * candidate's sum takes the same terms in the same order as dot.
 */
function sourceScores(model: LinearModel, names: readonly RankedName[], scope: NameScope): number[] {
  const w = weightsOf(model);
  const z = new Float64Array(names.length).fill(model.bias);
  for (let j = 0; j < SOURCE_TABLE.length; j++) {
    const value = SOURCE_TABLE[j]!.value;
    const wj = w[j]!;
    for (let k = 0; k < names.length; k++) z[k] = z[k]! + wj * value(names[k]!, scope);
  }
  return Array.from(z, (v) => v - model.bias);
}

export interface SourceChoice {
  name: string;
  /** The block that proposed the name. */
  block: number;
  /** Why this name, for --explain. */
  reason: string;
}

const CUE_NAMES: Record<Cue, string> = {
  appeal: 'named in an appeal ("A message from X", "By supporting X")',
  about: '"About X", "Welcome to X"',
  subscribe: '"Subscribe to X"',
  newsletter: '"X newsletter"',
  copyright: 'copyright line',
  'copyright start': 'start of a copyright holder',
  trademark: '"X is a registered trademark"',
  separator: 'part of a "Headline | Site" line',
  line: 'line of its own near the top or bottom',
  domain: 'domain name',
  'domain name': 'name of a domain',
  repeated: 'repeated on the page',
  context: 'after a word that introduces a site ("auf X", "bei X")',
};
const describe = (c: Candidate) => [...c.cues].map((k) => CUE_NAMES[k]).join(', ');

/** Each candidate's share of a softmax over the candidates and "none of them" (scored -bias). */
export function sourceShares(model: LinearModel, x: readonly number[][]): number[] {
  return sharesOf(model, x.map((v) => dot(model, v) - model.bias));
}

/** The shares of candidates whose scores (log-odds without the bias) are z. */
function sharesOf(model: LinearModel, z: readonly number[]): number[] {
  const none = -model.bias;
  const max = Math.max(none, ...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, Math.exp(none - max));
  return e.map((v) => v / sum);
}

/**
 * The publication's name: the name an appeal ("A message from X", "By supporting X") or a
 * trademark line gives; else the ranker's best candidate when its share, against the other
 * candidates and "none of them", is large enough. Without `explain` the reason leaves out the
 * features that weighed most (clean() shows no reasons).
 */
export function findSource(
  page: Page,
  labels: Labels,
  title: string | null,
  model: LinearModel | undefined,
  stopwords: Stopwords | null = null,
  explain = true,
): SourceChoice | null {
  const { candidates, stats, copyrightLines } = sourceCandidates(page, labels, stopwords);
  if (candidates.length === 0) return null;
  const strong = candidates.find((c) => c.cues.has('appeal') || c.cues.has('trademark'));
  if (strong) return { name: strong.name, block: strong.block, reason: describe(strong) };
  if (!model) return null;
  const { name, scope, row, spelling } = sourceRows(page, candidates, stats, copyrightLines, title, stopwords);
  const p = sharesOf(model, sourceScores(model, candidates.map((_, k) => name(k)), scope));
  // Spellings of one name ("Acme", "acme.com", "The Acme") pool their shares: the name is as likely as its spellings together.
  const pooled = new Float64Array(candidates.length);
  spelling.forEach((g, i) => (pooled[g] = pooled[g]! + p[i]!));
  let best = -1;
  let bestPooled = 0;
  for (let k = 0; k < candidates.length; k++) {
    const q = pooled[spelling[k]!]!;
    if (best < 0 || q > bestPooled || (q === bestPooled && p[k]! > p[best]!)) {
      best = k;
      bestPooled = q;
    }
  }
  if (best < 0 || bestPooled < METADATA.SOURCE_MIN_PROBABILITY) return null;
  best = longerVariant(candidates, spelling, p, best);
  const c = candidates[best]!;
  const share = bestPooled > p[best]! ? `p ${bestPooled.toFixed(2)} with its other spellings` : `p ${p[best]!.toFixed(2)}`;
  let reason = `ranked first, ${share}: ${describe(c)}`;
  if (explain) {
    const x = new Float64Array(SOURCE_TABLE.length);
    row(best, x);
    reason += `; ${topReasons(model, [...x], 3, 1).join(', ')}`;
  }
  return { name: shownSpelling(page, c.name), block: c.block, reason };
}

/**
 * The best name's longer variant, if the page has one the ranker gives a fair share: a
 * candidate of another spelling group holding the best's key as whole words ("Acme" in
 * "Acme News", "Das Acme Blog"). A site's full name is the one it declares more often; its
 * short form is what its furniture repeats. Else `best`.
 */
export function longerVariant(candidates: readonly Candidate[], spelling: readonly number[], p: readonly number[], best: number): number {
  const key = candidates[best]!.key;
  let out = best;
  for (let k = 0; k < candidates.length; k++) {
    const other = candidates[k]!.key;
    if (spelling[k] === spelling[best] || other.length <= key.length || p[k]! < METADATA.SOURCE_VARIANT_SHARE * p[best]!) continue;
    if (out !== best && p[k]! <= p[out]!) continue;
    const at = other.indexOf(key);
    if (at < 0 || isLetterOrDigitAt(other, at - 1) || isLetterOrDigitAt(other, at + key.length)) continue;
    // A holder company ("Acme Media GmbH") or a domain ("acme.co.uk") is no variant of the site's name.
    if (other.includes('.') || COMPANY_TAIL.test(other) || COMPANY.test(candidates[k]!.name)) continue;
    out = k;
  }
  return out;
}

/**
 * How the page writes a name that came in lower case (a domain's "bbc"): the commonest spelling
 * with a capital among its whole-word mentions ("BBC"), else the name as it is.
 */
export function shownSpelling(page: Page, name: string): string {
  if (name !== name.toLowerCase() || name.includes('.')) return name;
  const t = page.table;
  const counts = new Map<string, number>();
  for (let i = 0; i < t.length; i++) {
    const lower = page.lower(i);
    const text = t.texts[i]!;
    // (the offsets of the lower-case line are the text's only when lower-casing kept its length)
    if (lower.length !== text.length) continue;
    for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + name.length)) {
      if (isLetterOrDigitAt(lower, at - 1) || isLetterOrDigitAt(lower, at + name.length)) continue;
      const form = text.slice(at, at + name.length);
      if (form !== name) counts.set(form, (counts.get(form) ?? 0) + 1);
    }
  }
  let best = name;
  let most = 0;
  for (const [form, k] of counts) if (k > most) [best, most] = [form, k];
  return best;
}

/** Whether the character at i is a letter or a digit (false outside the string). */
function isLetterOrDigitAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && /[\p{L}\p{N}]/u.test(s[i]!);
}

/** A domain ending, as the end of a name ("acme.com"). */
const SPELLING_END = new RegExp(`\\.${TLD}$`, 'u');

/**
 * A lower-case name without a leading "the ", "www." or a domain ending: "The Acme", "acme.com"
 * and "Acme" are spellings of one name (the benchmark takes them as one).
 */
export function spellingOf(key: string): string {
  let k = key;
  if (k.startsWith('the ')) k = k.slice(4);
  if (k.startsWith('www.')) k = k.slice(4);
  return k.includes('.') ? k.replace(SPELLING_END, '') : k;
}
