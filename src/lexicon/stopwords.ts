/**
 * Stopwords of many languages, from the maintained stopwords-iso lists, and a
 * language guess from them: the language whose stopwords cover most of the text's
 * tokens, within the script the text is written in.
 */
import { classOf, LETTER } from './chars.js';
import type { WordTable } from './word-table.js';
// The stopword lists' table, made from stopwords-iso by scripts/word-table.ts: data, bundled with the code.
import WORDS from './words.json' with { type: 'json' };

/** Languages written without spaces between words: token-based densities do not apply. */
export const UNSPACED_LANGUAGES: ReadonlySet<string> = new Set(['zh', 'ja', 'th']);

export type Script = 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'han' | 'kana' | 'hangul' | 'thai' | 'devanagari' | 'other';

/** Which stopword lists are worth comparing for a script. */
const SCRIPT_LANGUAGES: Record<Script, readonly string[]> = {
  latin: ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'cs', 'sk', 'sv', 'da', 'no', 'fi', 'et', 'lv', 'lt', 'hu', 'ro', 'hr', 'sl', 'tr', 'id', 'ms', 'tl', 'ca', 'gl', 'eu', 'af', 'sw', 'vi', 'la', 'eo', 'ga', 'br', 'so', 'st', 'yo', 'zu', 'ha', 'ku'],
  cyrillic: ['ru', 'uk', 'bg'],
  greek: ['el'],
  arabic: ['ar', 'fa', 'ur'],
  hebrew: ['he'],
  han: ['zh'],
  kana: ['ja'],
  hangul: ['ko'],
  thai: ['th'],
  devanagari: ['hi', 'mr'],
  other: [],
};

/** What the word lists say about a lower-case word: one look-up serves every use of a token. */
export interface WordInfo {
  /** Its number in the word table's entries. */
  readonly id: number;
  /** The languages whose stopword list has the word (indices of their codes). */
  readonly langs: number[];
  /** A first- or second-person word ("we", "your"): see PERSONAL_WORDS. */
  readonly personal: boolean;
}

const TABLE: WordTable = WORDS;
const LANG_CODES = TABLE.codes;
const LANG_INDEX = new Map(LANG_CODES.map((c, i) => [c, i] as const));
const INFOS: readonly WordInfo[] = TABLE.entries.map(([personal, ...langs], id) => ({ id, langs, personal: personal === 1 }));

/** FNV-1a over UTF-16 units, the hash words are looked up by: HASH_SEED, then hashStep for each unit. */
export const HASH_SEED = 0x811c9dc5 | 0;
export const hashStep = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);

/**
 * The words of the table, looked up by hash without making a string of the word asked for:
 * all of them in one string (word k is ALL_WORDS[OFFSETS[k] .. OFFSETS[k + 1] - 1], of entry
 * ENTRIES[k]), and an open-addressing table of their numbers + 1 by hash.
 */
const { ALL_WORDS, OFFSETS, ENTRIES, HASHES, SLOTS } = (() => {
  const list: string[] = [];
  const entries: number[] = [];
  TABLE.words.forEach((words, id) => {
    for (const w of words) {
      list.push(w);
      entries.push(id);
    }
  });
  const offsets = new Int32Array(list.length + 1);
  const hashes = new Int32Array(list.length);
  let size = 1;
  while (size < list.length * 3) size *= 2;
  const slots = new Int32Array(size);
  list.forEach((w, k) => {
    offsets[k + 1] = offsets[k]! + w.length;
    let h = HASH_SEED;
    for (let i = 0; i < w.length; i++) h = hashStep(h, w.charCodeAt(i));
    hashes[k] = h;
    let slot = h & (size - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
    slots[slot] = k + 1;
  });
  return { ALL_WORDS: list.join(''), OFFSETS: offsets, ENTRIES: Int32Array.from(entries), HASHES: hashes, SLOTS: slots };
})();
const SLOT_MASK = SLOTS.length - 1;
/**
 * A bit per 2^18 values of other bits of the hash, set for the words' hashes: most tokens are
 * no stopword, and this small table (it stays in the processor's cache) rules most of them out
 * before the large one is read.
 */
const filterBit = (hash: number) => (hash >>> 11) & 0x3ffff;
const FILTER = (() => {
  const bits = new Uint8Array(1 << 15);
  for (const h of HASHES) bits[filterBit(h) >>> 3]! |= 1 << (filterBit(h) & 7);
  return bits;
})();

/**
 * The entry number (WordInfo.id) of the word s[from .. to - 1], whose hash is `hash`, with the
 * unit at `apostrophe` (or none, -1) read as ' ; -1 when the word lists do not have it.
 */
export function entryOf(s: string, from: number, to: number, hash: number, apostrophe = -1): number {
  const bit = filterBit(hash);
  if ((FILTER[bit >>> 3]! & (1 << (bit & 7))) === 0) return -1;
  const length = to - from;
  for (let slot = hash & SLOT_MASK; ; slot = (slot + 1) & SLOT_MASK) {
    const k = SLOTS[slot]! - 1;
    if (k < 0) return -1;
    if (HASHES[k] !== hash) continue;
    const at = OFFSETS[k]!;
    if (OFFSETS[k + 1]! - at !== length) continue;
    let j = 0;
    while (j < length && (from + j === apostrophe ? 0x27 : s.charCodeAt(from + j)) === ALL_WORDS.charCodeAt(at + j)) j++;
    if (j === length) return ENTRIES[k]!;
  }
}

/** The entry of a word number (see entryOf). */
export const entryInfo = (id: number): WordInfo => INFOS[id]!;

/** The word lists' entry for a lower-cased token, if any. */
export function wordInfo(token: string): WordInfo | undefined {
  let h = HASH_SEED;
  for (let i = 0; i < token.length; i++) h = hashStep(h, token.charCodeAt(i));
  const id = entryOf(token, 0, token.length, h);
  return id < 0 ? undefined : INFOS[id];
}

/** The number that stands for a language's stopword list in WordInfo.langs, or -1 without a list. */
export function stopwordList(lang: string | null): number {
  return lang === null ? -1 : (LANG_INDEX.get(lang) ?? -1);
}

/** By word-list entry (WordInfo.id), 1 for the entries of a stopword list (see stopwordList): entry.langs.includes(list). */
const STOPWORD_ENTRIES: Uint8Array[] = [];
export function stopwordEntries(list: number): Uint8Array {
  let flags = STOPWORD_ENTRIES[list];
  if (!flags) STOPWORD_ENTRIES[list] = flags = Uint8Array.from(INFOS, (info) => (info.langs.includes(list) ? 1 : 0));
  return flags;
}

/** A look-up of one language's stopwords. */
export interface Stopwords {
  has(word: string): boolean;
}

/** A language's stopword list as a look-up of lower-case words, or null when it has none. */
export function stopwordsOf(lang: string | null): Stopwords | null {
  const list = stopwordList(lang);
  if (list < 0) return null;
  return { has: (word) => wordInfo(word)?.langs.includes(list) ?? false };
}

/**
 * The word-list entries of a page's tokens, in order, kept as numbers in a typed array (a
 * long page has hundreds of thousands of them).
 */
export class KnownWords {
  private ids = new Int32Array(256);
  length = 0;

  push(info: WordInfo): void {
    this.pushId(info.id);
  }

  /** Adds the entry numbered `id` (see entryOf). */
  pushId(id: number): void {
    if (this.length === this.ids.length) {
      const grown = new Int32Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.length++] = id;
  }

  at(k: number): WordInfo {
    return INFOS[this.ids[k]!]!;
  }

  /** The entry number of the k-th word (WordInfo.id of at(k)). */
  idAt(k: number): number {
    return this.ids[k]!;
  }
}

const SCRIPTS: readonly Script[] = ['latin', 'cyrillic', 'greek', 'arabic', 'hebrew', 'han', 'kana', 'hangul', 'thai', 'devanagari', 'other'];
const LATIN = 0, CYRILLIC = 1, GREEK = 2, ARABIC = 3, HEBREW = 4, HAN = 5, KANA = 6, HANGUL = 7, THAI = 8, DEVANAGARI = 9, OTHER = 10;

/** The script of a letter, as an index into SCRIPTS. */
function scriptOf(code: number): number {
  if (code < 0x250) return LATIN;
  if (code >= 0x1e00 && code < 0x1f00) return LATIN;
  if (code >= 0x370 && code < 0x400) return GREEK;
  if (code >= 0x400 && code < 0x530) return CYRILLIC;
  if (code >= 0x590 && code < 0x600) return HEBREW;
  if (code >= 0x600 && code < 0x700) return ARABIC;
  if (code >= 0x900 && code < 0x980) return DEVANAGARI;
  if (code >= 0xe00 && code < 0xe80) return THAI;
  if (code >= 0x3040 && code < 0x3100) return KANA;
  if ((code >= 0x4e00 && code < 0xa000) || (code >= 0x3400 && code < 0x4dc0)) return HAN;
  if ((code >= 0xac00 && code < 0xd7b0) || (code >= 0x1100 && code < 0x1200)) return HANGUL;
  return OTHER;
}

/** Counts the letters of a text (given in one or more parts) by script, up to `limit` letters. */
export class ScriptCount {
  private readonly counts = new Int32Array(SCRIPTS.length);
  // Scripts in the order they were first seen, which breaks ties.
  private readonly order: number[] = [];
  private seen = 0;

  constructor(private readonly limit = 20000) {}

  add(text: string): void {
    const counts = this.counts;
    const n = text.length;
    const limit = this.limit;
    let seen = this.seen;
    // Latin letters, most of the letters of most pages, are counted in a local until the end.
    let latin = counts[LATIN]!;
    for (let i = 0; i < n && seen < limit; i++) {
      const code = text.charCodeAt(i);
      let s: number;
      // ASCII: only letters count (code | 0x20 takes a capital to its small letter), and they are
      // Latin; elsewhere the ranges of scriptOf decide (surrogates are skipped).
      if (code < 0x80) {
        if (((code | 0x20) - 0x61) >>> 0 > 25) continue;
        s = LATIN;
      } else if (code >= 0xd800 && code < 0xe000) continue;
      else if ((classOf(code) & LETTER) === 0) continue;
      else s = scriptOf(code);
      seen++;
      if (s === LATIN) {
        if (latin++ === 0) this.order.push(LATIN);
        continue;
      }
      if (counts[s] === 0) this.order.push(s);
      counts[s]!++;
    }
    counts[LATIN] = latin;
    this.seen = seen;
  }

  /** The dominant script of the letters seen. */
  get script(): Script {
    // Japanese mixes kana and han; a little kana is enough to tell it from Chinese.
    const kana = this.counts[KANA]!;
    const han = this.counts[HAN]!;
    if (kana > 0 && kana + han > this.seen * 0.3 && kana > (kana + han) * 0.1) return 'kana';
    let best = OTHER;
    let bestCount = 0;
    for (const s of this.order) {
      if (s !== OTHER && this.counts[s]! > bestCount) {
        best = s;
        bestCount = this.counts[s]!;
      }
    }
    return SCRIPTS[best]!;
  }
}

/** The dominant script of a text (sampled: at most `limit` letters are looked at). */
export function dominantScript(text: string, limit = 20000): Script {
  const count = new ScriptCount(limit);
  count.add(text);
  return count.script;
}

/** Minimum stopword hits before a Latin-script language is reported. */
const MIN_LANGUAGE_HITS = 5;

/**
 * Guesses the ISO 639-1 language of `tokens` (lower-cased words) written in `text`.
 * Returns null when the evidence is too thin.
 */
export function detectLanguage(text: string, tokens: readonly string[]): string | null {
  const sample = new LanguageSample();
  sample.addText(text);
  for (const t of tokens) {
    const info = wordInfo(t);
    if (info) sample.addWord(info);
  }
  return sample.guess();
}

/**
 * What detectLanguage reads of a text, given a piece at a time: the script of its letters
 * (addText) and the stopword hits of its tokens, in text order (addWord, with their entries).
 */
export class LanguageSample {
  private readonly script = new ScriptCount();
  private readonly hits = new Float64Array(LANG_CODES.length);

  addText(text: string): void {
    this.script.add(text);
  }

  addWord({ langs }: WordInfo): void {
    if (langs.length === 0) return;
    // A word shared by many languages says little: weight it by 1/number of lists having it.
    const w = 1 / langs.length;
    for (const i of langs) this.hits[i]! += w;
  }

  guess(): string | null {
    const candidates = SCRIPT_LANGUAGES[this.script.script];
    if (candidates.length === 0) return null;
    if (candidates.length === 1) return candidates[0]!;
    return bestLanguage(candidates, this.hits);
  }
}

/** The language among `candidates` with the most stopword hits for the size of its list, if enough. */
function bestLanguage(candidates: readonly string[], hits: Float64Array): string | null {
  const wanted = candidates.map((c) => LANG_INDEX.get(c)!);
  let best = -1;
  let bestHits = 0;
  for (const i of wanted) {
    // Long lists catch more words by chance; damp by the list size.
    const score = hits[i]! / Math.log(TABLE.sizes[i]! + 10);
    if (score > bestHits) {
      bestHits = score;
      best = i;
    }
  }
  if (best < 0 || hits[best]! < MIN_LANGUAGE_HITS / Math.log(100)) return null;
  return LANG_CODES[best]!;
}
