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
import { classOf, isSpace, LETTER, NUMBER, UPPER, WORD_CHAR } from '../lexicon/chars.js';
import { trimJunk } from '../lexicon/index.js';
import { SITE_CONTEXT_AFTER, SITE_CONTEXT_BEFORE } from '../lexicon/metadata.js';

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
export interface PhraseLine {
  index: number;
  text: string;
  gapBefore: number;
  label: string;
  features: { words: number };
}

// ---- words of a line ----

/** The code point that ends at `end` (a lone surrogate stands for itself). */
function codePointBefore(s: string, end: number): number {
  const c = s.charCodeAt(end - 1);
  if (c >= 0xdc00 && c < 0xe000 && end >= 2) {
    const high = s.charCodeAt(end - 2);
    if (high >= 0xd800 && high < 0xdc00) return (high - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000;
  }
  return c;
}
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

// ---- a table of (number, number) -> number ----

/** Open addressing over pairs of non-negative integers. */
class PairTable {
  private keys = new Int32Array(2048);
  private values = new Int32Array(1024).fill(-1);
  private mask = 1023;
  private size = 0;

  private slot(a: number, b: number): number {
    let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & this.mask;
    for (;;) {
      if (this.values[slot] === -1 || (this.keys[2 * slot] === a && this.keys[2 * slot + 1] === b)) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  get(a: number, b: number): number {
    return this.values[this.slot(a, b)]!;
  }

  set(a: number, b: number, value: number): void {
    const slot = this.slot(a, b);
    if (this.values[slot] === -1) {
      this.keys[2 * slot] = a;
      this.keys[2 * slot + 1] = b;
      this.size++;
    }
    this.values[slot] = value;
    if (this.size * 2 > this.mask) this.grow();
  }

  private grow(): void {
    const { keys, values } = this;
    this.mask = this.mask * 2 + 1;
    this.keys = new Int32Array(2 * (this.mask + 1));
    this.values = new Int32Array(this.mask + 1).fill(-1);
    this.size = 0;
    for (let s = 0; s < values.length; s++) if (values[s] !== -1) this.set(keys[2 * s]!, keys[2 * s + 1]!, values[s]!);
  }
}

// ---- the statistics ----

/** A growable column of 32-bit integers. */
class Column {
  data: Int32Array;
  constructor(capacity: number) {
    this.data = new Int32Array(capacity);
  }
  /** Room for index i. */
  ensure(i: number): void {
    if (i < this.data.length) return;
    const grown = new Int32Array(Math.max(this.data.length * 2, i + 1));
    grown.set(this.data);
    this.data = grown;
  }
}

/** The phrases of a page's short lines and what is known of each, looked up by their lower-case text. */
export class PhraseStats {
  /** Lower-case words, numbered. */
  private readonly wordNumber = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly contextBefore: boolean[] = [];
  private readonly contextAfter: boolean[] = [];
  /** The trie: (parent node, word) -> node; node 0 is the empty phrase. */
  private readonly children = new PairTable();
  private nodes = 1;
  private readonly parent = new Column(1024);
  private readonly word = new Column(1024);
  /** The number of a node's statistics (in the order phrases got them), or -1. */
  private readonly statOf = new Column(1024);
  // The statistics, as columns (see Stats); `varies`: 1 the word before varies, 2 the word after.
  private stats = 0;
  private readonly node = new Column(512);
  private readonly lines = new Column(512);
  private readonly bodyLines = new Column(512);
  private readonly equal = new Column(512);
  private readonly alone = new Column(512);
  private readonly firstBlock = new Column(512);
  private readonly lastBlock = new Column(512);
  private readonly lastLine = new Column(512);
  private readonly before = new Column(512);
  private readonly after = new Column(512);
  private readonly varies = new Column(512);
  private readonly aroundBefore = new Column(512);
  private readonly aroundAfter = new Column(512);
  /** Where the phrase was first written: its line's text, and its words' spans in `spans`. */
  private readonly nameLine = new Column(512);
  private readonly nameSpan = new Column(512);
  private readonly nameWords = new Column(512);
  private readonly texts: string[] = [];
  private readonly spans = new Column(4096);
  private spanCount = 0;
  /** Statistics as objects, made when asked for (see get). */
  private readonly objects = new Map<number, Stats>();
  /** Statistics of texts that are no phrase of a short line (see set). */
  private readonly others = new Map<string, Stats>();

  private constructor() {
    this.parent.data[0] = -1;
    this.word.data[0] = -1;
    this.statOf.data[0] = -1;
  }

  private number(lower: string): number {
    let id = this.wordNumber.get(lower);
    if (id === undefined) {
      id = this.words.length;
      this.wordNumber.set(lower, id);
      this.words.push(lower);
      this.contextBefore.push(SITE_CONTEXT_BEFORE.has(lower));
      this.contextAfter.push(SITE_CONTEXT_AFTER.has(lower));
    }
    return id;
  }

  private child(node: number, word: number): number {
    let c = this.children.get(node, word);
    if (c < 0) {
      c = this.nodes++;
      this.children.set(node, word, c);
      this.parent.ensure(c);
      this.word.ensure(c);
      this.statOf.ensure(c);
      this.parent.data[c] = node;
      this.word.data[c] = word;
      this.statOf.data[c] = -1;
    }
    return c;
  }

  /** New statistics for a node, first seen in block `block`, written as words `from` .. `from + count - 1` of `spans` in text `line`. */
  private addStats(node: number, block: number, line: number, from: number, count: number): number {
    const k = this.stats++;
    for (const c of [this.node, this.lines, this.bodyLines, this.equal, this.alone, this.firstBlock, this.lastBlock, this.lastLine, this.before, this.after, this.varies, this.aroundBefore, this.aroundAfter, this.nameLine, this.nameSpan, this.nameWords]) {
      c.ensure(k);
      c.data[k] = 0;
    }
    this.node.data[k] = node;
    this.firstBlock.data[k] = block;
    this.lastBlock.data[k] = block;
    this.lastLine.data[k] = -1;
    this.before.data[k] = -1;
    this.after.data[k] = -1;
    this.nameLine.data[k] = line;
    this.nameSpan.data[k] = from;
    this.nameWords.data[k] = count;
    this.statOf.data[node] = k;
    return k;
  }

  /** The lower-case text of a node's phrase. */
  private textOf(node: number): string {
    const { parent, word } = this;
    let text = this.words[word.data[node]!]!;
    for (let p = parent.data[node]!; p > 0; p = parent.data[p]!) text = `${this.words[word.data[p]!]!} ${text}`;
    return text;
  }

  /** The node of a lower-case phrase (words separated by single spaces), or -1. */
  private nodeOf(key: string): number {
    let node = 0;
    for (let from = 0; ; ) {
      const space = key.indexOf(' ', from);
      const id = this.wordNumber.get(space < 0 ? key.slice(from) : key.slice(from, space));
      if (id === undefined) return -1;
      node = this.children.get(node, id);
      if (node < 0 || space < 0) return node;
      from = space + 1;
    }
  }

  /** Statistics number k as an object (one object per phrase: changes to it stay). */
  private object(k: number): Stats {
    let s = this.objects.get(k);
    if (s) return s;
    const text = this.texts[this.nameLine.data[k]!]!;
    const from = this.nameSpan.data[k]!;
    const spans = this.spans.data;
    let name = text.slice(spans[from]!, spans[from + 1]!);
    for (let w = 1; w < this.nameWords.data[k]!; w++) name += ` ${text.slice(spans[from + 2 * w]!, spans[from + 2 * w + 1]!)}`;
    const varies = this.varies.data[k]!;
    s = {
      name,
      lines: this.lines.data[k]!,
      longLines: 0,
      bodyLines: this.bodyLines.data[k]!,
      equal: this.equal.data[k]!,
      alone: this.alone.data[k]!,
      firstBlock: this.firstBlock.data[k]!,
      lastBlock: this.lastBlock.data[k]!,
      lastLine: this.lastLine.data[k]!,
      before: this.before.data[k]!,
      beforeVaries: (varies & 1) !== 0,
      after: this.after.data[k]!,
      afterVaries: (varies & 2) !== 0,
      contextBefore: this.aroundBefore.data[k]!,
      contextAfter: this.aroundAfter.data[k]!,
    };
    this.objects.set(k, s);
    return s;
  }

  get(key: string): Stats | undefined {
    const node = this.nodeOf(key);
    const k = node >= 0 ? this.statOf.data[node]! : -1;
    return k >= 0 ? this.object(k) : this.others.get(key);
  }

  /** Statistics for a text that has none yet. */
  set(key: string, s: Stats): void {
    this.others.set(key, s);
  }

  /**
   * The phrases seen on two lines or more that are maximal there: the words around them vary,
   * or they open or close their phrases (then they cannot grow there); in the order they were
   * first seen.
   */
  *maximal(): Generator<[string, Stats]> {
    for (let k = 0; k < this.stats; k++) {
      if (this.lines.data[k]! < 2) continue;
      const varies = this.varies.data[k]!;
      if (!((varies & 1) !== 0 || this.before.data[k] === PHRASE_START) || !((varies & 2) !== 0 || this.after.data[k] === PHRASE_END)) continue;
      yield [this.textOf(this.node.data[k]!), this.object(k)];
    }
  }

  /**
   * Counts every phrase of up to SOURCE_MAX_WORDS words of `lines` (short lines of `blocks`,
   * in page order). A phrase gets statistics when it can be a name: it starts with a capital or
   * a digit, is all of its phrase, or ends in a word with a dot (a domain).
   */
  static of(blocks: readonly PhraseLine[], lines: readonly PhraseLine[]): PhraseStats {
    const t = new PhraseStats();
    // A line alone: no short line right before or after it in the same group of lines.
    const short = (i: number) => i >= 0 && i < blocks.length && blocks[i]!.features.words <= 4;
    const alone = (i: number) => !((blocks[i]!.gapBefore === 0 && short(i - 1)) || (blocks[i + 1]?.gapBefore === 0 && short(i + 1)));
    const spans: number[] = [];
    const breaks: number[] = [];
    const ids: number[] = [];
    const lengths: number[] = [];
    const nameStarts: boolean[] = [];
    const dotted: boolean[] = [];
    const max = METADATA.SOURCE_MAX_WORDS;
    for (const b of lines) {
      const text = b.text;
      const lowerLine = text.toLowerCase();
      // Lower case goes character by character but for 'İ' (two characters) and 'Σ' (its form
      // depends on what follows): then words are lower-cased one by one.
      const aligned = lowerLine.length === text.length && !text.includes('Σ');
      const whole = trimJunk(lowerLine);
      const isAlone = alone(b.index);
      const body = b.label === 'body';
      lineWords(text, spans, breaks);
      const line = t.texts.length;
      t.texts.push(text);
      const spanBase = t.spanCount;
      t.spans.ensure(spanBase + spans.length);
      t.spans.data.set(spans, spanBase);
      t.spanCount += spans.length;
      let first = 0;
      for (const end of breaks) {
        // The phrase's words: spans first .. end - 1 (two numbers each).
        const count = (end - first) / 2;
        ids.length = lengths.length = nameStarts.length = dotted.length = 0;
        for (let w = 0; w < count; w++) {
          const from = spans[first + 2 * w]!;
          const to = spans[first + 2 * w + 1]!;
          const lower = aligned ? lowerLine.slice(from, to) : text.slice(from, to).toLowerCase();
          ids.push(t.number(lower));
          lengths.push(lower.length);
          // A name starts with a capital or a digit.
          nameStarts.push((classOf(text.codePointAt(from)!) & (UPPER | NUMBER)) !== 0);
          dotted.push(text.lastIndexOf('.', to - 1) >= from);
        }
        for (let i = 0; i < count; i++) {
          const before = i > 0 ? ids[i - 1]! : PHRASE_START;
          let node = 0;
          let keyLength = -1;
          for (let j = i; j < count && j < i + max; j++) {
            node = t.child(node, ids[j]!);
            keyLength += lengths[j]! + 1;
            let k = t.statOf.data[node]!;
            if (k < 0) {
              if (!nameStarts[i] && !(i === 0 && j === count - 1) && !dotted[j]) continue;
              k = t.addStats(node, b.index, line, spanBase + first + 2 * i, j - i + 1);
            }
            const after = j + 1 < count ? ids[j + 1]! : PHRASE_END;
            const seenBefore = t.before.data[k]!;
            if (seenBefore === -1) t.before.data[k] = before;
            else if (seenBefore !== before) t.varies.data[k]! |= 1;
            const seenAfter = t.after.data[k]!;
            if (seenAfter === -1) t.after.data[k] = after;
            else if (seenAfter !== after) t.varies.data[k]! |= 2;
            if (before >= 0 && t.contextBefore[before]) t.aroundBefore.data[k]!++;
            if (after >= 0 && t.contextAfter[after]) t.aroundAfter.data[k]!++;
            if (t.lastLine.data[k] === b.index) continue;
            t.lastLine.data[k] = b.index;
            t.lastBlock.data[k] = b.index;
            t.lines.data[k]!++;
            if (body) t.bodyLines.data[k]!++;
            if (keyLength === whole.length && t.textOf(node) === whole) {
              t.equal.data[k]!++;
              if (isAlone) t.alone.data[k]!++;
            }
          }
        }
        first = end;
      }
    }
    return t;
  }
}
