/**
 * Phrase statistics of a page's short lines, for publication-name candidates (see source.ts):
 * every phrase of up to SOURCE_MAX_WORDS words, with how often and where it occurs and
 * which words stand around it.
 *
 * A page has hundreds of short lines and each gives a few dozen phrases, so the phrases are
 * not kept as strings: every lower-case word gets a number, and a phrase is a node of a trie
 * over word numbers (a phrase and the same phrase one word longer are parent and child).
 * A phrase's text is made only when it is asked for.
 */
import { METADATA } from '../constants.js';
import { classOf, codePointBefore, isSpace, LETTER, NUMBER, UPPER, WORD_CHAR } from '../lexicon/chars.js';
import { trimJunk } from '../lexicon/index.js';
import { SITE_CONTEXT_AFTER, SITE_CONTEXT_BEFORE } from '../lexicon/metadata.js';
import { hashOf, Interner } from '../page/intern.js';
import { PairTable } from '../page/pair-table.js';

/** What the page shows of a phrase. */
export interface Stats {
  /** The phrase as first written. */
  name: string;
  lines: number;
  longLines: number;
  bodyLines: number;
  equal: number;
  /** Of the equal lines, those standing alone (not in a run of short lines, as menu items do). */
  alone: number;
  firstBlock: number;
  lastBlock: number;
  lastLine: number;
  /** Word before it (a word number; PHRASE_START when it opens its phrase; -1 not seen yet). */
  before: number;
  beforeVaries: boolean;
  /** Word after it (a word number; PHRASE_END when it closes its phrase; -1 not seen yet). */
  after: number;
  afterVaries: boolean;
  contextBefore: number;
  contextAfter: number;
}

/** `before` of a phrase that opens its phrase of the line, `after` of one that closes it. */
export const PHRASE_START = -2;
export const PHRASE_END = -3;

export function newStats(name: string, block: number): Stats {
  return {
    name, lines: 0, longLines: 0, bodyLines: 0, equal: 0, alone: 0, firstBlock: block, lastBlock: block, lastLine: -1,
    before: -1, beforeVaries: false, after: -1, afterVaries: false, contextBefore: 0, contextAfter: 0,
  };
}

/** What phraseStats reads of a block. */
/** What the phrase count reads of a page's lines, by index. */
export interface PhraseLines {
  readonly length: number;
  text(i: number): string;
  /** The text lower-cased. */
  lower(i: number): string;
  /** How many words it has (see BlockFeatures.words). */
  words(i: number): number;
  /** Blank lines before it. */
  gapBefore(i: number): number;
  /** Whether it is article text (labelled 'body'). */
  inBody(i: number): boolean;
}

// ---- words of a line ----

const width = (cp: number) => (cp > 0xffff ? 2 : 1);

/** Characters a word may end with besides letters and digits: . ! ? & + ' ’ ) */
function keptAtEnd(cp: number): boolean {
  return cp === 0x2e || cp === 0x21 || cp === 0x3f || cp === 0x26 || cp === 0x2b || cp === 0x27 || cp === 0x2019 || cp === 0x29;
}

/** Whether the `n` code points that end at `end`, and start at `from` or later, are letters. */
function lettersBefore(s: string, from: number, end: number, n: number): boolean {
  for (let k = 0; k < n; k++) {
    if (end <= from) return false;
    const cp = codePointBefore(s, end);
    if ((classOf(cp) & LETTER) === 0) return false;
    end -= width(cp);
  }
  return true;
}

/** Ends with 's or ’s. */
const possessiveAt = (s: string, end: number, from: number) =>
  end - from >= 2 && s.charCodeAt(end - 1) === 0x73 && (s.charCodeAt(end - 2) === 0x27 || s.charCodeAt(end - 2) === 0x2019);

/** A word ending like this closes its phrase: , ; : ! ? | ) ] » ” " at its end, "Times." (four letters and a full stop), "Times's". */
function closesPhrase(s: string, from: number, end: number): boolean {
  const last = s.charCodeAt(end - 1);
  if (last === 0x2c || last === 0x3b || last === 0x3a || last === 0x21 || last === 0x3f || last === 0x7c || last === 0x29 || last === 0x5d || last === 0xbb || last === 0x201d || last === 0x22) return true;
  if (last === 0x2e && lettersBefore(s, from, end - 1, 4)) return true;
  return possessiveAt(s, end, from);
}

/** A word starting like this opens a new phrase: ( [ " « „ “ */
function opensPhrase(c: number): boolean {
  return c === 0x28 || c === 0x5b || c === 0x22 || c === 0xab || c === 0x201e || c === 0x201c;
}

/**
 * The phrases of a line: runs of its words (split at spaces) that punctuation does not
 * separate, each word without the punctuation at its ends and without a possessive ('s),
 * as [start, end) pairs into `text`, a phrase after another (`breaks` holds where each
 * phrase's pairs end).
 */
function lineWords(text: string, spans: number[], breaks: number[]): void {
  spans.length = 0;
  breaks.length = 0;
  let inPhrase = 0;
  const close = () => {
    if (inPhrase > 0) breaks.push(spans.length);
    inPhrase = 0;
  };
  const n = text.length;
  for (let a = 0; a < n; ) {
    if (isSpace(text.charCodeAt(a))) {
      a++;
      continue;
    }
    let b = a + 1;
    while (b < n && !isSpace(text.charCodeAt(b))) b++;
    if (opensPhrase(text.charCodeAt(a))) close();
    // Leading characters that are not letters or digits go...
    let k = a;
    while (k < b) {
      const cp = text.codePointAt(k)!;
      if ((classOf(cp) & WORD_CHAR) !== 0) break;
      k += width(cp);
    }
    if (k >= b) {
      close();
      a = b;
      continue;
    }
    // ...and trailing ones but . ! ? & + ' ’ ), then a possessive, or a full stop after four letters.
    let m = b;
    for (;;) {
      const cp = codePointBefore(text, m);
      if ((classOf(cp) & WORD_CHAR) !== 0 || keptAtEnd(cp)) break;
      m -= width(cp);
    }
    if (possessiveAt(text, m, k)) m -= 2;
    else if (text.charCodeAt(m - 1) === 0x2e && lettersBefore(text, k, m - 1, 4)) m -= 1;
    spans.push(k, m);
    inPhrase++;
    if (closesPhrase(text, a, b)) close();
    a = b;
  }
  close();
}

/**
 * Whether words i .. j (numbers in `ids` of the strings `texts`), joined by single spaces, are
 * `text`: ids.slice(i, j + 1).map((id) => texts[id]).join(' ') === text, without making the string.
 */
function spells(texts: readonly string[], ids: Int32Array, i: number, j: number, text: string): boolean {
  let at = 0;
  for (let w = i; w <= j; w++) {
    const word = texts[ids[w]!]!;
    if (!text.startsWith(word, at)) return false;
    at += word.length;
    if (w < j && text.charCodeAt(at++) !== 0x20) return false;
  }
  return at === text.length;
}

/** Whether the `count` words from span `from` of `text` (see lineWords) have one space, and nothing else, between each and the next. */
function singleSpaced(text: string, spans: Int32Array, from: number, count: number): boolean {
  for (let w = 1; w < count; w++) {
    const end = spans[from + 2 * w - 1]!;
    if (spans[from + 2 * w]! !== end + 1 || text.charCodeAt(end) !== 0x20) return false;
  }
  return true;
}

// ---- the statistics ----

/**
 * The low 12 bits of the hashes (see hashOf) of the words of SITE_CONTEXT_BEFORE and
 * SITE_CONTEXT_AFTER, marked with 1: a word whose hash's bits are not marked is in neither set,
 * and only the few others need looking up.
 */
const CONTEXT_HASHES = new Uint8Array(4096);
for (const w of [...SITE_CONTEXT_BEFORE, ...SITE_CONTEXT_AFTER]) CONTEXT_HASHES[hashOf(w) & 4095] = 1;

/** A copy of `a` with room for at least `size` numbers (`a` itself when it has the room). */
function room(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  if (size <= a.length) return a;
  const grown = new Int32Array(Math.max(a.length * 2, size));
  grown.set(a);
  return grown;
}

// The fields of a phrase's statistics record (see Stats); VARIES: 1 the word before varies, 2 the word after.
const NODE = 0, LINES = 1, BODY_LINES = 2, EQUAL = 3, ALONE = 4, FIRST_BLOCK = 5, LAST_BLOCK = 6, LAST_LINE = 7;
const BEFORE = 8, AFTER = 9, VARIES = 10, CONTEXT_BEFORE = 11, CONTEXT_AFTER = 12;
/** Where the phrase was first written: the number of its line (see texts), and of its first word's span (see spans), and how many words. */
const NAME_LINE = 13, NAME_SPAN = 14, NAME_WORDS = 15;
const FIELDS = 16;

/** The phrases of a page's short lines and what is known of each, looked up by their lower-case text. */
export class PhraseStats {
  private readonly words: Interner;
  /** Per word number: SITE_CONTEXT_BEFORE has it (1), SITE_CONTEXT_AFTER has it (2). */
  private context: Int32Array<ArrayBuffer>;
  /** The trie: (parent node, word) -> node; node 0 is the empty phrase. */
  private readonly children: PairTable;
  private nodes = 1;
  private parent: Int32Array<ArrayBuffer>;
  private word: Int32Array<ArrayBuffer>;
  /** The number of a node's statistics record (in the order phrases got them), or -1. */
  private statOf: Int32Array<ArrayBuffer>;
  private stats = 0;
  private records: Int32Array<ArrayBuffer>;
  private readonly texts: string[] = [];
  private spans: Int32Array<ArrayBuffer>;
  private spanCount = 0;
  /** Statistics as objects, made when asked for (see get). */
  private readonly objects = new Map<number, Stats>();
  /** Statistics of texts that are no phrase of a short line (see set). */
  private readonly others = new Map<string, Stats>();

  /**
   * Arrays sized for lines of `words` words in all (the tables grow past that when they must).
   * A typed array costs by its size to make, and most pages have few short lines: sized for a
   * long page, the arrays took a good part of the count's time.
   */
  private constructor(words: number) {
    // A line of n words gives at most n spans (two numbers each) and n distinct words; trie
    // nodes and statistics records come to about a word's worth each (up to 1.5 on 9 pages in 10).
    const nodes = words + (words >> 1) + 16;
    this.words = new Interner(words + 16);
    this.context = new Int32Array(words + 16);
    this.children = new PairTable(nodes);
    this.parent = new Int32Array(nodes).fill(-1, 0, 1);
    this.word = new Int32Array(nodes).fill(-1, 0, 1);
    this.statOf = new Int32Array(nodes).fill(-1, 0, 1);
    this.records = new Int32Array(nodes * FIELDS);
    this.spans = new Int32Array(2 * words + 16);
  }

  private number(s: string, from: number, to: number): number {
    const known = this.words.texts.length;
    const hash = hashOf(s, from, to);
    const id = this.words.number(s, from, to, hash);
    if (id >= known) {
      const w = this.words.texts[id]!;
      this.context = room(this.context, id + 1);
      this.context[id] = CONTEXT_HASHES[hash & 4095] === 1 ? (SITE_CONTEXT_BEFORE.has(w) ? 1 : 0) | (SITE_CONTEXT_AFTER.has(w) ? 2 : 0) : 0;
    }
    return id;
  }

  private child(node: number, word: number): number {
    let c = this.children.get(node, word);
    if (c < 0) {
      c = this.nodes++;
      this.children.set(node, word, c);
      if (c >= this.parent.length) {
        this.parent = room(this.parent, c + 1);
        this.word = room(this.word, c + 1);
        this.statOf = room(this.statOf, c + 1);
      }
      this.parent[c] = node;
      this.word[c] = word;
      this.statOf[c] = -1;
    }
    return c;
  }

  /** A new statistics record for a node, first seen in block `block`, written as `count` words from span `span` of line `line`. */
  private addStats(node: number, block: number, line: number, span: number, count: number): number {
    const k = this.stats++;
    this.records = room(this.records, (k + 1) * FIELDS);
    const r = this.records;
    const at = k * FIELDS;
    r[at + NODE] = node;
    r[at + FIRST_BLOCK] = block;
    r[at + LAST_BLOCK] = block;
    r[at + LAST_LINE] = -1;
    r[at + BEFORE] = -1;
    r[at + AFTER] = -1;
    r[at + NAME_LINE] = line;
    r[at + NAME_SPAN] = span;
    r[at + NAME_WORDS] = count;
    this.statOf[node] = k;
    return k;
  }

  /**
   * The lower-case words of a node's phrase, in order: the page's one string of each word (a
   * word met in several phrases is one string, whose hash a look-up works out once).
   */
  private wordsOf(node: number): string[] {
    const { parent, word } = this;
    const texts = this.words.texts;
    const out: string[] = [];
    for (let p = node; p > 0; p = parent[p]!) out.push(texts[word[p]!]!);
    return out.reverse();
  }

  /** The node of a lower-case phrase (words separated by single spaces), or -1. */
  private nodeOf(key: string): number {
    let node = 0;
    for (let from = 0; ; ) {
      const space = key.indexOf(' ', from);
      const id = this.words.find(key, from, space < 0 ? key.length : space);
      if (id < 0) return -1;
      node = this.children.get(node, id);
      if (node < 0 || space < 0) return node;
      from = space + 1;
    }
  }

  /** Statistics record k as an object (one object per phrase: changes to it stay). */
  private object(k: number): Stats {
    let s = this.objects.get(k);
    if (s) return s;
    const r = this.records;
    const at = k * FIELDS;
    const text = this.texts[r[at + NAME_LINE]!]!;
    const spans = this.spans;
    const from = r[at + NAME_SPAN]!;
    const count = r[at + NAME_WORDS]!;
    // The words as written, joined by single spaces: one slice of the line when single spaces are all that stands between them.
    let name: string;
    if (singleSpaced(text, spans, from, count)) name = text.slice(spans[from]!, spans[from + 2 * count - 1]!);
    else {
      name = text.slice(spans[from]!, spans[from + 1]!);
      for (let w = 1; w < count; w++) name += ` ${text.slice(spans[from + 2 * w]!, spans[from + 2 * w + 1]!)}`;
    }
    s = {
      name,
      lines: r[at + LINES]!,
      longLines: 0,
      bodyLines: r[at + BODY_LINES]!,
      equal: r[at + EQUAL]!,
      alone: r[at + ALONE]!,
      firstBlock: r[at + FIRST_BLOCK]!,
      lastBlock: r[at + LAST_BLOCK]!,
      lastLine: r[at + LAST_LINE]!,
      before: r[at + BEFORE]!,
      beforeVaries: (r[at + VARIES]! & 1) !== 0,
      after: r[at + AFTER]!,
      afterVaries: (r[at + VARIES]! & 2) !== 0,
      contextBefore: r[at + CONTEXT_BEFORE]!,
      contextAfter: r[at + CONTEXT_AFTER]!,
    };
    this.objects.set(k, s);
    return s;
  }

  get(key: string): Stats | undefined {
    const node = this.nodeOf(key);
    const k = node >= 0 ? this.statOf[node]! : -1;
    return k >= 0 ? this.object(k) : this.others.get(key);
  }

  /** Statistics for a text that has none yet. */
  set(key: string, s: Stats): void {
    this.others.set(key, s);
  }

  /**
   * The phrases seen on two lines or more that are maximal there: the words around them vary,
   * or they open or close their phrases (then they cannot grow there); in the order they were
   * first seen; each with its statistics and its words (see wordsOf).
   */
  *maximal(): Generator<[string, Stats, string[]]> {
    const r = this.records;
    for (let k = 0, at = 0; k < this.stats; k++, at += FIELDS) {
      if (r[at + LINES]! < 2) continue;
      const varies = r[at + VARIES]!;
      if (!((varies & 1) !== 0 || r[at + BEFORE] === PHRASE_START) || !((varies & 2) !== 0 || r[at + AFTER] === PHRASE_END)) continue;
      const words = this.wordsOf(r[at + NODE]!);
      const text = words.join(' ');
      yield [text, this.object(k), words];
    }
  }

  /**
   * The phrases seen once, right after a word that stands before a site's name ("Jobs bei X",
   * "Alle Artikel auf X"), that close their phrase there and are not given by maximal(); in
   * the order they were first seen (as maximal() gives them).
   */
  *afterContext(): Generator<[string, Stats, string[]]> {
    const r = this.records;
    for (let k = 0, at = 0; k < this.stats; k++, at += FIELDS) {
      if (r[at + LINES]! !== 1 || r[at + CONTEXT_BEFORE]! === 0 || r[at + AFTER] !== PHRASE_END) continue;
      const words = this.wordsOf(r[at + NODE]!);
      const text = words.join(' ');
      yield [text, this.object(k), words];
    }
  }

  /**
   * Counts every phrase of up to SOURCE_MAX_WORDS words of `lines` (short lines of `page`, by
   * index, in page order). A phrase gets statistics when it can be a name: it starts with a
   * capital or a digit, is all of its phrase, or ends in a word with a dot (a domain).
   */
  static of(page: PhraseLines, lines: readonly number[]): PhraseStats {
    let words = 0;
    for (const index of lines) words += page.words(index);
    const t = new PhraseStats(words);
    // A line alone: no short line right before or after it in the same group of lines.
    const short = (i: number) => i >= 0 && i < page.length && page.words(i) <= 4;
    const alone = (i: number) => !((page.gapBefore(i) === 0 && short(i - 1)) || (i + 1 < page.length && page.gapBefore(i + 1) === 0 && short(i + 1)));
    const spans: number[] = [];
    const breaks: number[] = [];
    // The words of a phrase: number, length, starts with a capital or a digit (1), holds a dot (2).
    let ids = new Int32Array(64);
    let lengths = new Int32Array(64);
    let flags = new Int32Array(64);
    const max = METADATA.SOURCE_MAX_WORDS;
    for (const index of lines) {
      const text = page.text(index);
      const lowerLine = page.lower(index);
      // Lower case goes character by character but for 'İ' (two characters) and 'Σ' (its form
      // depends on what follows): then words are lower-cased one by one.
      const aligned = lowerLine.length === text.length && !text.includes('Σ');
      const whole = trimJunk(lowerLine);
      const isAlone = alone(index);
      const body = page.inBody(index);
      // The first full stop at or after the start of the word being read (words come in order).
      let nextDot = text.indexOf('.');
      lineWords(text, spans, breaks);
      const line = t.texts.length;
      t.texts.push(text);
      const spanBase = t.spanCount;
      t.spans = room(t.spans, spanBase + spans.length);
      for (let k = 0; k < spans.length; k++) t.spans[spanBase + k] = spans[k]!;
      t.spanCount += spans.length;
      if (spans.length > 2 * ids.length) {
        ids = new Int32Array(spans.length);
        lengths = new Int32Array(spans.length);
        flags = new Int32Array(spans.length);
      }
      let first = 0;
      for (const end of breaks) {
        // The phrase's words: spans first .. end - 1 (two numbers each).
        const count = (end - first) / 2;
        for (let w = 0; w < count; w++) {
          const from = spans[first + 2 * w]!;
          const to = spans[first + 2 * w + 1]!;
          if (aligned) {
            ids[w] = t.number(lowerLine, from, to);
            lengths[w] = to - from;
          } else {
            const lower = text.slice(from, to).toLowerCase();
            ids[w] = t.number(lower, 0, lower.length);
            lengths[w] = lower.length;
          }
          // A name starts with a capital or a digit.
          if (nextDot >= 0 && nextDot < from) nextDot = text.indexOf('.', from);
          const dot = nextDot >= 0 && nextDot < to;
          flags[w] = ((classOf(text.codePointAt(from)!) & (UPPER | NUMBER)) !== 0 ? 1 : 0) | (dot ? 2 : 0);
        }
        for (let i = 0; i < count; i++) {
          const before = i > 0 ? ids[i - 1]! : PHRASE_START;
          const contextBefore = before >= 0 && (t.context[before]! & 1) !== 0 ? 1 : 0;
          const end = Math.min(count, i + max);
          // The last phrase from word i that may get statistics now (see the condition below);
          // longer ones only count if they have them already, and then so do their trie nodes.
          let last = -1;
          if ((flags[i]! & 1) !== 0) last = end - 1;
          else for (let j = end - 1; j >= i && last < 0; j--) if ((i === 0 && j === count - 1) || (flags[j]! & 2) !== 0) last = j;
          let node = 0;
          let keyLength = -1;
          for (let j = i; j < end; j++) {
            node = j <= last ? t.child(node, ids[j]!) : t.children.get(node, ids[j]!);
            if (node < 0) break;
            keyLength += lengths[j]! + 1;
            let k = t.statOf[node]!;
            if (k < 0) {
              if ((flags[i]! & 1) === 0 && !(i === 0 && j === count - 1) && (flags[j]! & 2) === 0) continue;
              k = t.addStats(node, index, line, spanBase + first + 2 * i, j - i + 1);
            }
            const r = t.records;
            const at = k * FIELDS;
            const after = j + 1 < count ? ids[j + 1]! : PHRASE_END;
            const seenBefore = r[at + BEFORE]!;
            if (seenBefore === -1) r[at + BEFORE] = before;
            else if (seenBefore !== before) r[at + VARIES]! |= 1;
            const seenAfter = r[at + AFTER]!;
            if (seenAfter === -1) r[at + AFTER] = after;
            else if (seenAfter !== after) r[at + VARIES]! |= 2;
            r[at + CONTEXT_BEFORE]! += contextBefore;
            if (after >= 0 && (t.context[after]! & 2) !== 0) r[at + CONTEXT_AFTER]!++;
            if (r[at + LAST_LINE] === index) continue;
            r[at + LAST_LINE] = index;
            r[at + LAST_BLOCK] = index;
            r[at + LINES]!++;
            if (body) r[at + BODY_LINES]!++;
            if (keyLength === whole.length && spells(t.words.texts, ids, i, j, whole)) {
              r[at + EQUAL]!++;
              if (isAlone) r[at + ALONE]!++;
            }
          }
        }
        first = end;
      }
    }
    return t;
  }
}
